"""Which days a date axis names: whole days, weeks, months or years, as many as fit side by
side. Plain dates in, plain dates out; how wide a label is, the caller measures."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

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


def step_for(first: date, last: date, room: Callable[[str], int]) -> tuple[str, int, list[date]]:
    """The finest step whose ticks from `first` to `last` fit the `room(unit)` labels of its
    unit that fit side by side, and those ticks; the widest step when none fits."""
    for unit, step in STEPS:
        fits = room(unit)
        too_many = (last - first).days // (LONGEST_DAYS[unit] * step) > fits + 1
        if too_many and (unit, step) != STEPS[-1]:  # the widest is named even if crowded
            continue  # too many to fit, surely: not worth listing
        days = list(ticks(first, last, unit, step))
        if len(days) <= fits:
            break
    return unit, step, days
