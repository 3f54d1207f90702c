"""The History charts' date axis: it names whole days, weeks, months or years, as many as fit
side by side, in the person's locale. Loaded with the charts (pyqtgraph), never at start-up."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pyqtgraph as pg
from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QFontMetrics

from foot_coach.ui.chart_frame import DAY_S, from_stamp, stamp
from foot_coach.ui.dates import day_format, qdate

# Tick steps from fine to coarse; the axis takes the finest whose labels fit side by side.
STEPS = (("day", 1), ("day", 2), ("week", 1), ("week", 2), ("month", 1), ("month", 3),
         ("month", 6), ("year", 1), ("year", 2), ("year", 5), ("year", 10))  # fmt: skip


# The most days a step of each unit can span: fewer ticks than span // this cannot be.
LONGEST_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}


def ticks(first: date, last: date, unit: str, step: int) -> Iterator[date]:
    """Whole days from `first` to `last` that start a step: days counted back from `last`
    (so the newest day, usually today, is always named), or Mondays, months and years
    aligned to the calendar. Goes from tick to tick: ten years are 3,650 days."""
    if unit == "day":
        count = (last - first).days // step
        yield from (last - timedelta(days=step * n) for n in range(count, -1, -1))
    elif unit == "week":
        monday = first + timedelta(days=-first.weekday() % 7)
        while (monday.toordinal() // 7) % step:
            monday += timedelta(days=7)
        while monday <= last:
            yield monday
            monday += timedelta(days=7 * step)
    else:
        months = 12 * step if unit == "year" else step
        index = first.year * 12 + first.month - 1 + (first.day > 1)  # months since year 0
        index += -index % months
        while (day := date(index // 12, index % 12 + 1, 1)) <= last:
            yield day
            index += months


# How far a date may reach past the left end, below the left axis's lowest number.
REACH_LEFT = 40


class DayAxis(pg.AxisItem):
    """A date axis that names whole days, weeks, months or years in the person's locale, and
    never a time of day: every point on these charts stands for a day or more."""

    def __init__(self) -> None:
        super().__init__("bottom")
        self.unit = "day"
        # tickValues already spaces the labels so they fit: pyqtgraph's own limits on how much
        # text an axis may hold, and its clipping at the ends, would drop the first and last
        # day (today) from a week. A label may reach past either end (see boundingRect).
        self.setStyle(textFillLimits=[(0, 0.95)], hideOverlappingLabels=True)
        self.reach_right = REACH_LEFT

    def boundingRect(self) -> QRectF:
        """Where pyqtgraph lets labels be drawn: the axis, 40 px to the left (under the left
        axis) and, to the right, the room leave_room() keeps beside the plot. Its own style
        allows one reach for both ends: at 200 % text 40 px was less than half of "Nov 30",
        and the last label, today's, was left out."""
        return super().boundingRect().adjusted(-REACH_LEFT, 0, self.reach_right, 0)

    def reach(self, right: int) -> None:
        if right != self.reach_right:
            self.prepareGeometryChange()
            self.reach_right = right

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N803
        first, last = from_stamp(minVal), from_stamp(maxVal)
        # The days whose noon, where their bar stands, is in view: the range's edges are
        # half a day out, at midnight, which belongs to the day before or after.
        first += timedelta(days=int(stamp(first) < minVal))
        last -= timedelta(days=int(stamp(last) > maxVal))
        if last < first or last.year - first.year > 200:
            return []
        metrics = QFontMetrics(self.style.get("tickFont") or self.font())
        for unit, step in STEPS:
            sample = self.tickStrings([stamp(date(2026, 12, 28))], 1, 0, unit)[0]
            room = max(1, int(size // (metrics.horizontalAdvance(sample) + 24)))
            too_many = (last - first).days // (LONGEST_DAYS[unit] * step) > room + 1
            if too_many and (unit, step) != STEPS[-1]:  # the widest is named even if crowded
                continue  # too many to fit, surely: not worth listing
            days = list(ticks(first, last, unit, step))
            if len(days) <= room:
                break
        self.unit = unit
        return [(DAY_S * step, [stamp(d) for d in days])]

    def widest_label(self, metrics: QFontMetrics) -> int:
        """The widest a label can be, whichever unit the axis picks."""
        samples = (stamp(date(2026, month, 28)) for month in range(1, 13))
        return max(
            metrics.horizontalAdvance(text)
            for value in samples
            for unit in ("day", "month", "year")
            for text in self.tickStrings([value], 1, 0, unit)
        )

    def tickStrings(
        self, values: list[float], scale: float, spacing: float, unit: str = ""
    ) -> list[str]:
        locale, unit = QLocale(), unit or self.unit
        pattern = {"month": "MMM yyyy", "year": "yyyy"}.get(unit, day_format(locale))
        days = [from_stamp(v) for v in values]
        return [locale.toString(qdate(d), pattern) for d in days]
