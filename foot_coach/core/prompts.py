"""Which cue sound belongs to which moment of a session (the words live in the UI layer)."""

from __future__ import annotations

from enum import Enum

from foot_coach.core.phase_kind import PhaseKind
from foot_coach.core.routine import Phase


class Sound(Enum):
    HOLD = "hold.wav"
    RELEASE = "release.wav"
    TICK = "tick.wav"
    STEP = "step.wav"
    DONE = "done.wav"


_PHASE_SOUNDS = {
    PhaseKind.HOLD: Sound.HOLD,
    PhaseKind.RELEASE: Sound.RELEASE,
    PhaseKind.MOVE: Sound.STEP,
    PhaseKind.REST: Sound.DONE,  # the exercise before the rest is done
    PhaseKind.DONE: Sound.DONE,
}

# The countdown ticks in the last seconds of phases one waits through, not on every beat.
_TICKING = (PhaseKind.GET_READY, PhaseKind.HOLD, PhaseKind.REST, PhaseKind.SWITCH_SIDE)
TICK_SECONDS = (3, 2, 1)


def sound_for_phase(phase: Phase) -> Sound | None:
    return _PHASE_SOUNDS.get(phase.kind)


def ticks(phase: Phase, seconds_shown: int) -> bool:
    """True when the countdown has just reached one of the last three seconds of a wait."""
    return phase.kind in _TICKING and seconds_shown in TICK_SECONDS and phase.duration_ms > 3000
