"""Restoring a backup: the chosen file is only read, never trusted.

Its rows are copied into a fresh history that Foot Coach builds itself from its own schema,
so nothing stored in a foreign file (a constraint, a trigger, a virtual table, an odd index)
reaches the live history, and a file from any older version works. The fresh copy then
replaces the live history's content through SQLite's backup API, in one transaction, on the
connection the app already holds. A refused file changes nothing.
"""

from __future__ import annotations

import functools
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from foot_coach.core.words import QT_TR_NOOP, Words
from foot_coach.store import migrations
from foot_coach.store.db import RESTORE_WORK_PREFIX, SQLITE_MAGIC, backup_file, connect, uri
from foot_coach.store.errors import BadBackupError, StorageFullError, reason, translate


@functools.cache  # read from the schema at the first restore, not at every start
def _tables() -> dict[str, int]:
    """Each table, parents first, with the schema version that created it."""
    since: dict[str, int] = {}
    for number, step in enumerate(migrations.STEPS, 1):
        for name in re.findall(r"CREATE TABLE (\w+)", step):
            since.setdefault(name, number)
    return since


def _refuse(path: Path, why: Words) -> BadBackupError:
    return BadBackupError(
        path,
        Words(QT_TR_NOOP("%1 cannot be restored: %2. Your current history is kept."), path, why),
    )


def _incomplete(path: Path, table: str) -> BadBackupError:
    return _refuse(path, Words(QT_TR_NOOP("the table '%1' is missing or incomplete"), table))


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise _refuse(path, Words(QT_TR_NOOP("it cannot be read (%1)"), reason(exc))) from exc
    if head != SQLITE_MAGIC:
        raise _refuse(path, Words(QT_TR_NOOP("it is not a SQLite database")))


def _check_version(old: sqlite3.Connection, path: Path) -> int:
    if old.execute("PRAGMA old.integrity_check").fetchone()[0] != "ok":
        raise _refuse(path, Words(QT_TR_NOOP("the file is damaged")))
    found = int(old.execute("PRAGMA old.user_version").fetchone()[0])
    if found > migrations.CURRENT_VERSION:
        raise _refuse(path, Words(QT_TR_NOOP("it was made by a newer Foot Coach")))
    if found < 1:
        raise _refuse(path, Words(QT_TR_NOOP("it is not a Foot Coach history file")))
    kinds = {r[0] for r in old.execute("SELECT type FROM old.sqlite_schema")}
    if kinds & {"trigger", "view"}:
        raise _refuse(
            path, Words(QT_TR_NOOP("it contains triggers or views, which a history file never has"))
        )
    return found


def _plain_table(old: sqlite3.Connection, table: str) -> bool:
    row = old.execute(
        "SELECT sql FROM old.sqlite_schema WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    return row is not None and str(row[0]).upper().startswith("CREATE TABLE")


def _copy_table(conn: sqlite3.Connection, table: str, path: Path) -> None:
    ours = conn.execute(f"PRAGMA main.table_info({table})").fetchall()
    theirs = {r[1] for r in conn.execute(f"PRAGMA old.table_info({table})")}
    needed = {r[1] for r in ours if r[3] and r[4] is None and not r[5]}  # NOT NULL, no default
    if not needed <= theirs:
        raise _incomplete(path, table)
    columns = ", ".join(f'"{r[1]}"' for r in ours if r[1] in theirs)
    conn.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM old.{table}")


def _copy(conn: sqlite3.Connection, path: Path) -> None:
    """Every row the backup's version promises, into the tables made by our own schema."""
    version = _check_version(conn, path)
    conn.execute("BEGIN IMMEDIATE")
    for table, since in _tables().items():
        if _plain_table(conn, table):
            _copy_table(conn, table, path)
        elif since <= version:
            raise _incomplete(path, table)
    if conn.execute("PRAGMA main.foreign_key_check").fetchone() is not None:
        raise _refuse(path, Words(QT_TR_NOOP("its entries do not fit together")))
    conn.execute("COMMIT")


def _fresh(staged: Path) -> sqlite3.Connection:
    staged.touch(mode=0o600)
    conn = connect(staged)
    conn.execute("PRAGMA trusted_schema = OFF")  # nothing in the backup's schema may run
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")  # its schema text, too
    migrations.upgrade(conn)
    return conn


def _private_copy(backup: Path, work: Path) -> Path:
    """The backup, with its -wal file if one lies beside it, copied into our own folder: the
    chosen file is only read, and nothing (no -wal, no -shm) is ever written beside it."""
    copy = work / "source.sqlite3"
    try:
        shutil.copyfile(backup, copy)
        if Path(f"{backup}-wal").is_file():
            shutil.copyfile(f"{backup}-wal", f"{copy}-wal")
    except OSError as exc:
        raise translate(exc, work.parent) or exc from exc
    return copy


def _build(backup: Path, work: Path, current: Path) -> sqlite3.Connection:
    """A checked, fresh history in `work` holding the backup's rows; the caller closes it."""
    _check_header(backup)
    source = _private_copy(backup, work)
    try:
        conn = _fresh(work / "fresh.sqlite3")
    except (OSError, sqlite3.Error) as exc:
        raise translate(exc, current) or exc from exc
    try:
        conn.execute("ATTACH DATABASE ? AS old", (uri(source),))
        _copy(conn, backup)
        conn.execute("DETACH DATABASE old")
    except (sqlite3.Error, UnicodeDecodeError) as exc:  # SQLite's message may quote bad bytes
        conn.close()
        if isinstance(problem := translate(exc, current), StorageFullError):
            raise problem from exc  # the copy filled the disk; anything else is the backup's
        raise _refuse(backup, Words(QT_TR_NOOP("the file is damaged"))) from exc
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def _workspace(current: Path) -> Iterator[Path]:
    """A private folder beside the history for the copies; removed afterwards (one left by
    a killed restore is removed at the next start, see RESTORE_WORK_PREFIX)."""
    try:
        work = Path(tempfile.mkdtemp(prefix=RESTORE_WORK_PREFIX, dir=current.parent))
    except OSError as exc:
        raise translate(exc, current) or exc from exc
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def check_backup(backup: Path, current: Path) -> None:
    """Raise BadBackupError unless `backup` can be restored over the history `current`."""
    with _workspace(current) as work:
        _build(backup, work, current).close()


def restore_into(live: sqlite3.Connection, current: Path, backup: Path, keep_as: Path) -> None:
    """Replace the history open on `live` (the file `current`) by the rows of `backup`, after
    keeping a copy of it at `keep_as`. Raises BadBackupError or a disk problem, changing
    nothing."""
    with _workspace(current) as work:
        fresh = _build(backup, work, current)
        try:
            backup_file(live, keep_as)
            fresh.backup(live)  # one write transaction: a kill midway leaves the old history
        except sqlite3.Error as exc:
            raise translate(exc, current) or exc from exc
        finally:
            fresh.close()


def restore_from(current: Path, backup: Path, keep_as: Path) -> None:
    """restore_into for a history that is not open."""
    live = connect(current)
    try:
        restore_into(live, current, backup, keep_as)
    finally:
        live.close()
