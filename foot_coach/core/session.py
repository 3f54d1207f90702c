"""The session state machine: one transition table, fed `now` (ms) from a monotonic clock.

Deadlines are absolute times on the injected clock. When a phase ends, the next one starts at
the old deadline, not at the moment the timer fired, so a late wake-up never adds drift.

A session may wait a moment before it starts (a screen reader names where it is first). What a
person presses meanwhile counts: Stop ends it before it began, with nothing done, and Pause
holds it, as it holds a running one, until Resume starts it.
"""

from __future__ import annotations

from collections.abc import Callable

from foot_coach.core.phase_kind import PhaseKind
from foot_coach.core.routine import Phase, Plan
from foot_coach.core.session_events import (
    BackExercise,
    BackRep,
    Event,
    IllegalEventError,
    Note,
    Pause,
    PhaseStarted,
    RepFinished,
    RestartExercise,
    Resume,
    SkipExercise,
    SkipRep,
    Start,
    Status,
    StatusChanged,
    Stop,
    Tick,
    View,
)

# Callers take the events and notes from here, with the machine that uses them.
__all__ = [
    "BackExercise",
    "BackRep",
    "Event",
    "IllegalEventError",
    "Note",
    "Pause",
    "PhaseStarted",
    "RepFinished",
    "RestartExercise",
    "Resume",
    "Session",
    "SkipExercise",
    "SkipRep",
    "Start",
    "Status",
    "StatusChanged",
    "Stop",
    "Tick",
    "View",
]


