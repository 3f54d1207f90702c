"""Whether a due reminder comes now, waits, or is let go: the person's moment, decided once.

A reminder during a presentation, a film or a call is the quickest way to be switched off,
and one while nobody is at the computer is wasted. So a due reminder waits while the screen
is locked, the person has been away for a while, or another program fills the screen, and
comes once when they are back; but never later than the grace window after it was due.
What cannot be known (no screen saver service, no X11) never holds a reminder back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum, auto

IDLE_AFTER = timedelta(minutes=5)  # away from the keyboard this long: not there
CHECK_EVERY = timedelta(seconds=45)  # while holding: slow enough to cost nothing


class Reason(Enum):
    """Why a reminder waits, most telling first."""

    LOCKED = auto()
    AWAY = auto()
    FULL_SCREEN = auto()


class Verdict(Enum):
    DELIVER = auto()
    HOLD = auto()
    DROP = auto()


@dataclass(frozen=True)
class Seen:
    """What the desktop said just now; None where it could not say."""

    locked: bool | None = None
    idle: timedelta | None = None
    full_screen: bool | None = None  # another program's window fills the screen


@dataclass(frozen=True)
class Checks:
    """Which of the reasons the person wants heeded (each can be switched off)."""

    locked: bool = True
    away: bool = True
    full_screen: bool = True
    idle_after: timedelta = IDLE_AFTER


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    reason: Reason | None = None  # why it waits (HOLD) or was let go (DROP)
    check_again: datetime | None = None  # HOLD only: when to look again


def reason(seen: Seen, checks: Checks) -> Reason | None:
    """The first reason the person would rather not be interrupted now, if any."""
    if checks.locked and seen.locked:
        return Reason.LOCKED
    if checks.away and seen.idle is not None and seen.idle >= checks.idle_after:
        return Reason.AWAY
    if checks.full_screen and seen.full_screen:
        return Reason.FULL_SCREEN
    return None


def decide(
    due: datetime,
    now: datetime,
    grace: timedelta,
    seen: Seen,
    checks: Checks,
    every: timedelta = CHECK_EVERY,
) -> Decision:
    """What to do with the reminder that was due at `due` (both instants aware)."""
    last = due + grace
    why = reason(seen, checks)
    if why is None:
        return Decision(Verdict.DELIVER) if now <= last else Decision(Verdict.DROP)
    if now >= last:
        return Decision(Verdict.DROP, why)
    return Decision(Verdict.HOLD, why, min(now + every, last))
