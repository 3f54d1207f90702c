"""The one bridge from the session machine to Qt: one single-shot timer to the next deadline.

The core exposes its next wake-up (a whole-second boundary of the countdown, or the phase
deadline); this adapter re-arms one timer to it after every input and every wake. Nothing runs
while a session is paused or over. A wake far later than planned means the computer slept:
the session is paused where it was, not fast-forwarded. A session may also wait before its
clock starts (ui/place_first.py): that wait is this same timer, so Pause or Stop meanwhile
(which re-arm it to nothing) hold or end the session before it starts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from foot_coach.core.routine import Plan
from foot_coach.core.session import (
    Event,
    IllegalEventError,
    Note,
    Pause,
    PhaseStarted,
    RepFinished,
    Session,
    Start,
    Status,
    StatusChanged,
    Tick,
    View,
)

# QTimer takes a signed 32-bit millisecond interval.
MAX_TIMER_MS = 2**31 - 1
# A wake this much later than planned, in real time, means the computer was asleep. Real, not
# session time: on a sped-up clock a busy machine's ordinary 150 ms lateness is 30 session
# seconds, and taking that for sleep paused demo and test sessions at random.
SLEEP_GAP_MS = 30_000


class SessionClock(Protocol):
    def __call__(self) -> int: ...

    def real_ms_until(self, target_ms: int) -> int: ...

    def real_ms(self, duration_ms: int) -> int: ...


class Scheduler(Protocol):
    """Holds at most one pending callback; arming again replaces it."""

    def arm(self, delay_ms: int, callback: Callable[[], None]) -> None: ...

    def cancel(self) -> None: ...


class QtScheduler:
    """The production scheduler: one precise single-shot QTimer."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.timer = QTimer(parent)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._callback: Callable[[], None] | None = None
        self.timer.timeout.connect(self._fire)

    def arm(self, delay_ms: int, callback: Callable[[], None]) -> None:
        self._callback = callback
        self.timer.start(max(0, min(delay_ms, MAX_TIMER_MS)))

    def cancel(self) -> None:
        self.timer.stop()
        self._callback = None

    def _fire(self) -> None:
        if self._callback is not None:
            self._callback()


class Runner(QObject):
    """Feeds the machine `now` and input; tells the screens what changed."""

    sig_view = Signal(object)  # View
    sig_phase_started = Signal(object)  # PhaseStarted
    sig_rep_finished = Signal(object)  # RepFinished
    sig_status = Signal(object)  # StatusChanged
    sig_notes = Signal(object)  # list[Note], for the recorder

    def __init__(
        self, clock: SessionClock, scheduler: Scheduler | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.scheduler = scheduler or QtScheduler(self)
        self.session: Session | None = None
        self._planned_wake: int | None = None

    def load(self, plan: Plan) -> Session:
        self.scheduler.cancel()
        self.session = Session(plan)
        return self.session

    def start(self, after_ms: int = 0) -> None:
        """Start the loaded session now, or `after_ms` of real time from now (arming again
        moves the start). A session no longer waiting (paused, stopped) is left as it is."""
        if self.session is None or self.session.status is not Status.READY:
            return
        if after_ms <= 0:
            self.send(Start())
        else:
            self._planned_wake = None
            self.scheduler.arm(after_ms, self._begin)

    def _begin(self) -> None:
        if self.session is not None and self.session.status is Status.READY:
            self.send(Start())

    def send(self, event: Event) -> bool:
        """Apply a person's input now; False (and no change) when it does not apply."""
        if self.session is None:
            return False
        try:
            notes = self.session.apply(event, self.clock())
        except IllegalEventError:
            return False
        self._publish(notes)
        return True

    def active(self) -> bool:
        """A session is running or paused (not ready, finished or stopped)."""
        return self.session is not None and self.session.status in (Status.RUNNING, Status.PAUSED)

    def view(self) -> View | None:
        return self.session.view(self.clock()) if self.session else None

    def _wake(self) -> None:
        session, now = self.session, self.clock()
        if session is None or session.status is not Status.RUNNING:
            return
        planned = self._planned_wake if self._planned_wake is not None else now
        if self.clock.real_ms(now - planned) > SLEEP_GAP_MS:
            # Asleep: finish what was due when we slept, then hold the session there.
            notes = session.apply(Tick(), planned)
            if session.status is Status.RUNNING:
                notes += session.apply(Pause(), planned)
        else:
            notes = session.apply(Tick(), now)
        self._publish(notes)

    def _publish(self, notes: list[Note]) -> None:
        assert self.session is not None
        for note in notes:
            if isinstance(note, PhaseStarted):
                self.sig_phase_started.emit(note)
            elif isinstance(note, RepFinished):
                self.sig_rep_finished.emit(note)
            elif isinstance(note, StatusChanged):
                self.sig_status.emit(note)
        if notes:
            self.sig_notes.emit(notes)
        self.sig_view.emit(self.session.view(self.clock()))
        self._rearm()

    def _rearm(self) -> None:
        assert self.session is not None
        wake = self.session.next_wake(self.clock())
        self._planned_wake = wake
        if wake is None:
            self.scheduler.cancel()
        else:
            self.scheduler.arm(self.clock.real_ms_until(wake), self._wake)
