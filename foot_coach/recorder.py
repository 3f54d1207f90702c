"""Turns what the session machine reports into rows of the history log, rep by rep.

Each finished rep is written (and committed) as soon as it is reported, before the next rep
starts, so a crash or power cut loses at most the rep in progress.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from foot_coach.core.routine import Phase, PhaseKind, Plan
from foot_coach.core.session import Note, PhaseStarted, RepFinished, Status, StatusChanged
from foot_coach.store import log

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
    session_id: int | None = None
    _sets: dict[SetKey, int] = field(default_factory=dict)
    _done: dict[SetKey, int] = field(default_factory=dict)

    def handle(self, notes: Iterable[Note]) -> None:
        for note in notes:
            if isinstance(note, StatusChanged):
                self._status(note)
            elif isinstance(note, PhaseStarted):
                self._phase(note.phase)
            else:
                self._rep(note)

    def _status(self, note: StatusChanged) -> None:
        if note.status is Status.RUNNING and self.session_id is None:
            routine = [item.exercise.id for item in self.plan.items]
            self.session_id = log.start_session(self.conn, self.wall(), routine)
        elif note.status in OUTCOMES and self.session_id is not None:
            self._close_sets()
            reason = note.reason if note.status is Status.STOPPED else ""
            log.end_session(self.conn, self.session_id, self.wall(), OUTCOMES[note.status], reason)

    def _phase(self, phase: Phase) -> None:
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
                self.wall(),
            )
            self._done[key] = 0

    def _rep(self, note: RepFinished) -> None:
        key = set_key(note.phase)
        if key in self._sets:
            log.record_rep(self.conn, self._sets[key], self.active_ms())
            self._done[key] += 1

    def _close_sets(self) -> None:
        for key, set_id in self._sets.items():
            prescribed = self.plan.items[key[0]].prescription.count
            log.finish_set(self.conn, set_id, skipped=self._done[key] < prescribed)
