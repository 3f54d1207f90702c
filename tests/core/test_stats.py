"""Streaks and ranges."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foot_coach.core.stats import (
    Bucket,
    Period,
    Range,
    bucket_start,
    bucket_starts,
    covered,
    opening_range,
    range_start,
    round_steps,
    same_lines,
    streaks,
    table_period,
    week_start,
)

D = date(2026, 11, 24)


def days(*offsets: int) -> list[date]:
    return [D - timedelta(days=o) for o in offsets]


def test_current_streak_counts_back_from_today() -> None:
    assert streaks(days(0, 1, 2, 5, 6), D).current == 3


def test_streak_still_alive_when_today_not_done_yet() -> None:
    assert streaks(days(1, 2), D).current == 2


def test_streak_broken_after_a_missed_day() -> None:
    result = streaks(days(2, 3, 4, 5), D)
    assert result.current == 0 and result.best == 4


def test_no_days() -> None:
    assert streaks([], D) == streaks([], D).__class__(0, 0)


@given(st.sets(st.integers(0, 60)))
def test_best_is_at_least_current(offsets: set[int]) -> None:
    result = streaks(days(*offsets), D)
    assert result.best >= result.current
    assert result.best <= len(offsets)


def test_ranges() -> None:
    assert range_start(Range.WEEK, D, None) == D - timedelta(days=6)
    assert range_start(Range.ALL, D, date(2020, 1, 1)) == date(2020, 1, 1)
    # "Everything" is at least a week, so a first day is not stretched across the chart.
    assert range_start(Range.ALL, D, None) == D - timedelta(days=6)
    assert range_start(Range.ALL, D, D - timedelta(days=2)) == D - timedelta(days=6)


def test_bucket_start() -> None:
    thursday = date(2026, 11, 26)
    assert bucket_start(thursday, Bucket.DAY) == thursday
    assert bucket_start(thursday, Bucket.WEEK) == date(2026, 11, 23)
    assert bucket_start(thursday, Bucket.MONTH) == date(2026, 11, 1)
    assert week_start(D).weekday() == 0 and week_start(D) <= D


def test_buckets_grow_with_the_range() -> None:
    from foot_coach.core.stats import Bucket, bucket_for

    end = date(2026, 11, 24)
    assert bucket_for(end - timedelta(days=91), end) is Bucket.DAY
    assert bucket_for(end - timedelta(days=92), end) is Bucket.WEEK
    assert bucket_for(end - timedelta(days=730), end) is Bucket.WEEK
    assert bucket_for(end - timedelta(days=731), end) is Bucket.MONTH


def test_same_lines_groups_only_series_alike_in_every_point() -> None:
    d1, d2 = date(2026, 11, 2), date(2026, 11, 3)
    series = {
        "Toe curls": [(d1, 10), (d2, 12)],
        "Heel raises": [(d1, 10), (d2, 12)],
        "Ankle circles": [(d1, 10), (d2, 11)],  # one point differs: its own line
        "Marble pick-up": [(d1, 10), (d2, 12)],
        "Towel scrunch": [],  # not drawn at all
        "Heel walk": [(d2, 11)],
        "Toe walk": [(d2, 11)],
    }
    assert same_lines(series) == [
        ["Toe curls", "Heel raises", "Marble pick-up"],
        ["Heel walk", "Toe walk"],
    ]
    assert same_lines({"Toe curls": [(d1, 10)], "Heel raises": [(d2, 10)]}) == []


def test_bucket_starts_name_every_point_of_a_range_empty_ones_too() -> None:
    assert bucket_starts(date(2026, 11, 27), date(2026, 11, 30), Bucket.DAY) == [
        date(2026, 11, 27), date(2026, 11, 28), date(2026, 11, 29), date(2026, 11, 30),
    ]  # fmt: skip
    weeks = bucket_starts(date(2026, 11, 4), date(2026, 11, 30), Bucket.WEEK)
    assert weeks == [date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16),
                     date(2026, 11, 23), date(2026, 11, 30)]  # fmt: skip
    months = bucket_starts(date(2025, 11, 15), date(2026, 3, 1), Bucket.MONTH)
    assert months == [date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1),
                      date(2026, 2, 1), date(2026, 3, 1)]  # fmt: skip


@pytest.mark.parametrize(
    ("peak", "steps"),
    [
        (0, [0, 1]),
        (3, [0, 1, 2, 3]),
        (7, [0, 2, 4, 6, 8]),
        (56, [0, 20, 40, 60]),
        (198, [0, 50, 100, 150, 200]),
        (13263, [0, 5000, 10000, 15000]),
    ],
)
def test_a_chart_scale_has_a_few_round_values_up_to_the_highest_bar(peak, steps) -> None:
    assert round_steps(peak) == steps


@given(st.floats(min_value=0, max_value=1e6))
def test_a_chart_scale_reaches_the_highest_bar_in_at_most_six_values(peak) -> None:
    steps = round_steps(peak)
    assert steps[0] == 0 and steps[-1] >= peak and 2 <= len(steps) <= 6


def test_a_pain_table_covers_its_range_in_rows_few_enough_to_read() -> None:
    def period(days: int) -> Period:
        return table_period(D - timedelta(days=days - 1), D)

    assert [period(n) for n in (7, 31, 365, 3650)] == [
        Period.DAY,
        Period.WEEK,
        Period.MONTH,
        Period.YEAR,
    ]


def test_history_opens_on_the_last_week_while_every_day_fits_in_it() -> None:
    assert opening_range(D, D) is Range.WEEK
    assert opening_range(D - timedelta(days=6), D) is Range.WEEK
    assert opening_range(D - timedelta(days=7), D) is Range.MONTH
    assert opening_range(None, D) is Range.MONTH


def test_a_point_at_the_edge_of_a_range_covers_only_the_days_in_it() -> None:
    start, end = date(2016, 11, 27), date(2026, 11, 24)
    assert covered(date(2016, 11, 27), Bucket.MONTH, start, end) == (start, date(2016, 11, 30))
    assert covered(date(2021, 2, 1), Bucket.MONTH, start, end) == (
        date(2021, 2, 1), date(2021, 2, 28))  # fmt: skip
    assert covered(date(2026, 11, 1), Bucket.MONTH, start, end) == (date(2026, 11, 1), end)
    assert covered(date(2026, 11, 23), Bucket.WEEK, start, end) == (date(2026, 11, 23), end)
    assert covered(end, Bucket.DAY, start, end) == (end, end)
