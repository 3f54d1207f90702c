"""Writing the session log. Each call is its own committed transaction, so a crash loses nothing
that was already reported finished. Times are the person's local wall-clock times."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from foot_coach.core.progression import NO_REASON, Reason, Source
from foot_coach.core.record import record
from foot_coach.store.db import transaction

if TYPE_CHECKING:  # the care rules load with the check-ins, after the first paint
    from foot_coach.core.care import Moment


def _stamp(at: datetime) -> tuple[str, str]:
    if at.tzinfo is None:
        raise ValueError("log times must carry their UTC offset")
    return at.isoformat(timespec="seconds"), at.date().isoformat()


def _insert(conn: sqlite3.Connection, sql: str, params: Sequence[object]) -> int:
    with transaction(conn):
        row_id = conn.execute(sql, params).lastrowid
    assert row_id is not None
    return row_id


def _update(conn: sqlite3.Connection, sql: str, params: Sequence[object]) -> int:
    with transaction(conn):
        return conn.execute(sql, params).rowcount


def start_session(conn: sqlite3.Connection, started_at: datetime, routine: Sequence[str]) -> int:
    at, day = _stamp(started_at)
    sql = "INSERT INTO sessions (started_at, day, routine) VALUES (?, ?, ?)"
    return _insert(conn, sql, (at, day, ",".join(routine)))


def start_set(
    conn: sqlite3.Connection,
    session_id: int,
    position: int,
    exercise_id: str,
    side: str,
    direction: str,
    prescribed_reps: int,
    hold_s: int,
    pace_s: int,
    at: datetime,
) -> int:
    sql = (
        "INSERT INTO sets (session_id, position, exercise_id, side, direction, "
        "prescribed_reps, hold_s, pace_s, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    values = (session_id, position, exercise_id, side, direction, prescribed_reps, hold_s, pace_s)
    return _insert(conn, sql, (*values, _stamp(at)[1]))


def record_rep(conn: sqlite3.Connection, set_id: int, session_active_ms: int) -> None:
    """One finished rep, committed before the next one starts."""
    with transaction(conn):
        conn.execute("UPDATE sets SET done_reps = done_reps + 1 WHERE id = ?", (set_id,))
        conn.execute(
            "UPDATE sessions SET active_ms = max(active_ms, ?) "
            "WHERE id = (SELECT session_id FROM sets WHERE id = ?)",
            (session_active_ms, set_id),
        )


def finish_set(conn: sqlite3.Connection, set_id: int, skipped: bool) -> None:
    _update(conn, "UPDATE sets SET skipped = ? WHERE id = ?", (int(skipped), set_id))


def end_session(
    conn: sqlite3.Connection, session_id: int, ended_at: datetime, outcome: str, reason: str = ""
) -> None:
    sql = "UPDATE sessions SET ended_at = ?, outcome = ?, stop_reason = ? WHERE id = ?"
    _update(conn, sql, (_stamp(ended_at)[0], outcome, reason, session_id))


# A NamedTuple, not a dataclass: defined before the first paint, where a frozen dataclass
# costs 0.3-0.7 ms to define (dataclasses compiles its methods at import).
class SessionSummary(NamedTuple):
    id: int
    started_at: str
    outcome: str
    routine: tuple[str, ...]
    active_ms: int
    reps_done: int


def mark_interrupted(conn: sqlite3.Connection) -> list[int]:
    """Sessions left 'running' by a crash become 'interrupted'; everything recorded stays."""
    with transaction(conn):
        ids = [r[0] for r in conn.execute("SELECT id FROM sessions WHERE outcome = 'running'")]
        conn.execute(
            "UPDATE sessions SET outcome = 'interrupted', ended_at = started_at "
            "WHERE outcome = 'running'"
        )
    return ids


def session_summary(conn: sqlite3.Connection, session_id: int) -> SessionSummary | None:
    row = conn.execute(
        "SELECT s.id, s.started_at, s.outcome, s.routine, s.active_ms, "
        "coalesce((SELECT sum(done_reps) FROM sets WHERE session_id = s.id), 0) "
        "FROM sessions s WHERE s.id = ?",
        (session_id,),
    ).fetchone()
    if row is None:
        return None
    routine = tuple(x for x in row[3].split(",") if x)
    return SessionSummary(row[0], row[1], row[2], routine, row[4], row[5])


def last_interrupted(conn: sqlite3.Connection) -> SessionSummary | None:
    row = conn.execute(
        "SELECT id FROM sessions WHERE outcome = 'interrupted' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return session_summary(conn, row[0]) if row else None


def unfinished_exercises(conn: sqlite3.Connection, session_id: int) -> list[str]:
    """What is left of a session's routine, from the exercise it was in when it stopped."""
    summary = session_summary(conn, session_id)
    if summary is None:
        return []
    row = conn.execute(
        "SELECT exercise_id FROM sets WHERE session_id = ? ORDER BY position DESC LIMIT 1",
        (session_id,),
    ).fetchone()
    routine = list(summary.routine)
    if row is None or row[0] not in routine:
        return routine
    return routine[routine.index(row[0]) :]


def annotate_session(conn: sqlite3.Connection, session_id: int, note: str) -> None:
    _update(conn, "UPDATE sessions SET note = ? WHERE id = ?", (note, session_id))


def delete_session(conn: sqlite3.Connection, session_id: int) -> None:
    _update(conn, "DELETE FROM sessions WHERE id = ?", (session_id,))


def add_checkin(
    conn: sqlite3.Connection,
    at: datetime,
    moment: Moment,
    back: int | None,
    hip: int | None,
    knee: int | None,
    session_id: int | None = None,
) -> int:
    stamp, day = _stamp(at)
    sql = (
        "INSERT INTO checkins (session_id, at, day, moment, back, hip, knee) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"
    )
    return _insert(conn, sql, (session_id, stamp, day, moment.value, back, hip, knee))


def add_rating(
    conn: sqlite3.Connection, session_id: int | None, exercise_id: str, at: datetime, rating: str
) -> int:
    stamp, day = _stamp(at)
    sql = "INSERT INTO ratings (session_id, exercise_id, at, day, rating) VALUES (?, ?, ?, ?, ?)"
    return _insert(conn, sql, (session_id, exercise_id, stamp, day, rating))


def add_prescription_change(
    conn: sqlite3.Connection,
    at: datetime,
    exercise_id: str,
    count: int,
    hold_s: int,
    pace_s: int,
    source: Source,
    reason: Reason = NO_REASON,
) -> int:
    """The reason is kept as its templates and numbers, and as English for older versions."""
    stamp, day = _stamp(at)
    sql = (
        "INSERT INTO prescription_changes (at, day, exercise_id, count, hold_s, pace_s, source, "
        "reason, what, what_value, why, why_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    values = (stamp, day, exercise_id, count, hold_s, pace_s, source.value, reason.english,
              reason.what, reason.what_value, reason.why, reason.why_value)  # fmt: skip
    return _insert(conn, sql, values)


@record
class PrescriptionRow:
    exercise_id: str
    count: int
    hold_s: int
    pace_s: int
    source: Source
    reason: str
    at: str


def latest_prescriptions(conn: sqlite3.Connection) -> dict[str, PrescriptionRow]:
    rows = conn.execute(
        "SELECT exercise_id, count, hold_s, pace_s, source, reason, at FROM prescription_changes "
        "WHERE id IN (SELECT max(id) FROM prescription_changes GROUP BY exercise_id)"
    )
    return {r[0]: PrescriptionRow(r[0], r[1], r[2], r[3], Source(r[4]), r[5], r[6]) for r in rows}
