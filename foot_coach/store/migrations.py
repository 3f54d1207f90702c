"""The schema, built only through numbered steps keyed by PRAGMA user_version."""

from __future__ import annotations

import sqlite3

V1 = """
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    day TEXT NOT NULL,
    ended_at TEXT,
    outcome TEXT NOT NULL DEFAULT 'running'
        CHECK (outcome IN ('running', 'completed', 'stopped', 'interrupted')),
    stop_reason TEXT NOT NULL DEFAULT '',
    routine TEXT NOT NULL DEFAULT '',
    active_ms INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_day ON sessions(day);
CREATE TABLE sets (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    exercise_id TEXT NOT NULL,
    side TEXT NOT NULL,
    direction TEXT NOT NULL,
    prescribed_reps INTEGER NOT NULL,
    done_reps INTEGER NOT NULL DEFAULT 0,
    hold_s INTEGER NOT NULL DEFAULT 0,
    pace_s INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    day TEXT NOT NULL
);
CREATE INDEX sets_exercise_day ON sets(exercise_id, day);
CREATE INDEX sets_session ON sets(session_id);
"""

V2 = """
CREATE TABLE checkins (
    id INTEGER PRIMARY KEY,
    session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
    at TEXT NOT NULL,
    day TEXT NOT NULL,
    moment TEXT NOT NULL CHECK (moment IN ('before', 'after', 'other')),
    back INTEGER CHECK (back BETWEEN 0 AND 10),
    hip INTEGER CHECK (hip BETWEEN 0 AND 10),
    knee INTEGER CHECK (knee BETWEEN 0 AND 10)
);
CREATE INDEX checkins_day ON checkins(day);
CREATE TABLE ratings (
    id INTEGER PRIMARY KEY,
    session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,
    exercise_id TEXT NOT NULL,
    at TEXT NOT NULL,
    day TEXT NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('too-easy', 'about-right', 'too-hard'))
);
CREATE INDEX ratings_exercise_day ON ratings(exercise_id, day);
CREATE TABLE prescription_changes (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    day TEXT NOT NULL,
    exercise_id TEXT NOT NULL,
    count INTEGER NOT NULL,
    hold_s INTEGER NOT NULL DEFAULT 0,
    pace_s INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL CHECK (source IN ('auto', 'manual', 'reset')),
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX prescription_changes_exercise_day ON prescription_changes(exercise_id, day);
"""

# The History page sums reps and holds per exercise over years: an index that holds those
# columns answers from the index alone. It supersedes the (exercise_id, day) index.
V3 = """
CREATE INDEX sets_exercise_day_totals ON sets(exercise_id, day, done_reps, hold_s);
DROP INDEX sets_exercise_day;
"""

# Past sessions are listed newest start first by the real moment: julianday() reads the UTC
# offset, so the hour repeated when the clocks go back sorts right. Without an index on it
# SQLite computed it for every session, summed each one's reps and sorted them all to show
# fifty; with it, it reads the newest fifty in order. julianday() of a column is
# deterministic, which an index may use from SQLite 3.20 (2017) on.
V4 = """
CREATE INDEX sessions_started ON sessions(julianday(started_at), id);
"""

# Why an amount changed, as the templates and numbers the line is made of, so the report shows
# it in the reader's language; `reason` keeps the English line, and is all rows written
# before this step have (they are shown as they are).
V5 = """
ALTER TABLE prescription_changes ADD COLUMN what TEXT NOT NULL DEFAULT '';
ALTER TABLE prescription_changes ADD COLUMN what_value INTEGER NOT NULL DEFAULT 0;
ALTER TABLE prescription_changes ADD COLUMN why TEXT NOT NULL DEFAULT '';
ALTER TABLE prescription_changes ADD COLUMN why_value INTEGER NOT NULL DEFAULT 0;
"""

# Whether a session counts (a repetition done in it) and its minutes, per day over years, are
# read from these two indexes alone, without visiting each session's and set's row: a ten-year
# History read them some 2,700 and 24,000 times. Each supersedes the narrower index it extends.
V6 = """
CREATE INDEX sets_session_done ON sets(session_id, done_reps);
DROP INDEX IF EXISTS sets_session;
CREATE INDEX sessions_day_active ON sessions(day, active_ms);
DROP INDEX IF EXISTS sessions_day;
"""

# STEPS[n] takes a database from version n to n + 1. Never edit a released step: add one.
STEPS: tuple[str, ...] = (V1, V2, V3, V4, V5, V6)
CURRENT_VERSION = len(STEPS)
# The oldest version every query can read as it is: the steps after it add indexes, and the
# reasons' templates, which the report reads only where they are (report_queries), so a history
# that cannot be upgraded (a read-only disk) is still shown, if more slowly.
READABLE_FROM = 3

EXPECTED_TABLES = {
    "sessions": {"id", "started_at", "day", "ended_at", "outcome", "active_ms"},
    "sets": {"id", "session_id", "exercise_id", "side", "direction", "done_reps", "day"},
    "checkins": {"id", "at", "day", "moment", "back", "hip", "knee"},
    "ratings": {"id", "exercise_id", "at", "rating"},
    "prescription_changes": {"id", "at", "exercise_id", "count", "source"},
}


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def upgrade(conn: sqlite3.Connection, target: int = CURRENT_VERSION) -> list[int]:
    """Apply each missing step in its own transaction; returns the versions reached."""
    reached = []
    for step in range(version(conn), target):
        with conn:  # one transaction per step: a failed step leaves the previous version
            conn.execute("BEGIN IMMEDIATE")
            for statement in STEPS[step].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {step + 1}")
        reached.append(step + 1)
    return reached
