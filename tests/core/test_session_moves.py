"""What a person does to a session: pause and resume in every phase, skip and go back at the
edges, restart, stop, and events a status does not take, which raise and change nothing."""

from __future__ import annotations

import pytest
from session_plans import plan_of, started

from foot_coach.core.catalog import Catalog
from foot_coach.core.phase_kind import PhaseKind
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
    end = run_after(session)
    assert session.status is S.FINISHED
    assert end == plan.total_ms + 60_000
    assert session.active_ms(end) == plan.active_ms


def run_after(session: Session) -> int:
    """Let every deadline left pass exactly on time; the time the last one passed."""
    now = 0
    while (deadline := session.next_deadline()) is not None:
        now = deadline
        session.apply(Tick(), now)
    return now


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


def test_pause_before_the_start_holds_it_and_resume_starts_it(catalog: Catalog) -> None:
    """Paused while it waits to start, a session stays unstarted however long; carrying on
    starts it then, with the whole lead-in still to come."""
    session = Session(plan_of(catalog, ["toe-curls"]))
    assert session.apply(Pause(), 100) == [StatusChanged(S.PAUSED, 100)]
    assert not session.begun and session.next_wake(60_000) is None
    assert session.view(60_000).begun is False and session.remaining_ms(60_000) == 5000
    notes = session.apply(Resume(), 60_000)
    assert notes[0] == StatusChanged(S.RUNNING, 60_000) and session.begun
    assert notes[1] == PhaseStarted(0, session.plan.phases[0], 60_000)
    assert session.next_deadline() == 65_000 and session.view(60_000).begun


def test_stopped_before_the_start_it_never_began(catalog: Catalog) -> None:
    for prepare in ([], [Pause()]):
        session = Session(plan_of(catalog, ["toe-curls"]))
        for event in prepare:
            session.apply(event, 0)
        session.apply(Stop(), 10)
        assert session.status is S.STOPPED and not session.view(10).begun
        assert session.active_ms(10) == 0
    session = started(catalog, ["toe-curls"])
    session.apply(Stop(), 10)
    assert session.view(10).begun


def test_stop_keeps_the_active_time_done_so_far(catalog: Catalog) -> None:
    session = started(catalog, ["toe-curls"])
    session.apply(Tick(), 5000)
    session.apply(Stop(), 6500)
    assert session.active_ms(99_999) == 1500


ILLEGAL = [
    (S.READY, [Tick(), Resume(), SkipRep(), BackRep(), SkipExercise()]),
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
