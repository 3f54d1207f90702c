"""What goes into the session machine and what comes out: its status, the person's events
(frozen, one class each), the notes it reports, and the view a screen draws."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from foot_coach.core.routine import Phase


class Status(Enum):
    READY = auto()
    RUNNING = auto()
    PAUSED = auto()
    FINISHED = auto()
    STOPPED = auto()


# Events: what the person (or the passing of time) does to a session.
@dataclass(frozen=True)
class Start:
    pass


@dataclass(frozen=True)
class Tick:
    """Time has passed; phases whose deadline is due end."""


@dataclass(frozen=True)
class Pause:
    pass


@dataclass(frozen=True)
class Resume:
    pass


@dataclass(frozen=True)
class SkipRep:
    """Jump to the next unit: the next rep, move, switch or rest."""


@dataclass(frozen=True)
class BackRep:
    """Jump to the start of the previous unit (or restart the first one)."""


@dataclass(frozen=True)
class SkipExercise:
    pass


@dataclass(frozen=True)
class BackExercise:
    """Restart this exercise, or go to the previous one when still in its lead-in."""


@dataclass(frozen=True)
class RestartExercise:
    pass


@dataclass(frozen=True)
class Stop:
    reason: str = "stopped"


Event = (
    Start
    | Tick
    | Pause
    | Resume
    | SkipRep
    | BackRep
    | SkipExercise
    | BackExercise
    | RestartExercise
    | Stop
)


# Notes: what happened, for the runner to show, sound and record.
@dataclass(frozen=True)
class PhaseStarted:
    index: int
    phase: Phase
    at_ms: int


@dataclass(frozen=True)
class RepFinished:
    phase: Phase
    at_ms: int


@dataclass(frozen=True)
class StatusChanged:
    status: Status
    at_ms: int
    reason: str = ""


Note = PhaseStarted | RepFinished | StatusChanged


class IllegalEventError(Exception):
    """An event that makes no sense in the current status; the machine is left unchanged."""


@dataclass(frozen=True)
class View:
    """Everything a screen needs to draw the session at one moment."""

    status: Status
    index: int
    phase: Phase
    remaining_ms: int
    seconds_shown: int
    progress: float
    active_ms: int
    begun: bool = True  # False while it waits to start, and when stopped before it started
