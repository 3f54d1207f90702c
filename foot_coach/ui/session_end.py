"""The words at the end of a session: what was done today, how it compares with last time,
the streak, and when the next reminder comes. Plain values in, translated text out."""

from __future__ import annotations

import math

from foot_coach.core.words import fill
from foot_coach.store.queries import DayDone
from foot_coach.system.i18n import tr


def done_today(today: DayDone) -> str:
    return fill(
        tr("Today: %1, %2, %3 and %4 of exercise."),
        tr("%n exercise(s)", "", today.exercises),
        tr("%n repetition(s)", "", today.reps),
        tr("%n hold(s)", "", today.holds),
        tr("%n minute(s)", "", math.ceil(today.minutes)),  # never "0 minutes"
    )


def compared(today: DayDone, before: DayDone | None, stopped: bool = False) -> str:
    """`stopped`: the session ended early, often because something hurt; then fewer than
    last time goes unsaid: "85 repetitions fewer than last time" read as a reproach to
    someone who had just stopped for pain, and the day may not be over."""
    if before is None:
        return tr("Your first day: well begun.")
    difference = today.reps - before.reps
    if difference > 0:
        return tr("%n repetition(s) more than last time.", "", difference)
    if difference < 0 and not stopped:
        return tr("%n repetition(s) fewer than last time.", "", -difference)
    return "" if difference < 0 else tr("As many repetitions as last time.")


def summary(
    today: DayDone, before: DayDone | None, streak: int, next_reminder: str, stopped: bool = False
) -> str:
    lines = [
        done_today(today),
        compared(today, before, stopped),
        run_of_days(streak),
        next_reminder,
    ]
    return "\n".join(line for line in lines if line)


def run_of_days(streak: int) -> str:
    """The streak in words; none when a stopped session left no exercise today nor yesterday.
    A first day has words of its own (see the translations, English's too): "exercised 1 day
    in a row" and Spanish "1 día seguido" read oddly."""
    return tr("You have exercised %n day(s) in a row.", "", streak) if streak else ""
