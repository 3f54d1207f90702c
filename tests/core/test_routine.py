"""Compiling a routine: the phase script each kind of counting produces."""

from __future__ import annotations

import pytest

from foot_coach.core.catalog import Catalog, Direction, Prescription, Side
from foot_coach.core.phase_kind import PhaseKind
from foot_coach.core.routine import RoutineItem, Timing, compile_routine

K = PhaseKind


def item(catalog: Catalog, exercise_id: str, count: int = 2) -> RoutineItem:
    exercise = catalog.get(exercise_id)
    rx = exercise.prescription
    return RoutineItem(exercise, Prescription(count, rx.hold_s, rx.release_s, rx.pace_s))


def kinds(plan) -> list[PhaseKind]:
    return [p.kind for p in plan.phases]


def test_hold_reps_alternate_hold_and_release(catalog: Catalog) -> None:
    plan = compile_routine([item(catalog, "toe-curls")], Timing(get_ready_s=4))
    assert kinds(plan) == [K.GET_READY, K.HOLD, K.RELEASE, K.HOLD, K.RELEASE, K.DONE]
    assert [p.rep for p in plan.phases[1:5]] == [1, 1, 2, 2]
    assert plan.phases[0].duration_ms == 4000
    assert plan.phases[1].duration_ms == 3000


def test_walk_goes_forward_turns_and_comes_back(catalog: Catalog) -> None:
    plan = compile_routine([item(catalog, "heel-to-toe-walk")])
    assert kinds(plan) == [K.GET_READY, K.MOVE, K.MOVE, K.SWITCH_DIRECTION, K.MOVE, K.MOVE, K.DONE]
    directions = [p.direction for p in plan.phases if p.kind is K.MOVE]
    assert directions == [Direction.FORWARD] * 2 + [Direction.BACK] * 2


def test_ankle_circles_both_ways_on_each_foot(catalog: Catalog) -> None:
    plan = compile_routine([item(catalog, "ankle-circles", count=1)])
    assert kinds(plan) == [
        K.GET_READY,
        K.MOVE,
        K.SWITCH_DIRECTION,
        K.MOVE,
        K.SWITCH_SIDE,
        K.MOVE,
        K.SWITCH_DIRECTION,
        K.MOVE,
        K.DONE,
    ]
    moves = [(p.side, p.direction) for p in plan.phases if p.kind is K.MOVE]
    assert moves == [
        (Side.RIGHT, Direction.CLOCKWISE),
        (Side.RIGHT, Direction.ANTICLOCKWISE),
        (Side.LEFT, Direction.CLOCKWISE),
        (Side.LEFT, Direction.ANTICLOCKWISE),
    ]
    switch_side = plan.phases[4]
    assert switch_side.side is Side.LEFT  # the switch announces the foot that comes next


def test_rest_leads_into_every_exercise_after_the_first(catalog: Catalog) -> None:
    items = [item(catalog, e, 1) for e in catalog.ids]
    plan = compile_routine(items, Timing(rest_s=20))
    leads = [plan.phases[plan.block_start(i)] for i in range(len(items))]
    assert [p.kind for p in leads] == [K.GET_READY] + [K.REST] * 4
    assert [p.exercise_id for p in leads] == list(catalog.ids)
    assert all(p.duration_ms == 20_000 for p in leads[1:])
    assert plan.phases[-1].kind is K.DONE


def test_planned_times_add_up(catalog: Catalog) -> None:
    plan = compile_routine([item(catalog, "toe-curls", 10)], Timing(get_ready_s=5))
    assert plan.active_ms == 10 * (3000 + 3000)
    assert plan.total_ms == plan.active_ms + 5000


def test_empty_routine_refused() -> None:
    with pytest.raises(ValueError, match="at least one exercise"):
        compile_routine([])
