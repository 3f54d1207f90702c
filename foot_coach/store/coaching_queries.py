"""What the coaching rules need from the history: outcomes per exercise, days, check-ins;
and the days exercised, which the reminders ask about at start (queries.py, for the History
page, loads when that page or a session's end first needs it)."""

from __future__ import annotations

import sqlite3
from datetime import date

from foot_coach.core.care import CheckIn
from foot_coach.core.progression import Outcome, Rating

# A session is one done once a repetition (or hold) was done in it: one in which every
# exercise was skipped, or stopped before the first, is listed but counts for nothing.
DONE = "EXISTS (SELECT 1 FROM sets t WHERE t.session_id = s.id AND t.done_reps > 0)"


def outcomes_since(conn: sqlite3.Connection, exercise_id: str, since_at: str) -> list[Outcome]:
    """Finished sessions that included the exercise, started at or after `since_at` (ISO
    text, as stored; "" for all), oldest first. Completed = every set done in full."""
    rows = conn.execute(
        "SELECT s.day, min(st.skipped = 0 AND st.done_reps >= st.prescribed_reps), "
        "(SELECT r.rating FROM ratings r WHERE r.session_id = s.id AND r.exercise_id = ?1 "
        " ORDER BY r.id DESC LIMIT 1) "
        "FROM sessions s JOIN sets st ON st.session_id = s.id "
        "WHERE st.exercise_id = ?1 AND s.outcome != 'running' AND s.started_at >= ?2 "
        "GROUP BY s.id ORDER BY s.id",
        (exercise_id, since_at),
    )
    return [
        Outcome(date.fromisoformat(day), bool(done), Rating(rating) if rating else None)
        for day, done, rating in rows
    ]


def last_day_done(conn: sqlite3.Connection, exercise_id: str, before: date) -> date | None:
    """The last day before `before` with at least one repetition of the exercise."""
    row = conn.execute(
        "SELECT max(day) FROM sets WHERE exercise_id = ? AND done_reps > 0 AND day < ?",
        (exercise_id, before.isoformat()),
    ).fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def checkins_since(conn: sqlite3.Connection, start: date) -> list[CheckIn]:
    rows = conn.execute(
        "SELECT day, back, hip, knee FROM checkins WHERE day >= ? ORDER BY at, id",
        (start.isoformat(),),
    )
    return [CheckIn(date.fromisoformat(day), back, hip, knee) for day, back, hip, knee in rows]


def active_days(conn: sqlite3.Connection, start: date, end: date) -> list[date]:
    """Days with at least one finished rep."""
    # Walks sessions by their day index and looks into each one's sets, rather than
    # scanning every set ever written.
    rows = conn.execute(
        f"SELECT DISTINCT s.day FROM sessions s WHERE s.day BETWEEN ? AND ? AND {DONE} "
        "ORDER BY s.day",
        (start.isoformat(), end.isoformat()),
    )
    return [date.fromisoformat(r[0]) for r in rows]
