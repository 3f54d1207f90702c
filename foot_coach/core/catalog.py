"""The exercise catalogue: typed, validated records loaded from exercises.toml."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar


class Posture(Enum):
    SEATED = "seated"
    STANDING = "standing"
    SEATED_OR_LYING = "seated-or-lying"


class Counting(Enum):
    """How an exercise is counted: holds with a release, or paced moves on a beat."""

    HOLD_REPS = "hold-reps"
    PACED_STEPS = "paced-steps"
    PACED_CIRCLES = "paced-circles"

    @property
    def paced(self) -> bool:
        return self is not Counting.HOLD_REPS


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


@dataclass(frozen=True)
class Prescription:
    """How much of an exercise to do: `count` reps (or moves per direction), times in seconds."""

    count: int
    hold_s: int = 0
    release_s: int = 0
    pace_s: int = 0


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Catalog:
    exercises: tuple[Exercise, ...]

    def get(self, exercise_id: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(exercise_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.exercises)


E = TypeVar("E", bound=Enum)


class CatalogError(ValueError):
    """A malformed catalogue; the message names the file, the exercise and the field."""


class _Reader:
    """Reads fields of one exercise table, raising errors that say where the problem is."""

    def __init__(self, source: str, label: str, table: Mapping[str, Any]) -> None:
        self.source, self.label, self.table = source, label, table

    def fail(self, field: str, problem: str) -> CatalogError:
        return CatalogError(f"{self.source}: exercise {self.label}: field '{field}': {problem}")

    def text(self, field: str) -> str:
        value = self.table.get(field)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(field, "expected non-empty text")
        return value.strip()

    def texts(self, field: str, *, allow_empty: bool = False) -> tuple[str, ...]:
        value = self.table.get(field)
        ok = isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
        if not ok or (not value and not allow_empty):
            raise self.fail(field, "expected a list of non-empty texts")
        return tuple(v.strip() for v in value)  # type: ignore[union-attr]

    def choice(self, field: str, kind: type[E], value: Any = None) -> E:
        raw = self.table.get(field) if value is None else value
        try:
            return kind(raw)
        except ValueError:
            allowed = ", ".join(repr(m.value) for m in kind)
            raise self.fail(field, f"{raw!r} is not one of {allowed}") from None

    def number(self, table: Mapping[str, Any], field: str, low: int, high: int) -> int:
        value = table.get(field)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(f"prescription.{field}", f"expected a whole number {low}..{high}")
        return value


def _prescription(r: _Reader, counting: Counting) -> tuple[Prescription, tuple[int, int]]:
    table = r.table.get("prescription")
    if not isinstance(table, dict):
        raise r.fail("prescription", "expected a table")
    low = r.number(table, "count_min", *COUNT_LIMITS)
    high = r.number(table, "count_max", low, COUNT_LIMITS[1])
    count = r.number(table, "count", low, high)
    if counting.paced:
        return Prescription(count, pace_s=r.number(table, "pace_s", *PACE_LIMITS)), (low, high)
    hold = r.number(table, "hold_s", *HOLD_LIMITS)
    release = r.number(table, "release_s", *RELEASE_LIMITS)
    return Prescription(count, hold_s=hold, release_s=release), (low, high)


def parse_exercise(source: str, index: int, table: Mapping[str, Any]) -> Exercise:
    raw_id = table.get("id")
    r = _Reader(source, repr(raw_id) if isinstance(raw_id, str) else f"#{index + 1}", table)
    exercise_id = r.text("id")
    if not all(c.isalnum() or c == "-" for c in exercise_id):
        raise r.fail("id", "use letters, digits and '-' only")
    counting = r.choice("counting", Counting)
    sides = tuple(r.choice("sides", Side, v) for v in r.texts("sides"))
    directions = tuple(
        r.choice("directions", Direction, v) for v in r.texts("directions", allow_empty=True)
    )
    if len(set(sides)) != len(sides) or (Side.BOTH in sides and len(sides) > 1):
        raise r.fail("sides", "either ['both'] or each foot once")
    prescription, count_range = _prescription(r, counting)
    return Exercise(
        id=exercise_id,
        name=r.text("name"),
        posture=r.choice("posture", Posture),
        counting=counting,
        sides=sides,
        directions=directions,
        summary=r.text("summary"),
        steps=r.texts("steps"),
        feel=r.text("feel"),
        mistakes=r.texts("mistakes"),
        safety=r.text("safety"),
        prescription=prescription,
        count_range=count_range,
    )


def parse_catalog(text: str, source: str = "exercises.toml") -> Catalog:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{source}: not valid TOML: {exc}") from None
    tables = data.get("exercise")
    if not isinstance(tables, list) or not tables:
        raise CatalogError(f"{source}: no [[exercise]] tables found")
    exercises = tuple(parse_exercise(source, i, t) for i, t in enumerate(tables))
    seen: set[str] = set()
    for exercise in exercises:
        if exercise.id in seen:
            raise CatalogError(f"{source}: exercise {exercise.id!r}: field 'id': used twice")
        seen.add(exercise.id)
    return Catalog(exercises)
