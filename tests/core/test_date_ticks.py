"""The days a date axis names: each tick starts a whole step, and the finest step that fits is
taken, the widest when none does."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from foot_coach.core import date_ticks


def every_tick(first: date, last: date, unit: str, step: int) -> list[date]:
    """The ticks as defined, one day at a time."""
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    starts = {
        "day": lambda d: (last - d).days % step == 0,
        "week": lambda d: d.weekday() == 0 and (d.toordinal() // 7) % step == 0,
        "month": lambda d: d.day == 1 and (d.month - 1) % step == 0,
        "year": lambda d: d.day == 1 and d.month == 1 and d.year % step == 0,
    }
    return [d for d in days if starts[unit](d)]


@given(
    st.dates(date(1990, 1, 1), date(2040, 1, 1)),
    st.integers(-2, 4000),
    st.sampled_from(date_ticks.STEPS),
)
def test_ticks_going_from_tick_to_tick_are_the_days_that_start_a_step(first, days, unit_step):
    last = first + timedelta(days=days)
    assert list(date_ticks.ticks(first, last, *unit_step)) == every_tick(first, last, *unit_step)


def test_the_finest_step_that_fits_is_taken() -> None:
    first, last = date(2026, 10, 26), date(2026, 11, 24)  # 30 days from a Monday
    unit, step, days = date_ticks.step_for(first, last, lambda unit: 7)
    assert (unit, step) == ("week", 1)
    assert days == [first + timedelta(days=7 * n) for n in range(5)]


def test_a_span_too_long_for_every_step_is_named_by_decades_all_the_same() -> None:
    unit, step, days = date_ticks.step_for(date(1950, 1, 1), date(2026, 11, 24), lambda _: 1)
    assert (unit, step) == ("year", 10)
    assert days == [date(year, 1, 1) for year in range(1950, 2030, 10)]
