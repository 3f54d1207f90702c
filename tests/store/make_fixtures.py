"""Builds the fixture databases of each older schema version (run once per new version).

The files are committed: they stand for what real people have on disk, so a later edit of a
released migration step shows up as a failing upgrade test.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from foot_coach.store import migrations

HERE = Path(__file__).parent / "fixtures"


def build_v1(path: Path) -> None:
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.upgrade(conn, target=1)
    conn.execute(
        "INSERT INTO sessions (started_at, day, ended_at, outcome, routine, active_ms) VALUES "
        "('2026-03-01T09:00:00+01:00', '2026-03-01', '2026-03-01T09:07:00+01:00', 'completed',"
        " 'toe-curls,arch-raises', 120000)"
    )
    conn.execute(
        "INSERT INTO sets (session_id, position, exercise_id, side, direction, prescribed_reps,"
        " done_reps, hold_s, pace_s, day) VALUES (1, 0, 'toe-curls', 'both', 'none', 10, 10, 3,"
        " 0, '2026-03-01')"
    )
    conn.close()


def build_v2(path: Path) -> None:
    build_v1(path)
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.upgrade(conn, target=2)
    conn.execute(
        "INSERT INTO checkins (session_id, at, day, moment, back, hip, knee) VALUES "
        "(1, '2026-03-01T09:08:00+01:00', '2026-03-01', 'after', 3, NULL, 1)"
    )
    conn.close()


def build_v3(path: Path) -> None:
    """Sessions saved out of order, across the autumn clock change, each with its reps."""
    build_v2(path)
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.upgrade(conn, target=3)
    starts = [("2026-11-03T09:00:00+01:00", 4), ("2026-10-25T02:30:00+01:00", 6),
              ("2026-10-25T02:45:00+02:00", 7), ("2026-11-05T07:15:00+01:00", 0)]  # fmt: skip
    for started_at, reps in starts:
        session = conn.execute(
            "INSERT INTO sessions (started_at, day, outcome, active_ms) VALUES (?, ?, ?, ?)",
            (started_at, started_at[:10], "stopped", reps * 6000),
        ).lastrowid
        conn.execute(
            "INSERT INTO sets (session_id, position, exercise_id, side, direction,"
            " prescribed_reps, done_reps, day) VALUES (?, 0, 'arch-raises', 'both', 'none',"
            " 10, ?, ?)",
            (session, reps, started_at[:10]),
        )
    conn.close()


def build_v4(path: Path) -> None:
    """Changes to an amount with their reasons in English only, as versions before 5 kept
    them: one raised by the rules, one set by hand, one handed back at the same amount."""
    build_v3(path)
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.upgrade(conn, target=4)
    changes = [
        ("2026-11-03", 11, "auto", "Raised to 11 each time: three sessions in a row finished "
         "and none felt too hard"),
        ("2026-11-04", 13, "manual", "set by hand"),
        ("2026-11-05", 13, "reset", "back to automatic"),
    ]  # fmt: skip
    for day, count, source, reason in changes:
        conn.execute(
            "INSERT INTO prescription_changes (at, day, exercise_id, count, hold_s, source, "
            "reason) VALUES (?, ?, 'toe-curls', ?, 3, ?, ?)",
            (f"{day}T09:00:00+01:00", day, count, source, reason),
        )
    conn.close()


def build_v5(path: Path) -> None:
    """A session stopped with its only set skipped, beside the done ones: listed, never
    counted, whichever indexes answer the question."""
    build_v4(path)
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.upgrade(conn, target=5)
    session = conn.execute(
        "INSERT INTO sessions (started_at, day, outcome, active_ms) VALUES "
        "('2026-11-06T08:00:00+01:00', '2026-11-06', 'stopped', 60000)"
    ).lastrowid
    conn.execute(
        "INSERT INTO sets (session_id, position, exercise_id, side, direction, prescribed_reps,"
        " done_reps, skipped, day) VALUES (?, 0, 'toe-curls', 'both', 'none', 10, 0, 1,"
        " '2026-11-06')",
        (session,),
    )
    conn.close()


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    build_v1(HERE / "history-v1.sqlite3")
    build_v2(HERE / "history-v2.sqlite3")
    build_v3(HERE / "history-v3.sqlite3")
    build_v4(HERE / "history-v4.sqlite3")
    build_v5(HERE / "history-v5.sqlite3")
