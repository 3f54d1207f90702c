"""What the History charts show, from a snapshot alone and with no chart library: each chart's
series, how a point is named (its day, week or month), and the minutes chart's hover read-out.

Texts keep the page's translation context ("HistoryPage"), where they have always been.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from foot_coach.core.stats import Bucket, bucket_start
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
    """How a chart point is named: its day, its week or its month."""

    def name(day: date) -> str:
        when = dates.point_name(day, snap.bucket.value)
        week = snap.bucket is Bucket.WEEK
        return fill(translate("HistoryPage", "week of %1"), when) if week else when

    return name


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
        names.get(e, e): ([p.day for p in pts], [float(p.reps) for p in pts])
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
        points = [(p.day, pick(p)) for p in snap.pain if pick(p) is not None]
        series[label] = ([d for d, _ in points], [float(v) for _, v in points])
    return series
