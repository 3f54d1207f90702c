"""An exercise's amount in words ("10 times, hold 5 s each, on each foot"), for its card on
the Exercises page and for the report, where no page needs to be loaded; and a change of it
("now 11 times, hold 3 s each (was 10 times)"), for the report and the end of a session."""

from __future__ import annotations

from foot_coach.core.catalog import Counting, Exercise, Prescription
from foot_coach.core.words import fill
from foot_coach.system.i18n import tr


def amount_words(exercise: Exercise, rx: Prescription) -> str:
    """Each count in its language's plural form ("1 time", "10 times")."""
    n = rx.count
    if exercise.counting is Counting.TIMED:
        text = tr("%n time(s) for %1 s", "", n)
    elif not exercise.counting.paced:
        text = tr("%n time(s), hold %1 s each", "", n)
    else:
        text = count_words(exercise, n)
    amount = fill(text, str(rx.hold_s))
    return fill(tr("%1 each way"), amount) if exercise.directions else amount


def count_words(exercise: Exercise, n: int) -> str:
    """The count alone, "10 times" or "10 steps", in its plural form."""
    if not exercise.counting.paced:
        return tr("%n time(s)", "", n)
    if exercise.counting is Counting.PACED_STEPS:
        return tr("%n step(s)", "", n)
    if exercise.counting is Counting.PACED_CIRCLES:
        return tr("%n circle(s)", "", n)
    return tr("%n move(s)", "", n)


def whole_amount(exercise: Exercise, rx: Prescription) -> str:
    """The amount with the feet it is done with: "10 circles each way, on each foot"."""
    said = amount_words(exercise, rx)
    return fill(tr("%1, on each foot"), said) if on_each_foot(exercise) else said


def change_words(exercise: Exercise, now: Prescription, before: Prescription | None) -> str:
    """A new amount said once, then what it was: "now 11 times, hold 3 s each (was 10 times)".
    Only the count is said again when only the count changed."""
    said = whole_amount(exercise, now)
    if before is None or (before.count, before.hold_s) == (now.count, now.hold_s):
        return fill(tr("now %1"), said)  # the pace changed, which the words leave out
    if before.hold_s == now.hold_s or exercise.counting.paced:
        was = count_words(exercise, before.count)
    else:
        was = amount_words(exercise, before)
    return fill(tr("now %1 (was %2)"), said, was)


def change_with_why(
    exercise: Exercise, now: Prescription, before: Prescription | None, why: str
) -> str:
    """A change as the report lists it and the end of a session tells it, the same words."""
    return f"{change_words(exercise, now, before)} — {why}"


def on_each_foot(exercise: Exercise) -> bool:
    return len(exercise.sides) > 1
