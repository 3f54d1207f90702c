"""What an exercise is: how it is counted, its sides and directions, its amount, and the
catalogue of exercises one can choose (built in and own). Reading them from TOML is
core.catalog's work."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from foot_coach.core.record import record


class Posture(Enum):
    SEATED = "seated"
    STANDING = "standing"
    SEATED_OR_LYING = "seated-or-lying"


class Counting(Enum):
    """How an exercise is counted: holds with a release, or paced moves on a beat.

    "timed" is a hold under another name for own exercises ("keep going for 30 s, then rest").
    """

    HOLD_REPS = "hold-reps"
    PACED_STEPS = "paced-steps"
    PACED_CIRCLES = "paced-circles"
    PACED_MOVES = "paced-moves"
    TIMED = "timed"

    @property
    def paced(self) -> bool:
        return self not in (Counting.HOLD_REPS, Counting.TIMED)


class Side(Enum):
    BOTH = "both"
    RIGHT = "right"
    LEFT = "left"


class Direction(Enum):
    NONE = "none"
    FORWARD = "forward"
    BACK = "back"
    CLOCKWISE = "clockwise"
    ANTICLOCKWISE = "anticlockwise"


# Safe ranges: the coach and the person may set a prescription only inside these.
COUNT_LIMITS = (1, 30)
HOLD_LIMITS = (1, 30)
RELEASE_LIMITS = (1, 30)
PACE_LIMITS = (1, 10)


@record
class Prescription:
    """How much of an exercise to do: `count` reps (or moves per direction), times in seconds."""

    count: int
    hold_s: int = 0
    release_s: int = 0
    pace_s: int = 0


@record
class Exercise:
    id: str
    name: str
    posture: Posture
    counting: Counting
    sides: tuple[Side, ...]
    directions: tuple[Direction, ...]
    summary: str
    steps: tuple[str, ...]
    feel: str
    mistakes: tuple[str, ...]
    safety: str
    prescription: Prescription
    count_range: tuple[int, int]
    # Own exercises only: a picture ("builtin:<id>", a file in the pictures folder, or none),
    # whether the coach may raise the amount, and that the person made it (so it can change).
    picture: str = ""
    grows: bool = True
    own: bool = False


@record
class Catalog:
    """The exercises one can choose; `retired` are deleted own ones, kept to name history."""

    exercises: tuple[Exercise, ...]
    retired: tuple[Exercise, ...] = ()

    def get(self, exercise_id: str) -> Exercise:
        for exercise in (*self.exercises, *self.retired):
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(exercise_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.exercises)

    @property
    def builtin(self) -> tuple[Exercise, ...]:
        return tuple(e for e in self.exercises if not e.own)

    def names(self) -> dict[str, str]:
        """Every exercise's name, deleted own ones included, for the history and the report."""
        return {e.id: e.name for e in (*self.retired, *self.exercises)}

    def with_own(self, own: Sequence[Exercise], retired: Sequence[Exercise] = ()) -> Catalog:
        """The built-in exercises followed by the person's own."""
        return Catalog((*self.builtin, *own), tuple(retired))
