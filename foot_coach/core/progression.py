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

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from enum import Enum
from typing import NamedTuple, Protocol

from foot_coach.core.catalog import COUNT_LIMITS, HOLD_LIMITS, Exercise, Prescription
from foot_coach.core.record import replace
from foot_coach.core.words import QT_TR_NOOP, fill

HOLD_STEPS_S = (3, 5, 8, 10)
SESSIONS_TO_GROW = 3
BREAK_DAYS = 7


class Source(Enum):
    """Who set an amount, as the history keeps it: the rules, the person by hand, or the person
    handing it back to the rules ("reset", which the rules count their sessions from)."""

    AUTO = "auto"
    MANUAL = "manual"
    RESET = "reset"


class Rating(Enum):
    TOO_EASY = "too-easy"
    ABOUT_RIGHT = "about-right"
    TOO_HARD = "too-hard"


# A NamedTuple, not a dataclass: defined before the first paint, where a frozen dataclass
# costs 0.3-0.7 ms to define (dataclasses compiles its methods at import). So are the two
# below.
class Outcome(NamedTuple):
    """One session's result for one exercise."""

    day: date
    completed: bool
    rating: Rating | None = None


class Reason(NamedTuple):
    """Why an amount was set, as templates (%1) and their numbers: kept so in the history, it
    is shown in the language of whoever reads it, a report for a physiotherapist included.
    `what` records which part changed; the amounts themselves say it to the reader."""

    what: str = ""
    what_value: int = 0
    why: str = ""
    why_value: int = 0

    @property
    def english(self) -> str:
        """Why in English, kept beside the templates for versions that read only it (and say
        the amount beside it themselves)."""
        return self.describe(lambda text: text)

    def describe(self, translate: Callable[[str], str]) -> str:
        """Why, in the person's language, `translate` given by the UI: the new amount and the
        one before are said beside it, so "Now 11 times" would say the amount twice."""
        return fill(translate(self.why), self.why_value)


class Change(NamedTuple):
    """A new prescription and why, as templates (%1) so the UI can show them translated."""

    prescription: Prescription
    told: Reason

    def describe(self, translate: Callable[[str], str]) -> str:
        """Why, in the person's language, `translate` given by the UI."""
        return self.told.describe(translate)


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


# Which part of the amount changed, as the history keeps it (the reader is told the amounts).
HOLD_NOW = "Now hold for %1 seconds"
COUNT_NOW = "Now %1 times"
WHY_TOO_HARD = QT_TR_NOOP("the last session felt too hard")
WHY_GROWN = QT_TR_NOOP("three sessions in a row finished and none felt too hard")
WHY_BREAK = QT_TR_NOOP("welcome back after %1 days away")
NO_REASON = Reason()
# Amounts the person set: by hand, handed back to the rules, or with the exercise itself.
BY_HAND = Reason(why=QT_TR_NOOP("set by hand"))
BACK_TO_AUTOMATIC = Reason(why=QT_TR_NOOP("back to automatic"))
EDITED = Reason(why=QT_TR_NOOP("changed in the exercise editor"))
IMPORTED = Reason(why=QT_TR_NOOP("imported from a routine file"))
WHYS = (WHY_TOO_HARD, WHY_GROWN, WHY_BREAK, BY_HAND.why, BACK_TO_AUTOMATIC.why, EDITED.why,
        IMPORTED.why)  # fmt: skip
# The new amount as a history kept only in English put it ahead of why: said beside the
# amounts again, it said them twice ("Raised to 11 each time: ..."). Compiled when first met.
_OLD_WHAT = r"(Raised|Lowered) to \d+ each time: |Hold (raised|lowered) to \d+ s: "


def kept_in_english(line: str) -> Reason | str:
    """A reason a history kept only in English: its why as a Reason, to be told in the
    reader's language, or the words as they were kept when they are not the rules' own."""
    what = re.match(_OLD_WHAT, line)
    why = line[what.end() :] if what else line
    for template in WHYS:
        found = re.fullmatch(re.escape(template).replace("%1", r"(\d+)"), why)
        if found:
            return Reason(why=template, why_value=int(found.group(1)) if found.groups() else 0)
    return why


def _move(
    exercise: Exercise, current: Prescription, step: int, why: str, why_value: int = 0
) -> Change | None:
    levels = ladder(exercise)
    target = min(max(level_of(exercise, current) + step, 0), len(levels) - 1)
    new = levels[target]
    if new == current:
        return None
    if new.hold_s != current.hold_s:
        return Change(new, Reason(HOLD_NOW, new.hold_s, why, why_value))
    return Change(new, Reason(COUNT_NOW, new.count, why, why_value))


def after_session(
    exercise: Exercise, current: Prescription, since_change: Sequence[Outcome], manual: bool
) -> Change | None:
    """The change owed after a session; `since_change` is oldest first, newest last."""
    if manual or not exercise.grows or not since_change:
        return None
    if since_change[-1].rating is Rating.TOO_HARD:
        return _move(exercise, current, -1, WHY_TOO_HARD)
    recent = since_change[-SESSIONS_TO_GROW:]
    grown = len(recent) == SESSIONS_TO_GROW and all(
        o.completed and o.rating is not Rating.TOO_HARD for o in recent
    )
    if grown:
        return _move(exercise, current, +1, WHY_GROWN)
    return None


def after_break(
    exercise: Exercise, current: Prescription, last_day: date | None, today: date, manual: bool
) -> Change | None:
    """At the start of a session: a week or more away means one level easier."""
    if manual or not exercise.grows or last_day is None or (today - last_day).days < BREAK_DAYS:
        return None
    return _move(exercise, current, -1, WHY_BREAK, (today - last_day).days)


def clamp_manual(exercise: Exercise, wanted: Prescription) -> Prescription:
    """A hand-set prescription, kept inside the safe ranges."""
    count = min(max(wanted.count, COUNT_LIMITS[0]), COUNT_LIMITS[1])
    if exercise.counting.paced or not exercise.prescription.hold_s:
        return replace(exercise.prescription, count=count)
    hold = min(max(wanted.hold_s, HOLD_LIMITS[0]), HOLD_LIMITS[1])
    return replace(exercise.prescription, count=count, hold_s=hold)


class Amount(Protocol):
    """A change as the history keeps it: 0 where it left the hold or pace alone."""

    @property
    def count(self) -> int: ...
    @property
    def hold_s(self) -> int: ...
    @property
    def pace_s(self) -> int: ...


def current(exercises: Iterable[Exercise], latest: Mapping[str, Amount]) -> dict[str, Prescription]:
    """Today's amounts: each exercise's latest recorded change over its catalogue default."""
    out = {}
    for exercise in exercises:
        row, rx = latest.get(exercise.id), exercise.prescription
        out[exercise.id] = (
            Prescription(row.count, row.hold_s or rx.hold_s, rx.release_s, row.pace_s or rx.pace_s)
            if row
            else rx
        )
    return out
