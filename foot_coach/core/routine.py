"""A routine compiled to a flat list of timed phases, the script the session machine follows."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from foot_coach.core.catalog import Catalog, Direction, Exercise, Prescription, Side
from foot_coach.core.phase_kind import PhaseKind


@dataclass(frozen=True)
class Timing:
    """Gaps around the work, in seconds; rest between exercises is the person's choice."""

    get_ready_s: int = 5
    switch_s: int = 5
    rest_s: int = 15


@dataclass(frozen=True)
class RoutineItem:
    exercise: Exercise
    prescription: Prescription


@dataclass(frozen=True)
class Phase:
    """One timed step. `rep` is 1-based within its set (one side, one direction)."""

    kind: PhaseKind
    duration_ms: int
    exercise_index: int
    exercise_id: str
    rep: int = 0
    reps: int = 0
    side: Side = Side.BOTH
    direction: Direction = Direction.NONE

    @property
    def starts_unit(self) -> bool:
        """A release belongs to the hold before it; every other phase starts a unit."""
        return self.kind is not PhaseKind.RELEASE

    @property
    def finishes_rep(self) -> bool:
        return self.kind in (PhaseKind.RELEASE, PhaseKind.MOVE)


@dataclass(frozen=True)
class Plan:
    items: tuple[RoutineItem, ...]
    phases: tuple[Phase, ...]

    @property
    def total_ms(self) -> int:
        return sum(p.duration_ms for p in self.phases)

    @property
    def active_ms(self) -> int:
        return sum(p.duration_ms for p in self.phases if p.kind.active)

    def block_start(self, exercise_index: int) -> int:
        """Index of the first phase (the lead-in) of an exercise."""
        return next(i for i, p in enumerate(self.phases) if p.exercise_index == exercise_index)


def _sets(exercise: Exercise) -> Iterator[tuple[Side, Direction]]:
    directions = exercise.directions or (Direction.NONE,)
    for side in exercise.sides:
        for direction in directions:
            yield side, direction


def _exercise_phases(index: int, item: RoutineItem, timing: Timing) -> Iterator[Phase]:
    ex, rx = item.exercise, item.prescription
    lead = PhaseKind.GET_READY if index == 0 else PhaseKind.REST
    yield Phase(lead, (timing.get_ready_s if index == 0 else timing.rest_s) * 1000, index, ex.id)
    previous: tuple[Side, Direction] | None = None
    for side, direction in _sets(ex):
        if previous is not None:
            kind = PhaseKind.SWITCH_SIDE if side != previous[0] else PhaseKind.SWITCH_DIRECTION
            yield Phase(kind, timing.switch_s * 1000, index, ex.id, 0, rx.count, side, direction)
        previous = side, direction
        for rep in range(1, rx.count + 1):
            common = (index, ex.id, rep, rx.count, side, direction)
            if not ex.counting.paced:
                yield Phase(PhaseKind.HOLD, rx.hold_s * 1000, *common)
                yield Phase(PhaseKind.RELEASE, rx.release_s * 1000, *common)
            else:
                yield Phase(PhaseKind.MOVE, rx.pace_s * 1000, *common)


def compile_routine(items: Sequence[RoutineItem], timing: Timing | None = None) -> Plan:
    """Flatten the routine: lead-in, sets of reps with switches between, and DONE at the end."""
    if not items:
        raise ValueError("a routine needs at least one exercise")
    timing = timing or Timing()
    phases = [p for i, item in enumerate(items) for p in _exercise_phases(i, item, timing)]
    last = items[-1].exercise.id
    phases.append(Phase(PhaseKind.DONE, 0, len(items) - 1, last))
    return Plan(tuple(items), tuple(phases))


def items_for(
    catalog: Catalog,
    exercise_ids: Sequence[str],
    prescriptions: Mapping[str, Prescription] | None = None,
) -> list[RoutineItem]:
    """The routine's exercises in order, each with its current prescription (or the default)."""
    chosen = prescriptions or {}
    return [
        RoutineItem(catalog.get(i), chosen.get(i, catalog.get(i).prescription))
        for i in exercise_ids
    ]
