"""Backups and CSV export of the history (restoring one is store/restore.py)."""

from __future__ import annotations

import csv
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

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


def _write_private(target: Path, columns: tuple[str, ...], rows: Iterable[Any]) -> Path:
    """Rows into a user-only temp file beside `target`, flushed; the caller renames it."""
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(columns)
            writer.writerows(rows)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return Path(temp)


def export_csv(conn: sqlite3.Connection, folder: Path) -> list[Path]:
    """Write sessions.csv, sets.csv, checkins.csv and ratings.csv (UTF-8, a header row,
    readable by the user alone: it is health data) into `folder`. All are written in full
    under temporary names first, so an export stopped midway never leaves a file with part
    of the rows under its final name."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    temps: list[tuple[Path, Path]] = []
    try:
        for name, columns in EXPORTED.items():
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {name} ORDER BY id")
            target = folder / f"{name}.csv"
            temps.append((_write_private(target, columns, rows), target))
        for temp, target in temps:
            os.replace(temp, target)  # the temp file is 0600, whatever an older export was
    finally:
        for temp, _ in temps:
            temp.unlink(missing_ok=True)
    return [target for _, target in temps]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))
