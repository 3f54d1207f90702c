"""Backups, restore (checked before anything is replaced) and CSV export of the history."""

from __future__ import annotations

import csv
import os
import sqlite3
from pathlib import Path

from foot_coach.core.words import QT_TR_NOOP, Words
from foot_coach.store import migrations
from foot_coach.store.db import backup_file, connect
from foot_coach.store.errors import BadBackupError

SQLITE_MAGIC = b"SQLite format 3\x00"
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


def _refuse(path: Path, why: Words) -> BadBackupError:
    return BadBackupError(
        path,
        Words(QT_TR_NOOP("%1 cannot be restored: %2. Your current history is kept."), path, why),
    )


def _check_structure(conn: sqlite3.Connection, path: Path) -> None:
    if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        raise _refuse(path, Words(QT_TR_NOOP("the file is damaged")))
    found = migrations.version(conn)
    if found == 0:
        raise _refuse(path, Words(QT_TR_NOOP("it is not a Foot Coach history file")))
    if found > migrations.CURRENT_VERSION:
        raise _refuse(path, Words(QT_TR_NOOP("it was made by a newer Foot Coach")))
    kinds = {r[0] for r in conn.execute("SELECT type FROM sqlite_schema")}
    if kinds & {"trigger", "view"}:
        raise _refuse(
            path, Words(QT_TR_NOOP("it contains triggers or views, which a history file never has"))
        )
    expected = {t: c for t, c in migrations.EXPECTED_TABLES.items() if t in ("sessions", "sets")}
    if found >= 2:
        expected = migrations.EXPECTED_TABLES
    for table, columns in expected.items():
        have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        if not columns <= have:
            raise _refuse(path, Words(QT_TR_NOOP("the table '%1' is missing or incomplete"), table))


def check_backup(path: Path) -> None:
    """Raise BadBackupError unless `path` is an intact Foot Coach history this app can read."""
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise _refuse(path, Words(QT_TR_NOOP("it cannot be read (%1)"), exc.strerror)) from exc
    if head != SQLITE_MAGIC:
        raise _refuse(path, Words(QT_TR_NOOP("it is not a SQLite database")))
    try:
        conn = connect(path, readonly=True)
        # Never run anything stored in a foreign file: no triggers fire on reads, and the
        # schema is inspected before any table is touched.
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
        try:
            _check_structure(conn, path)
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise _refuse(path, Words(QT_TR_NOOP("the file is damaged"))) from exc


def restore_from(current: Path, backup: Path, keep_as: Path) -> None:
    """Check `backup`, keep a copy of the current file at `keep_as`, then replace atomically."""
    check_backup(backup)
    staged = current.with_name(current.name + ".restoring")
    source = connect(backup, readonly=True)
    try:
        if current.exists():
            live = connect(current)
            try:
                backup_file(live, keep_as)
            finally:
                live.close()
        backup_file(source, staged)
    finally:
        source.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{current}{suffix}").unlink(missing_ok=True)
    os.replace(staged, current)


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
