"""The session state machine on time: every phase in order, deadlines and wakes, late timers,
progress, and that pauses never change a routine's active time."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from session_plans import plan_of, run_to_end, started

from foot_coach.core.catalog import Catalog
from foot_coach.core.phase_kind import PhaseKind
from foot_coach.core.session import (
    Pause,
    PhaseStarted,
    RepFinished,
    Resume,
    Session,
    Start,
    Status,
    StatusChanged,
    Tick,
)

K = PhaseKind
S = Status


@pytest.mark.parametrize(
    "exercise_id",
    ["toe-curls", "arch-raises", "heel-to-toe-walk", "ankle-circles", "toe-spreading"],
)
def test_every_phase_of_every_kind_in_order(catalog: Catalog, exercise_id: str) -> None:
    plan = plan_of(catalog, [exercise_id])
    session = Session(plan)
    seen, end = run_to_end(session, start=1000)
    assert seen == list(range(len(plan.phases)))
    assert session.status is S.FINISHED
    assert end == 1000 + plan.total_ms
    assert session.active_ms(end) == plan.active_ms


def test_start_reports_running_and_first_phase(catalog: Catalog) -> None:
    session = Session(plan_of(catalog, ["toe-curls"]))
    notes = session.apply(Start(), 50)
    assert notes[0] == StatusChanged(S.RUNNING, 50)
    assert isinstance(notes[1], PhaseStarted) and notes[1].phase.kind is K.GET_READY
    assert session.next_deadline() == 50 + 5000


def test_tick_before_deadline_changes_nothing(catalog: Catalog) -> None:
    session = started(catalog, ["toe-curls"])
    assert session.apply(Tick(), 4999) == []
    assert session.phase.kind is K.GET_READY
    assert session.view(4001).seconds_shown == 1
    assert session.view(4000).seconds_shown == 1
    assert session.view(3999).seconds_shown == 2


def test_reps_finish_at_release_end_and_moves_each(catalog: Catalog) -> None:
    session = Session(plan_of(catalog, ["toe-curls", "heel-to-toe-walk"], count=2))
    notes = session.apply(Start(), 0)
    while session.next_deadline() is not None:
        notes += session.apply(Tick(), session.next_deadline() or 0)
    reps = [n.phase for n in notes if isinstance(n, RepFinished)]
    assert [(p.exercise_id, p.kind, p.rep) for p in reps] == [
        ("toe-curls", K.RELEASE, 1),
        ("toe-curls", K.RELEASE, 2),
        ("heel-to-toe-walk", K.MOVE, 1),
        ("heel-to-toe-walk", K.MOVE, 2),
        ("heel-to-toe-walk", K.MOVE, 1),
        ("heel-to-toe-walk", K.MOVE, 2),
    ]


def test_late_tick_catches_up_from_deadlines_not_from_now(catalog: Catalog) -> None:
    session = started(catalog, ["toe-curls"])
    notes = session.apply(Tick(), 5000 + 3000 + 500)  # woke 500 ms after the hold ended
    began = [n for n in notes if isinstance(n, PhaseStarted)]
    assert [n.at_ms for n in began] == [5000, 8000]
    assert session.next_deadline() == 11_000  # release ends 3 s after the hold's deadline


def test_next_wake_is_each_second_boundary_then_deadline(catalog: Catalog) -> None:
    session = started(catalog, ["toe-curls"])
    assert session.next_wake(0) == 1000
    assert session.next_wake(1000) == 2000
    assert session.next_wake(4500) == 5000
    session.apply(Pause(), 4500)
    assert session.next_wake(4500) is None


def test_next_wake_on_fractional_start(catalog: Catalog) -> None:
    session = started(catalog, ["toe-curls"])
    session.apply(Pause(), 300)
    session.apply(Resume(), 1000)  # 4700 ms left, shown as 5; next change at 700 ms
    assert session.view(1000).seconds_shown == 5
    assert session.next_wake(1000) == 1700


def test_progress_grows_to_one(catalog: Catalog) -> None:
    session = started(catalog, ["toe-curls"])
    assert session.view(0).progress == 0
    total = session.plan.total_ms
    session.apply(Tick(), total // 2)
    assert session.view(total // 2).progress == pytest.approx((total // 2) / total)
    session.apply(Tick(), total)
    assert session.view(total).progress == 1.0


# --- property: pauses never change the active time of a routine ------------------------------
routines = st.lists(
    st.sampled_from(["toe-curls", "arch-raises", "heel-to-toe-walk", "ankle-circles"]),
    min_size=1,
    max_size=3,
)
pauses = st.lists(
    st.tuples(st.integers(0, 40_000), st.integers(1, 500_000)), min_size=0, max_size=12
)


@settings(max_examples=150, deadline=None)
@given(ids=routines, count=st.integers(1, 4), gaps=pauses, late=st.integers(0, 900))
def test_active_time_equals_plan_for_any_pauses(
    catalog: Catalog, ids: list[str], count: int, gaps: list[tuple[int, int]], late: int
) -> None:
    plan = plan_of(catalog, ids, count=count)
    session = Session(plan)
    now = 17
    notes = session.apply(Start(), now)
    paused_total = 0
    for run_for, pause_for in gaps:
        if session.status is not S.RUNNING:
            break
        now += run_for
        notes += session.apply(Tick(), now)
        if session.status is not S.RUNNING:
            break
        session.apply(Pause(), now)
        now += pause_for
        paused_total += pause_for
        session.apply(Resume(), now)
    while (deadline := session.next_deadline()) is not None:
        now = max(now, deadline) + late  # timers fire late; the machine must not drift
        notes += session.apply(Tick(), now)
    assert session.status is S.FINISHED
    assert session.active_ms(now) == plan.active_ms
    finished = [n.at_ms for n in notes if isinstance(n, StatusChanged) and n.status is S.FINISHED]
    assert finished == [17 + plan.total_ms + paused_total]
