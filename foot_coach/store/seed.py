"""Synthetic history for tests, screenshots and benchmarks: realistic daily use over `days`."""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta

from foot_coach.core.progression import COUNT_NOW, WHY_GROWN, Reason
from foot_coach.store.db import transaction

EXERCISES = (
    ("toe-curls", "both", ("none",), 3, 0),
    ("arch-raises", "both", ("none",), 3, 0),
    ("heel-to-toe-walk", "both", ("forward", "back"), 0, 2),
    ("ankle-circles", "right,left", ("clockwise", "anticlockwise"), 0, 3),
    ("toe-spreading", "both", ("none",), 3, 0),
)


def _session(
    conn: sqlite3.Connection, day: date, rng: random.Random, reps: int, checkin: bool = False
) -> None:
    stamp = f"{day.isoformat()}T{rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}:00+01:00"
    completed = rng.random() > 0.08
    cur = conn.execute(
        "INSERT INTO sessions (started_at, day, ended_at, outcome, routine, active_ms) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (stamp, day.isoformat(), stamp, "completed" if completed else "stopped",
         ",".join(e[0] for e in EXERCISES), 0),
    )  # fmt: skip
    session_id = cur.lastrowid
    active = 0
    position = 0
    for exercise_id, sides, directions, hold, pace in EXERCISES:
        for side in sides.split(","):
            for direction in directions:
                done = reps if completed else rng.randint(0, reps)
                conn.execute(
                    "INSERT INTO sets (session_id, position, exercise_id, side, direction, "
                    "prescribed_reps, done_reps, hold_s, pace_s, skipped, day) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (session_id, position, exercise_id, side, direction, reps, done, hold,
                     pace, int(done < reps), day.isoformat()),
                )  # fmt: skip
                active += done * (hold * 2 + pace) * 1000
                position += 1
    conn.execute("UPDATE sessions SET active_ms = ? WHERE id = ?", (active, session_id))
    if checkin or rng.random() < 0.3:
        pain = [max(0, min(10, round(rng.gauss(4, 1.5)))) for _ in range(3)]
        conn.execute(
            "INSERT INTO checkins (session_id, at, day, moment, back, hip, knee) "
            "VALUES (?, ?, ?, 'before', ?, ?, ?)",
            (session_id, stamp, day.isoformat(), *pain),
        )


def seed_history(conn: sqlite3.Connection, days: int, end: date, rng: random.Random) -> int:
    """Write about five sessions a week for `days` days ending at `end`, the toe curls' count
    growing from 10 to 15 over them; returns sessions."""
    written, count = 0, 10
    with transaction(conn):
        for offset in range(days, -1, -1):
            day = end - timedelta(days=offset)
            reps = min(15, 10 + (days - offset) * 5 // max(days, 1))
            if reps != count:
                _raised(conn, day, reps)
                count = reps
            if rng.random() < 0.72:
                _session(conn, day, rng, reps)
                written += 1
    return written


def _raised(conn: sqlite3.Connection, day: date, count: int) -> None:
    """A change as the app writes one: only when the amount changes, its reason kept as the
    templates and numbers the report tells in its reader's language."""
    why = Reason(COUNT_NOW, count, WHY_GROWN)
    conn.execute(
        "INSERT INTO prescription_changes (at, day, exercise_id, count, hold_s, pace_s, source, "
        "reason, what, what_value, why, why_value) VALUES (?, ?, 'toe-curls', ?, 3, 0, 'auto', "
        "?, ?, ?, ?, ?)",
        (f"{day.isoformat()}T08:00:00+01:00", day.isoformat(), count, why.english, why.what,
         why.what_value, why.why, why.why_value),
    )  # fmt: skip


def seed_first_days(conn: sqlite3.Connection, days: int, end: date, rng: random.Random) -> int:
    """A newcomer's history: one session on each of the last `days` days up to `end`, each
    with a pain check-in, as a first week looks. Returns the sessions written."""
    with transaction(conn):
        for offset in range(days - 1, -1, -1):
            day = end - timedelta(days=offset)
            _session(conn, day, rng, 10, checkin=True)
    return days
