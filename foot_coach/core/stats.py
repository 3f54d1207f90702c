"""Streaks and date ranges for the History page, from plain lists of days."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum


class Range(Enum):
    WEEK = 7
    MONTH = 31
    YEAR = 365
    ALL = 0


@dataclass(frozen=True)
class Streaks:
    current: int
    best: int


def streaks(days: Iterable[date], today: date) -> Streaks:
    """Runs of consecutive active days. The current run may end yesterday: today is not over."""
    ordered = sorted(set(days))
    best = run = 0
    previous: date | None = None
    for day in ordered:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        best = max(best, run)
        previous = day
    alive = previous is not None and today - previous <= timedelta(days=1)
    return Streaks(current=run if alive else 0, best=best)


def range_start(chosen: Range, today: date, first: date | None) -> date:
    if chosen is Range.ALL:
        # At least a week: a first day alone would be one bar as wide as the chart.
        return min(first or today, today - timedelta(days=Range.WEEK.value - 1))
    return today - timedelta(days=chosen.value - 1)


def opening_range(first: date | None, today: date) -> Range:
    """The range History opens on: the last month, or the last week while every active day
    fits in it. A first week's few bars stood bunched at the right end of a month."""
    if first is not None and first >= range_start(Range.WEEK, today, first):
        return Range.WEEK
    return Range.MONTH


class Bucket(Enum):
    """How many days one point of a chart stands for: charts stay readable (and quick) for a
    week and for ten years alike."""

    DAY = 1
    WEEK = 7
    MONTH = 30


def bucket_for(start: date, end: date) -> Bucket:
    days = (end - start).days + 1
    if days <= 92:
        return Bucket.DAY
    return Bucket.WEEK if days <= 731 else Bucket.MONTH


def week_start(day: date) -> date:
    """Monday of the day's week."""
    return day - timedelta(days=day.weekday())


def bucket_start(day: date, bucket: Bucket) -> date:
    """The first day of the chart point `day` falls in."""
    if bucket is Bucket.WEEK:
        return week_start(day)
    return day.replace(day=1) if bucket is Bucket.MONTH else day


def covered(day: date, bucket: Bucket, start: date, end: date) -> tuple[date, date]:
    """The first and last day the chart point holding `day` stands for within `start` to
    `end`: a range's first and last month (or week) are most often only partly in it."""
    first = bucket_start(day, bucket)
    if bucket is Bucket.MONTH:
        last = (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
    else:
        last = first + timedelta(days=bucket.value - 1)
    return max(first, start), min(last, end)


def partly_covered(day: date, bucket: Bucket, start: date, end: date) -> tuple[date, date] | None:
    """The days the point holding `day` stands for within `start` to `end`, where the range
    holds only some of its week or month; None where it holds all of them."""
    held = covered(day, bucket, start, end)
    return None if held == covered(day, bucket, date.min, date.max) else held


def bucket_starts(start: date, end: date, bucket: Bucket) -> list[date]:
    """The first day of every chart point from the one holding `start` to the one holding
    `end`, empty ones too: a chart drawn point by point shows the gaps where they were."""
    firsts, day = [], bucket_start(start, bucket)
    while day <= end:
        firsts.append(day)
        if bucket is Bucket.MONTH:
            day = (day + timedelta(days=31)).replace(day=1)
        else:
            day += timedelta(days=bucket.value)
    return firsts


def one_decimal(value: float) -> float:
    """Rounded to one decimal, halves away from zero as people round (2.25 -> 2.3, 1.5 stays
    1.5), not to the nearest even digit as round() does."""
    from decimal import ROUND_HALF_UP, Decimal  # a C library: loaded for the report only

    return float(Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def same_lines(series: Mapping[str, Sequence[Hashable]]) -> list[list[str]]:
    """Names whose points are all alike, in groups of two or more: drawn as lines they lie on
    top of each other, so the chart alone cannot tell them apart."""
    groups: dict[tuple[Hashable, ...], list[str]] = {}
    for name, points in series.items():
        if points:
            groups.setdefault(tuple(points), []).append(name)
    return [names for names in groups.values() if len(names) > 1]


class Period(Enum):
    """What one row of the report's pain table stands for."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


def table_period(start: date, end: date) -> Period:
    """Rows few enough to read and never a range cut short: a week by day, a quarter by
    week, two years by month, longer by year."""
    days = (end - start).days + 1
    if days <= 14:
        return Period.DAY
    if days <= 92:
        return Period.WEEK
    return Period.MONTH if days <= 731 else Period.YEAR


def round_steps(peak: float, most: int = 5) -> list[float]:
    """Round values from 0 up to the first at or above `peak` (1, 2 or 5 times a power of
    ten apart), at most `most` + 1 of them, for the scale beside a chart of counts."""
    step = 1.0
    while peak / step > most:
        for factor in (2, 2.5, 2):  # 1 -> 2 -> 5 -> 10 -> 20 ...
            step *= factor
            if peak / step <= most:
                break
    top = max(1, -(-peak // step))
    return [i * step for i in range(int(top) + 1)]
