"""Backups and CSV export of the history (restoring one is store/restore.py)."""

from __future__ import annotations

import csv
import os
import sqlite3
from pathlib import Path

from foot_coach.store.db import backup_file

SESSION_COLUMNS = ("id", "started_at", "day", "ended_at", "outcome", "stop_reason", "routine",
                   "active_ms", "note")  # fmt: skip
SET_COLUMNS = ("id", "session_id", "position", "exercise_id", "side", "direction",
               "prescribed_reps", "done_reps", "hold_s", "pace_s", "skipped", "day")  # fmt: skip
CHECKIN_COLUMNS = ("id", "session_id", "at", "day", "moment", "back", "hip", "knee")
RATING_COLUMNS = ("id", "session_id", "exercise_id", "at", "day", "rating")
# Table -> columns, each table one CSV file; the README describes every column.
EXPORTED = {"sessions": SESSION_COLUMNS, "sets": SET_COLUMNS, "checkins": CHECKIN_COLUMNS,
            "ratings": RATING_COLUMNS}  # fmt: skip


def backup_to(conn: sqlite3.Connection, dest: Path) -> Path:
    return backup_file(conn, dest)


def export_csv(conn: sqlite3.Connection, folder: Path) -> list[Path]:
    """Write sessions.csv, sets.csv, checkins.csv and ratings.csv (UTF-8, a header row,
    readable by the user alone: it is health data) into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, columns in EXPORTED.items():
        target = folder / f"{name}.csv"
        rows = conn.execute(f"SELECT {', '.join(columns)} FROM {name} ORDER BY id")
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(fd, 0o600)  # an older export may have been readable by others
        with open(fd, "w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(columns)
            writer.writerows(rows)
        written.append(target)
    return written


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))
