"""Turns what the session machine reports into rows of the history log, rep by rep.

Each finished rep is written (and committed) as soon as it is reported, before the next rep
starts, so a crash or power cut loses at most the rep in progress. When the disk is full or
the folder cannot be written, what was reported waits in memory, in order and with the time
it happened, and is written on the next try; the session itself carries on.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from foot_coach.core.phase_kind import PhaseKind
from foot_coach.core.routine import Phase, Plan
from foot_coach.core.session import Note, PhaseStarted, RepFinished, Status, StatusChanged
from foot_coach.store import errors, log

WallClock = Callable[[], datetime]
SetKey = tuple[int, str, str]  # exercise index, side, direction

OUTCOMES = {Status.FINISHED: "completed", Status.STOPPED: "stopped"}


def set_key(phase: Phase) -> SetKey:
    return phase.exercise_index, phase.side.value, phase.direction.value


@dataclass
class Recorder:
    """Writes one session. `active_ms` gives the session's active time now."""

    conn: sqlite3.Connection
    plan: Plan
    wall: WallClock
    active_ms: Callable[[], int]
    path: Path = Path("history.sqlite3")  # named in messages
    on_commit: Callable[[int, int], None] | None = None  # (set id, reps now done)
    session_id: int | None = None
    pending: list[tuple[Note, datetime, int]] = field(default_factory=list)
    _sets: dict[SetKey, int] = field(default_factory=dict)
    _done: dict[SetKey, int] = field(default_factory=dict)

    def handle(self, notes: Iterable[Note]) -> None:
        """Record the notes, after any still waiting. Raises StoreError if writing fails;
        the notes are then kept and written by a later handle() or flush()."""
        self.pending.extend((note, self.wall(), self.active_ms()) for note in notes)
        self.flush()

    def follow(self, conn: sqlite3.Connection) -> None:
        """A restore replaced the history: write on into it. This session's rows were in the
        old history (kept as a copy), so nothing more is added to them."""
        self.conn, self.session_id = conn, None
        self._sets.clear()
        self._done.clear()

    def moved(self, conn: sqlite3.Connection) -> None:
        """The history file was put back after it was deleted: the same rows, a new
        connection; this session writes on as it was."""
        self.conn = conn

    def flush(self) -> None:
        while self.pending:
            note, at, active_ms = self.pending[0]
            try:
                self._write(note, at, active_ms)
            except sqlite3.Error as exc:
                problem = errors.translate(exc, self.path)
                if problem is None:
                    raise
                raise problem from exc
            self.pending.pop(0)

    def _write(self, note: Note, at: datetime, active_ms: int) -> None:
        if isinstance(note, StatusChanged):
            self._status(note, at)
        elif isinstance(note, PhaseStarted):
            self._phase(note.phase, at)
        else:
            self._rep(note, active_ms)

    def _status(self, note: StatusChanged, at: datetime) -> None:
        if note.status is Status.RUNNING and self.session_id is None:
            routine = [item.exercise.id for item in self.plan.items]
            self.session_id = log.start_session(self.conn, at, routine)
        elif note.status in OUTCOMES and self.session_id is not None:
            self._close_sets()
            reason = note.reason if note.status is Status.STOPPED else ""
            log.end_session(self.conn, self.session_id, at, OUTCOMES[note.status], reason)

    def _phase(self, phase: Phase, at: datetime) -> None:
        if phase.kind not in (PhaseKind.HOLD, PhaseKind.MOVE) or self.session_id is None:
            return
        key = set_key(phase)
        if key not in self._sets:
            item = self.plan.items[phase.exercise_index]
            rx = item.prescription
            self._sets[key] = log.start_set(
                self.conn,
                self.session_id,
                len(self._sets),
                item.exercise.id,
                key[1],
                key[2],
                rx.count,
                rx.hold_s,
                rx.pace_s,
                at,
            )
            self._done[key] = 0

    def _rep(self, note: RepFinished, active_ms: int) -> None:
        key = set_key(note.phase)
        if key in self._sets:
            log.record_rep(self.conn, self._sets[key], active_ms)
            self._done[key] += 1
            if self.on_commit is not None:
                self.on_commit(self._sets[key], self._done[key])

    def _close_sets(self) -> None:
        for key, set_id in self._sets.items():
            prescribed = self.plan.items[key[0]].prescription.count
            log.finish_set(self.conn, set_id, skipped=self._done[key] < prescribed)
