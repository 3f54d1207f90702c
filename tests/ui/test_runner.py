"""The runner: one timer to the next wake, no polling, sleep detected, late wakes absorbed."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from stepped import FakeClock, FakeScheduler

from foot_coach.core.catalog import Catalog, Prescription
from foot_coach.core.phase_kind import PhaseKind
from foot_coach.core.routine import RoutineItem, Timing, compile_routine
from foot_coach.core.session import Pause, Resume, Status, StatusChanged, Stop
from foot_coach.ui.runner import MAX_TIMER_MS, QtScheduler, Runner


def make_runner(catalog: Catalog, clock, scheduler, ids=("toe-curls",), count=2) -> Runner:
    items = [RoutineItem(catalog.get(i), Prescription(count, 3, 3, 2)) for i in ids]
    runner = Runner(clock, scheduler)
    runner.load(compile_routine(items, Timing(get_ready_s=5, switch_s=2, rest_s=4)))
    return runner


def test_display_updates_each_second_and_phase_on_time(qtbot, catalog, clock, scheduler) -> None:
    runner = make_runner(catalog, clock, scheduler)
    views = []
    runner.sig_view.connect(views.append)
    runner.start()
    scheduler.run_until_idle()
    shown = [v.seconds_shown for v in views]
    assert shown[:6] == [5, 4, 3, 2, 1, 3]  # get ready counts down, then the hold's 3 s
    assert views[-1].status is Status.FINISHED
    assert scheduler.pending is None  # nothing left armed when the routine is over


def test_paused_session_arms_nothing(qtbot, catalog, clock, scheduler) -> None:
    runner = make_runner(catalog, clock, scheduler)
    runner.start()
    scheduler.advance()
    assert runner.send(Pause())
    assert scheduler.pending is None
    clock.now += 600_000
    assert runner.send(Resume())
    assert scheduler.pending is not None
    assert runner.view().remaining_ms == 4000


def test_illegal_input_is_ignored(qtbot, catalog, clock, scheduler) -> None:
    runner = make_runner(catalog, clock, scheduler)
    assert not runner.send(Resume())
    assert runner.session.status is Status.READY


def test_late_wakes_do_not_drift(qtbot, catalog, clock, scheduler) -> None:
    runner = make_runner(catalog, clock, scheduler, ids=("toe-curls", "heel-to-toe-walk"))
    statuses = []
    runner.sig_status.connect(statuses.append)
    start = clock.now
    runner.start()
    while scheduler.advance(late_ms=37):
        pass
    finished = [s for s in statuses if s.status is Status.FINISHED]
    assert finished[0].at_ms == start + runner.session.plan.total_ms


def test_long_gap_means_sleep_and_pauses_where_it_was(qtbot, catalog, clock, scheduler) -> None:
    runner = make_runner(catalog, clock, scheduler)
    phases = []
    runner.sig_phase_started.connect(lambda n: phases.append(n.phase.kind))
    runner.start()
    for _ in range(6):  # into the first hold
        scheduler.advance()
    assert runner.session.phase.kind is PhaseKind.HOLD
    left = runner.view().remaining_ms
    scheduler.advance(late_ms=3_600_000)  # the laptop slept for an hour mid-hold
    assert runner.session.status is Status.PAUSED
    assert runner.session.phase.kind is PhaseKind.HOLD
    assert runner.view().remaining_ms == left - 1000
    assert phases.count(PhaseKind.RELEASE) == 0


class SpedUpClock(FakeClock):
    """A session clock 200 times faster than the wall, as demos and system tests run it."""

    scale = 200

    def real_ms_until(self, target_ms: int) -> int:
        return max(0, math.ceil((target_ms - self.now) / self.scale))

    def real_ms(self, duration_ms: int) -> int:
        return max(1, math.ceil(duration_ms / self.scale))


class SpedUpScheduler(FakeScheduler):
    def arm(self, delay_ms: int, callback: Callable[[], None]) -> None:
        super().arm(delay_ms * SpedUpClock.scale, callback)


def test_on_a_fast_clock_a_busy_moment_is_not_sleep(qtbot, catalog) -> None:
    clock = SpedUpClock()
    scheduler = SpedUpScheduler(clock)
    runner = make_runner(catalog, clock, scheduler, count=10)
    runner.start()
    scheduler.advance(late_ms=200 * 200)  # 200 ms late on the wall: 40 s of session time
    assert runner.session.status is Status.RUNNING
    scheduler.advance(late_ms=200 * 60_000)  # a minute on the wall: that was sleep
    assert runner.session.status is Status.PAUSED


def test_rep_signals_reach_listeners(qtbot, catalog, clock, scheduler) -> None:
    runner = make_runner(catalog, clock, scheduler, count=3)
    reps = []
    runner.sig_rep_finished.connect(reps.append)
    runner.start()
    scheduler.run_until_idle()
    assert [r.phase.rep for r in reps] == [1, 2, 3]


def test_qt_scheduler_guards_the_32_bit_range(qtbot) -> None:
    scheduler = QtScheduler()
    scheduler.arm(10**12, lambda: None)
    assert scheduler.timer.interval() == MAX_TIMER_MS
    assert scheduler.timer.timerType() == Qt.TimerType.PreciseTimer
    assert scheduler.timer.isSingleShot()
    scheduler.cancel()
    assert not scheduler.timer.isActive()


def test_qt_scheduler_fires_once(qtbot) -> None:
    scheduler = QtScheduler()
    fired = []
    scheduler.arm(0, lambda: fired.append(1))
    qtbot.waitUntil(lambda: fired == [1], timeout=1000)
    scheduler.arm(5, lambda: fired.append(2))
    scheduler.arm(0, lambda: fired.append(3))  # arming again replaces the pending call
    qtbot.waitUntil(lambda: fired == [1, 3], timeout=1000)
    qtbot.wait(20)
    assert fired == [1, 3]


@pytest.mark.parametrize("scale", [1.0, 20.0])
def test_scaled_clock_real_wait(scale: float) -> None:
    from foot_coach.core.clock import ScaledClock

    ticks = iter([0, 0, 0])
    clock = ScaledClock(scale, source=lambda: next(ticks))
    assert clock.real_ms_until(2000) == int(2000 / scale)


def test_the_pictures_move_at_the_session_clocks_speed(qtbot, catalog: Catalog) -> None:
    from foot_coach.core.clock import ScaledClock
    from foot_coach.core.session import PhaseStarted
    from foot_coach.ui.pages.session_page import SessionPage

    plan = compile_routine([RoutineItem(catalog.get("ankle-circles"), Prescription(2, pace_s=4))])
    index, move = next((i, p) for i, p in enumerate(plan.phases) if p.kind is PhaseKind.MOVE)
    page = SessionPage()
    qtbot.addWidget(page)
    page.load(plan, ScaledClock(20, source=lambda: 0).real_ms)  # twenty times faster
    page.show_phase(PhaseStarted(index, move, 0))
    assert move.duration_ms == 4000
    assert page.picture._circle.duration() == 200  # one circle in a twentieth of the time


def test_a_start_after_a_wait_starts_then_and_not_before(qtbot, catalog, clock, scheduler) -> None:
    runner = make_runner(catalog, clock, scheduler)
    runner.start(after_ms=2_000)
    assert runner.session.status is Status.READY
    clock.now += 1_500
    runner.start(after_ms=1_000)  # armed again: the start moves
    assert scheduler.advance() and runner.session.status is Status.RUNNING
    assert runner.session.next_deadline() == 1_000 + 1_500 + 1_000 + 5_000


def test_pause_while_waiting_holds_the_start_until_resume(qtbot, catalog, clock, scheduler):
    runner = make_runner(catalog, clock, scheduler)
    runner.start(after_ms=2_000)
    assert runner.send(Pause()) and runner.session.status is Status.PAUSED
    assert scheduler.pending is None  # the wait went with the pause
    runner.start(after_ms=500)  # the window coming forward late arms nothing now
    assert scheduler.pending is None
    clock.now += 60_000
    assert runner.send(Resume()) and runner.session.status is Status.RUNNING
    assert runner.view().remaining_ms == 5_000  # the whole lead-in, from now


def test_stop_while_waiting_ends_the_session_before_it_began(qtbot, catalog, clock, scheduler):
    runner = make_runner(catalog, clock, scheduler)
    notes = []
    runner.sig_notes.connect(notes.extend)
    runner.start(after_ms=2_000)
    assert runner.send(Stop())
    assert scheduler.pending is None and not runner.view().begun
    assert [type(n) for n in notes] == [StatusChanged]  # no phase began, no rep was done
