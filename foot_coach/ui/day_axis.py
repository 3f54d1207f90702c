"""The History charts' date axis: it names whole days, weeks, months or years, as many as fit
side by side, in the person's locale. Loaded with the charts (pyqtgraph), never at start-up."""

from __future__ import annotations

from datetime import date, timedelta

import pyqtgraph as pg
from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QFontMetrics

from foot_coach.core import date_ticks
from foot_coach.ui.chart_frame import DAY_S, from_stamp, stamp
from foot_coach.ui.dates import day_format, qdate

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
        self.last_named: date | None = None  # the latest day a label may name (a calendar's)

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
        last = min(last, self.last_named or last)
        if last < first or last.year - first.year > 200:
            return []
        metrics = QFontMetrics(self.style.get("tickFont") or self.font())

        def room(unit: str) -> int:
            sample = self.tickStrings([stamp(date(2026, 12, 28))], 1, 0, unit)[0]
            return max(1, int(size // (metrics.horizontalAdvance(sample) + 24)))

        self.unit, step, days = date_ticks.step_for(first, last, room)
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