class Session:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.status = Status.READY
        self.begun = False  # started, not only loaded (and perhaps paused before the start)
        self.index = 0
        self._deadline = 0  # absolute, while RUNNING
        self._remaining = plan.phases[0].duration_ms  # while READY or PAUSED
        self._active_done = 0  # active ms of phases already left
        self._elapsed_before = 0  # planned ms of phases before `index`

    # --- the one entry point --------------------------------------------------------------
    def apply(self, event: Event, now: int) -> list[Note]:
        handler = _TABLE.get((self.status, type(event)))
        if handler is None:
            raise IllegalEventError(
                f"{type(event).__name__} is not allowed while {self.status.name}"
            )
        notes: list[Note] = []
        handler(self, event, now, notes)
        return notes

    # --- what the runner asks ---------------------------------------------------------------
    @property
    def phase(self) -> Phase:
        return self.plan.phases[self.index]

    def next_deadline(self) -> int | None:
        return self._deadline if self.status is Status.RUNNING else None

    def next_wake(self, now: int) -> int | None:
        """The next moment the display changes: the phase deadline or a whole-second boundary."""
        if self.status is not Status.RUNNING:
            return None
        remaining = self.remaining_ms(now)
        whole = max(0, (remaining - 1) // 1000)
        return self._deadline - whole * 1000

    def remaining_ms(self, now: int) -> int:
        if self.status is Status.RUNNING:
            return max(0, self._deadline - now)
        return self._remaining if self.status in (Status.READY, Status.PAUSED) else 0

    def active_ms(self, now: int) -> int:
        in_phase = self.status in (Status.RUNNING, Status.PAUSED) and self.phase.kind.active
        current = self.phase.duration_ms - self.remaining_ms(now) if in_phase else 0
        return self._active_done + current

    def view(self, now: int) -> View:
        remaining = self.remaining_ms(now)
        done = self._elapsed_before + self.phase.duration_ms - remaining
        total = self.plan.total_ms
        progress = 1.0 if self.status is Status.FINISHED or not total else done / total
        return View(
            status=self.status,
            index=self.index,
            phase=self.phase,
            remaining_ms=remaining,
            seconds_shown=-(-remaining // 1000),
            progress=min(1.0, progress),
            active_ms=self.active_ms(now),
            begun=self.begun,
        )

    # --- transitions ----------------------------------------------------------------------------
    def _start(self, _: Event, now: int, notes: list[Note]) -> None:
        self.begun = True
        self.status = Status.RUNNING
        self._deadline = now + self._remaining
        notes.append(StatusChanged(Status.RUNNING, now))
        notes.append(PhaseStarted(self.index, self.phase, now))
        self._advance(now, notes)

    def _tick(self, _: Event, now: int, notes: list[Note]) -> None:
        self._advance(now, notes)

    def _pause(self, _: Event, now: int, notes: list[Note]) -> None:
        self._remaining = self.remaining_ms(now)
        self.status = Status.PAUSED
        notes.append(StatusChanged(Status.PAUSED, now))

    def _resume(self, event: Event, now: int, notes: list[Note]) -> None:
        if not self.begun:  # paused before the start: carrying on is starting
            self._start(event, now, notes)
            return
        self._deadline = now + self._remaining
        self.status = Status.RUNNING
        notes.append(StatusChanged(Status.RUNNING, now))

    def _stop(self, event: Event, now: int, notes: list[Note]) -> None:
        self._leave_phase(now)
        self._remaining = 0
        self.status = Status.STOPPED
        notes.append(StatusChanged(Status.STOPPED, now, getattr(event, "reason", "")))

    def _skip_rep(self, _: Event, now: int, notes: list[Note]) -> None:
        phases = self.plan.phases
        target = next(i for i in range(self.index + 1, len(phases)) if phases[i].starts_unit)
        self._jump(target, now, notes)

    def _back_rep(self, _: Event, now: int, notes: list[Note]) -> None:
        unit = self._unit_start(self.index)
        self._jump(self._unit_start(unit - 1) if unit > 0 else 0, now, notes)

    def _skip_exercise(self, _: Event, now: int, notes: list[Note]) -> None:
        following = self.phase.exercise_index + 1
        if following < len(self.plan.items):
            self._jump(self.plan.block_start(following), now, notes)
        else:
            self._jump(len(self.plan.phases) - 1, now, notes)

    def _back_exercise(self, _: Event, now: int, notes: list[Note]) -> None:
        current = self.phase.exercise_index
        start = self.plan.block_start(current)
        if self.index == start and current > 0:
            start = self.plan.block_start(current - 1)
        self._jump(start, now, notes)

    def _restart_exercise(self, _: Event, now: int, notes: list[Note]) -> None:
        self._jump(self.plan.block_start(self.phase.exercise_index), now, notes)

    # --- helpers -----------------------------------------------------------------------------
    def _unit_start(self, index: int) -> int:
        while index > 0 and not self.plan.phases[index].starts_unit:
            index -= 1
        return index

    def _leave_phase(self, now: int) -> None:
        """Book the active time spent in the current phase before moving away from it."""
        if self.phase.kind.active:
            self._active_done += self.phase.duration_ms - self.remaining_ms(now)

    def _jump(self, target: int, now: int, notes: list[Note]) -> None:
        self._leave_phase(now)
        self._enter(target, now, notes)
        if self.status is Status.RUNNING:
            self._advance(now, notes)

    def _enter(self, target: int, start: int, notes: list[Note]) -> None:
        self._elapsed_before = sum(p.duration_ms for p in self.plan.phases[:target])
        self.index = target
        duration = self.phase.duration_ms
        if self.status is Status.RUNNING:
            self._deadline = start + duration
        else:
            self._remaining = duration
        notes.append(PhaseStarted(target, self.phase, start))
        if self.phase.kind is PhaseKind.DONE:
            self.status = Status.FINISHED
            self._remaining = 0
            notes.append(StatusChanged(Status.FINISHED, start))

    def _advance(self, now: int, notes: list[Note]) -> None:
        """End every phase whose deadline has passed, each starting the next at its deadline."""
        while self.status is Status.RUNNING and self._deadline <= now:
            ended, at = self.phase, self._deadline
            if ended.kind.active:
                self._active_done += ended.duration_ms
            if ended.finishes_rep:
                notes.append(RepFinished(ended, at))
            self._enter(self.index + 1, at, notes)


_Handler = Callable[[Session, Event, int, list[Note]], None]
_S = Status
_TABLE: dict[tuple[Status, type], _Handler] = {
    (_S.READY, Start): Session._start,
    (_S.READY, Pause): Session._pause,
    (_S.READY, Stop): Session._stop,
    (_S.RUNNING, Tick): Session._tick,
    (_S.RUNNING, Pause): Session._pause,
    (_S.RUNNING, Stop): Session._stop,
    (_S.PAUSED, Resume): Session._resume,
    (_S.PAUSED, Stop): Session._stop,
    **{
        (status, kind): handler
        for status in (_S.RUNNING, _S.PAUSED)
        for kind, handler in (
            (SkipRep, Session._skip_rep),
            (BackRep, Session._back_rep),
            (SkipExercise, Session._skip_exercise),
            (BackExercise, Session._back_exercise),
            (RestartExercise, Session._restart_exercise),
        )
    },
}
