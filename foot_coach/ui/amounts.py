"""An exercise's amount in words ("10 times, hold 5 s each, on each foot"), for its card on
the Exercises page and for the report, where no page needs to be loaded."""

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
    elif exercise.counting is Counting.PACED_STEPS:
        text = tr("%n step(s)", "", n)
    elif exercise.counting is Counting.PACED_CIRCLES:
        text = tr("%n circle(s)", "", n)
    else:
        text = tr("%n move(s)", "", n)
    amount = fill(text, str(rx.hold_s))
    return fill(tr("%1 each way"), amount) if exercise.directions else amount


def on_each_foot(exercise: Exercise) -> bool:
    return len(exercise.sides) > 1
