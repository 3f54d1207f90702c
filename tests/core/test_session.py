"""The session state machine: every transition, pauses in every phase, skips at the edges."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foot_coach.core.catalog import Catalog, Prescription
from foot_coach.core.phase_kind import PhaseKind
from foot_coach.core.routine import Plan, RoutineItem, Timing, compile_routine
from foot_coach.core.session import (
    BackExercise,
    BackRep,
    IllegalEventError,
    Pause,
    PhaseStarted,
    RepFinished,
    RestartExercise,
    Resume,
    Session,
    SkipExercise,
    SkipRep,
    Start,
    Status,
    StatusChanged,
    Stop,
    Tick,
)

K = PhaseKind
S = Status


def plan_of(catalog: Catalog, ids: list[str], count: int = 2, timing: Timing | None = None) -> Plan:
    items = []
    for exercise_id in ids:
        rx = catalog.get(exercise_id).prescription
        items.append(
            RoutineItem(
                catalog.get(exercise_id), Prescription(count, rx.hold_s, rx.release_s, rx.pace_s)
            )
        )
    return compile_routine(items, timing or Timing(get_ready_s=5, switch_s=4, rest_s=10))


def started(catalog: Catalog, ids: list[str], count: int = 2) -> Session:
    """A session of `ids` (`count` each), started at 0 ms."""
    session = Session(plan_of(catalog, ids, count))
    session.apply(Start(), 0)
    return session


def run_to_end(session: Session, start: int = 0) -> tuple[list[int], int]:
    """Start and let every deadline pass exactly on time; return phase indexes seen and end."""
    seen = [n.index for n in session.apply(Start(), start) if isinstance(n, PhaseStarted)]
    now = start
    while (deadline := session.next_deadline()) is not None:
        now = deadline
        seen += [n.index for n in session.apply(Tick(), now) if isinstance(n, PhaseStarted)]
    return seen, now


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


ALL = ["toe-curls", "heel-to-toe-walk", "ankle-circles"]


@pytest.mark.parametrize("kind", [k for k in PhaseKind if k is not K.DONE])
def test_pause_and_resume_in_every_phase_kind(catalog: Catalog, kind: PhaseKind) -> None:
    plan = plan_of(catalog, ALL)
    index = next(i for i, p in enumerate(plan.phases) if p.kind is kind)
    session = Session(plan)
    session.apply(Start(), 0)
    now = 0
    while session.index != index:
        now = session.next_deadline() or 0
        session.apply(Tick(), now)
    now += 700
    assert session.apply(Pause(), now) == [StatusChanged(S.PAUSED, now)]
    left = session.remaining_ms(now)
    assert session.remaining_ms(now + 60_000) == left  # time stands still while paused
    with pytest.raises(IllegalEventError):
        session.apply(Tick(), now + 60_000)
    session.apply(Resume(), now + 60_000)
    assert session.index == index
    assert session.next_deadline() == now + 60_000 + left
    _, end = run_after(session)
    assert session.status is S.FINISHED
    assert end == plan.total_ms + 60_000
    assert session.active_ms(end) == plan.active_ms


def run_after(session: Session) -> tuple[None, int]:
    now = 0
    while (deadline := session.next_deadline()) is not None:
        now = deadline
        session.apply(Tick(), now)
    return None, now


def test_skip_rep_from_hold_goes_to_next_hold(catalog: Catalog) -> None:
    session = started(catalog, ["toe-curls"], count=3)
    session.apply(Tick(), 5000)  # first hold
    notes = session.apply(SkipRep(), 6000)
    assert session.phase.kind is K.HOLD and session.phase.rep == 2
    assert not any(isinstance(n, RepFinished) for n in notes)  # a skipped rep is not done
    assert session.next_deadline() == 6000 + 3000


def test_skip_rep_on_last_rep_of_last_exercise_finishes(catalog: Catalog) -> None:
    session = started(catalog, ["toe-curls"], count=1)
    session.apply(Tick(), 5000)
    notes = session.apply(SkipRep(), 5100)
    assert session.status is S.FINISHED
    assert StatusChanged(S.FINISHED, 5100) in notes
    with pytest.raises(IllegalEventError):
        session.apply(SkipRep(), 5200)


def test_back_rep_on_first_rep_restarts_it(catalog: Catalog) -> None:
    session = started(catalog, ["toe-curls"])
    session.apply(Tick(), 5000)  # hold 1
    session.apply(Tick(), 8000)  # release 1
    session.apply(BackRep(), 9000)
    assert session.phase.kind is K.GET_READY  # the unit before rep 1 is the lead-in
    session.apply(BackRep(), 9100)
    assert session.index == 0
    assert session.next_deadline() == 9100 + 5000


def test_back_rep_mid_routine_goes_to_previous_unit(catalog: Catalog) -> None:
    session = started(catalog, ["toe-curls"], count=3)
    for deadline in (5000, 8000, 11_000):  # hold 1, release 1, hold 2
        session.apply(Tick(), deadline)
    assert session.phase.rep == 2
    session.apply(BackRep(), 11_500)
    assert session.phase.kind is K.HOLD and session.phase.rep == 1


def test_skip_exercise_goes_to_next_lead_in_and_on_last_finishes(catalog: Catalog) -> None:
    session = started(catalog, ["toe-curls", "arch-raises"])
    session.apply(SkipExercise(), 100)
    assert session.phase.kind is K.REST and session.phase.exercise_id == "arch-raises"
    session.apply(SkipExercise(), 200)
    assert session.status is S.FINISHED


def test_back_exercise_restarts_or_goes_to_previous(catalog: Catalog) -> None:
    session = started(catalog, ["toe-curls", "arch-raises"])
    session.apply(SkipExercise(), 100)
    session.apply(SkipRep(), 200)  # into arch raises' first hold
    session.apply(BackExercise(), 300)
    assert session.index == session.plan.block_start(1)
    session.apply(BackExercise(), 400)
    assert session.index == 0
    session.apply(BackExercise(), 500)  # first exercise, already at its start: stays
    assert session.index == 0


def test_restart_exercise_while_paused_keeps_paused(catalog: Catalog) -> None:
    session = started(catalog, ["toe-curls"])
    session.apply(Tick(), 8000)
    session.apply(Pause(), 8200)
    session.apply(RestartExercise(), 9000)
    assert session.status is S.PAUSED and session.index == 0
    assert session.remaining_ms(20_000) == 5000


def test_stop_from_each_live_status(catalog: Catalog) -> None:
    for prepare in ([], [Start()], [Start(), Pause()]):
        session = Session(plan_of(catalog, ["toe-curls"]))
        for event in prepare:
            session.apply(event, 0)
        notes = session.apply(Stop("it-hurts"), 10)
        assert notes == [StatusChanged(S.STOPPED, 10, "it-hurts")]
        assert session.next_deadline() is None


def test_stop_keeps_the_active_time_done_so_far(catalog: Catalog) -> None:
    session = started(catalog, ["toe-curls"])
    session.apply(Tick(), 5000)
    session.apply(Stop(), 6500)
    assert session.active_ms(99_999) == 1500


ILLEGAL = [
    (S.READY, [Tick(), Pause(), Resume(), SkipRep(), BackRep(), SkipExercise()]),
    (S.RUNNING, [Start(), Resume()]),
    (S.PAUSED, [Start(), Pause(), Tick()]),
    (S.FINISHED, [Start(), Tick(), Pause(), Resume(), SkipRep(), Stop(), RestartExercise()]),
    (S.STOPPED, [Start(), Tick(), Pause(), Resume(), BackExercise(), Stop()]),
]


@pytest.mark.parametrize(("status", "events"), ILLEGAL)
def test_illegal_events_raise_and_change_nothing(catalog: Catalog, status, events) -> None:
    plan = plan_of(catalog, ["toe-curls"], count=1)
    session = Session(plan)
    to_reach = {
        S.READY: [],
        S.RUNNING: [Start()],
        S.PAUSED: [Start(), Pause()],
        S.FINISHED: [Start(), SkipExercise()],
        S.STOPPED: [Start(), Stop()],
    }[status]
    for event in to_reach:
        session.apply(event, 100)
    assert session.status is status
    before = (session.status, session.index, session.next_deadline(), session.remaining_ms(100))
    for event in events:
        with pytest.raises(IllegalEventError):
            session.apply(event, 100)
        after = (session.status, session.index, session.next_deadline(), session.remaining_ms(100))
        assert after == before


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
