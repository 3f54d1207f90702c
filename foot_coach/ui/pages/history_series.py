"""What the History charts show, from a snapshot alone and with no chart library: each chart's
series, how a point is named (its day, week or month), and the minutes chart's hover read-out.

Texts keep the page's translation context ("HistoryPage"), where they have always been.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from foot_coach.core.stats import Bucket, bucket_start, covered, partly_covered
from foot_coach.core.words import fill
from foot_coach.store.queries import Snapshot
from foot_coach.ui import dates
from foot_coach.ui.chart_frame import DAY_S, nearest, stamp

Series = dict[str, tuple[list[date], list[float]]]

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def span(snap: Snapshot) -> tuple[date, date]:
    """The chosen range, from the first day of its first week or month when points stand
    for weeks or months."""
    last = bucket_start(snap.end, snap.bucket) + timedelta(days=snap.bucket.value - 1)
    return bucket_start(snap.start, snap.bucket), last


def point_namer(snap: Snapshot) -> Callable[[date], str]:
    """How a chart point is named: its day, its week or its month, with the days it stands
    for where the range holds only some of them (its first and last, the one under way): a
    month begun on its 28th was named as if it were all there, and its few minutes misled."""

    def name(day: date) -> str:
        first = bucket_start(day, snap.bucket)
        when = dates.point_name(first, snap.bucket.value)
        if snap.bucket is Bucket.WEEK:
            when = fill(translate("HistoryPage", "week of %1"), when)
        held = partly_covered(day, snap.bucket, snap.start, snap.end)
        if held is None:
            return when
        some = translate("HistoryPage", "%1 (only %2 to %3)")
        return fill(some, when, dates.day_label(held[0]), dates.day_label(held[1]))

    return name


def placed(snap: Snapshot, day: date) -> date:
    """Where a line's point goes: the middle of the days it stands for in the range, as a
    bar's middle is. At the first day of its month, a range's first point stood on the axis,
    half hidden, and its last stood ahead of the days it counts."""
    first, last = covered(day, snap.bucket, snap.start, snap.end)
    return first + (last - first) // 2


def unit(bucket: Bucket) -> str:
    names = {
        Bucket.DAY: translate("HistoryPage", "day"),
        Bucket.WEEK: translate("HistoryPage", "week"),
    }
    return names.get(bucket, translate("HistoryPage", "month"))


def minutes_readout(
    snap: Snapshot, days: list[date], values: list[float]
) -> Callable[[float], str]:
    half = DAY_S * (snap.bucket.value - 1) / 2
    stamps = [stamp(d) + half for d in days]  # bar centres

    def describe(x: float) -> str:
        i = nearest(stamps, x, DAY_S * snap.bucket.value / 2 + DAY_S)
        if i is None:
            return ""
        when = point_namer(snap)(days[i])
        return f"{when}: {values[i]:.1f} " + translate("HistoryPage", "minutes")

    return describe


def minutes(snap: Snapshot) -> tuple[list[date], list[float]]:
    return [m.day for m in snap.minutes], [m.minutes for m in snap.minutes]


def reps(snap: Snapshot, names: dict[str, str]) -> Series:
    """Each exercise's repetitions, by its name in the person's language."""
    return {
        names.get(e, e): ([placed(snap, p.day) for p in pts], [float(p.reps) for p in pts])
        for e, pts in snap.per_exercise.items()
        if pts
    }


def pain(snap: Snapshot) -> Series:
    series: Series = {}
    for label, pick in (
        (translate("HistoryPage", "Back"), lambda p: p.back),
        (translate("HistoryPage", "Hip"), lambda p: p.hip),
        (translate("HistoryPage", "Knee"), lambda p: p.knee),
    ):
        points = [(placed(snap, p.day), pick(p)) for p in snap.pain if pick(p) is not None]
        series[label] = ([d for d, _ in points], [float(v) for _, v in points])
    return series
