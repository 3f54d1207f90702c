"""How each exercise grows, gently, and when it steps back. Pure functions; no clock reads.

The rules, as the person is told them:
- Each exercise climbs a ladder of levels. Repetitions (or steps and circles per direction)
  grow one at a time from the low end of its range (10) to the top (15).
- For exercises with a hold, the hold then grows one step (3 → 5 → 8 → 10 seconds) and the
  count starts again at the low end, so a longer hold never comes with more repetitions.
  Paced exercises (the walk, the circles) only grow their count.
- Up one level: the last three sessions since the last change were all finished and none
  was rated "too hard".
- Down one level: the newest session was rated "too hard", or there was a break of a week
  or more since the last session.
- Never below the first level or above the last.
- A prescription set by hand is never changed automatically, until the person chooses
  "back to automatic"; an own exercise marked not to grow is never changed either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum

from foot_coach.core.catalog import COUNT_LIMITS, HOLD_LIMITS, Exercise, Prescription

HOLD_STEPS_S = (3, 5, 8, 10)
SESSIONS_TO_GROW = 3
BREAK_DAYS = 7


class Rating(Enum):
    TOO_EASY = "too-easy"
    ABOUT_RIGHT = "about-right"
    TOO_HARD = "too-hard"


@dataclass(frozen=True)
class Outcome:
    """One session's result for one exercise."""

    day: date
    completed: bool
    rating: Rating | None = None


@dataclass(frozen=True)
class Change:
    prescription: Prescription
    reason: str  # one line, shown to the person and kept in the history


def ladder(exercise: Exercise) -> list[Prescription]:
    """Every level of an exercise, easiest first."""
    low, high = exercise.count_range
    base = exercise.prescription
    if exercise.counting.paced or not base.hold_s:
        return [replace(base, count=c) for c in range(low, high + 1)]
    holds = [base.hold_s, *(h for h in HOLD_STEPS_S if h > base.hold_s)]
    return [replace(base, count=c, hold_s=h) for h in holds for c in range(low, high + 1)]


def level_of(exercise: Exercise, current: Prescription) -> int:
    """The highest level not harder than `current` (a hand-set value may sit between)."""
    levels = ladder(exercise)
    fitting = [
        i for i, p in enumerate(levels) if (p.hold_s, p.count) <= (current.hold_s, current.count)
    ]
    return max(fitting, default=0)


def _describe(old: Prescription, new: Prescription, why: str) -> str:
    if new.hold_s != old.hold_s:
        what = f"Hold {'raised' if new.hold_s > old.hold_s else 'lowered'} to {new.hold_s} s"
    else:
        what = f"{'Raised' if new.count > old.count else 'Lowered'} to {new.count} each time"
    return f"{what}: {why}"


def _move(exercise: Exercise, current: Prescription, step: int, why: str) -> Change | None:
    levels = ladder(exercise)
    target = min(max(level_of(exercise, current) + step, 0), len(levels) - 1)
    new = levels[target]
    if new == current:
        return None
    return Change(new, _describe(current, new, why))


def after_session(
    exercise: Exercise, current: Prescription, since_change: Sequence[Outcome], manual: bool
) -> Change | None:
    """The change owed after a session; `since_change` is oldest first, newest last."""
    if manual or not exercise.grows or not since_change:
        return None
    if since_change[-1].rating is Rating.TOO_HARD:
        return _move(exercise, current, -1, "the last session felt too hard")
    recent = since_change[-SESSIONS_TO_GROW:]
    grown = len(recent) == SESSIONS_TO_GROW and all(
        o.completed and o.rating is not Rating.TOO_HARD for o in recent
    )
    if grown:
        why = "three sessions in a row finished and none felt too hard"
        return _move(exercise, current, +1, why)
    return None


def after_break(
    exercise: Exercise, current: Prescription, last_day: date | None, today: date, manual: bool
) -> Change | None:
    """At the start of a session: a week or more away means one level easier."""
    if manual or not exercise.grows or last_day is None or (today - last_day).days < BREAK_DAYS:
        return None
    days = (today - last_day).days
    return _move(exercise, current, -1, f"welcome back after {days} days away")


def clamp_manual(exercise: Exercise, wanted: Prescription) -> Prescription:
    """A hand-set prescription, kept inside the safe ranges."""
    count = min(max(wanted.count, COUNT_LIMITS[0]), COUNT_LIMITS[1])
    if exercise.counting.paced or not exercise.prescription.hold_s:
        return replace(exercise.prescription, count=count)
    hold = min(max(wanted.hold_s, HOLD_LIMITS[0]), HOLD_LIMITS[1])
    return replace(exercise.prescription, count=count, hold_s=hold)
