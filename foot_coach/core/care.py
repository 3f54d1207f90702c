"""When to suggest seeing a professional, from the pain check-ins. Pure; no clock reads.

The rule, decided once here:
- the newest check-in has any area (back, hip or knee) at 7 or more out of 10; or
- the pain is rising over two weeks: comparing the last 7 days (today included) with the
  7 days before, each with at least two check-ins, the average of each check-in's worst
  area went up by 1 point or more.
The notice is calm and makes no claim beyond the source: the exercises are general advice,
and pain that persists or is severe deserves a look from a doctor or physiotherapist. A
session stopped because it hurt is answered the same calm way, check-ins or not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from foot_coach.core.words import QT_TR_NOOP

IT_HURTS = "it-hurts"  # the reason a session stopped with "Stop — it hurts" is given
QUIT = "quit"  # the app closed mid-session (logout, Quit in the tray)
SEVERE_AT = 7
RISE_POINTS = 1.0
MIN_PER_WEEK = 2


class Moment(Enum):
    """When a pain check-in was given, as the history keeps it."""

    BEFORE = "before"
    AFTER = "after"


@dataclass(frozen=True)
class CheckIn:
    day: date
    back: int | None = None
    hip: int | None = None
    knee: int | None = None

    @property
    def worst(self) -> int | None:
        answered = [v for v in (self.back, self.hip, self.knee) if v is not None]
        return max(answered, default=None)


class Why(Enum):
    SEVERE = "severe"
    RISING = "rising"
    HURT = "hurt"


@dataclass(frozen=True)
class Notice:
    why: Why
    text: str


TEXTS = {
    Why.SEVERE: QT_TR_NOOP(
        "Your last check-in shows strong pain. Please go gently, stop any exercise that hurts, and "
        "consider asking a doctor or physiotherapist to take a look."
    ),
    Why.RISING: QT_TR_NOOP(
        "Your pain has been going up over the last two weeks. It would be wise to talk to a "
        "doctor or physiotherapist about it; they can check what is behind it."
    ),
    Why.HURT: QT_TR_NOOP(
        "You stopped because it hurt. Rest now, and do not exercise through pain. If the pain "
        "stays or is strong, please ask a doctor or physiotherapist to take a look."
    ),
}


def _week_mean(checkins: Sequence[CheckIn], first: date, last: date) -> float | None:
    values = [c.worst for c in checkins if first <= c.day <= last and c.worst is not None]
    return sum(values) / len(values) if len(values) >= MIN_PER_WEEK else None


def needs_professional(checkins: Sequence[CheckIn], today: date) -> Notice | None:
    """The notice owed now, if any. `checkins` in the order they were made, oldest first."""
    answered = [c for c in checkins if c.worst is not None and c.day <= today]
    if not answered:
        return None
    newest = answered[-1].worst
    if newest is not None and newest >= SEVERE_AT:
        return Notice(Why.SEVERE, TEXTS[Why.SEVERE])
    this_week = _week_mean(answered, today - timedelta(days=6), today)
    last_week = _week_mean(answered, today - timedelta(days=13), today - timedelta(days=7))
    if this_week is not None and last_week is not None and this_week - last_week >= RISE_POINTS:
        return Notice(Why.RISING, TEXTS[Why.RISING])
    return None


def asked_after(reason: str) -> bool:
    """Whether "How do you feel now?" follows a session that ended so: not when the app
    closed it on the way out, where nobody is there to answer."""
    return reason != QUIT


def after_stop(reason: str) -> Notice | None:
    """The notice owed by how a session stopped: stopped because it hurt, the person is
    answered at once; the plain 'Stopped' said nothing to them of the pain."""
    return Notice(Why.HURT, TEXTS[Why.HURT]) if reason == IT_HURTS else None
