"""The kinds of a routine's timed phases, apart from the routine itself: the exercise cards
name a pose by it before the first paint, which need not load the routine's compiler and its
data classes (2 ms)."""

from __future__ import annotations

from enum import Enum, auto


class PhaseKind(Enum):
    GET_READY = auto()
    HOLD = auto()
    RELEASE = auto()
    MOVE = auto()
    SWITCH_SIDE = auto()
    SWITCH_DIRECTION = auto()
    REST = auto()
    DONE = auto()

    @property
    def active(self) -> bool:
        """Phases that count as exercising (active minutes in the history)."""
        return self in (PhaseKind.HOLD, PhaseKind.RELEASE, PhaseKind.MOVE)
