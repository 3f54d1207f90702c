"""Opening the history file: permissions, WAL, checks, and upgrades with a copy taken first."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from foot_coach.core.words import QT_TR_NOOP, Words
from foot_coach.store import errors, migrations
from foot_coach.store.errors import NewerDatabaseError, StoreError, UnwritableError


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode: every write names its own transaction."""
    uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=5.0)
    conn.row_factory = sqlite3.Row
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _private_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    if not path.exists():
        path.touch(mode=0o600)
    os.chmod(path, 0o600)


def backup_file(conn: sqlite3.Connection, dest: Path) -> Path:
    """Copy a live database with SQLite's online backup API; the copy is private."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    target = sqlite3.connect(dest)
    try:
        conn.backup(target)
    finally:
        target.close()
    os.chmod(dest, 0o600)
    return dest


def _check_readable(conn: sqlite3.Connection, path: Path) -> int:
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        found = migrations.version(conn)
        if found and conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise errors.corrupt(path)
    except sqlite3.DatabaseError as exc:
        raise errors.translate(exc, path) or errors.corrupt(path) from exc
    if found > migrations.CURRENT_VERSION:
        raise NewerDatabaseError(
            path,
            Words(
                QT_TR_NOOP(
                    "The history file %1 was written by a newer Foot Coach. "
                    "Please update Foot Coach; the file has not been changed."
                ),
                path,
            ),
        )
    return found


class Store:
    """The open history database. `conn` is shared by the log writers and the queries.

    After a restore replaced the file, `reopen()` gives this same Store a new connection, and
    `followers` (the session recorder) hear of it, so nothing keeps writing to the old one.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, backups_dir: Path | None = None):
        self.path, self.conn, self.backups_dir = path, conn, backups_dir
        self.followers: list[Callable[[sqlite3.Connection], None]] = []

    @classmethod
    def open(cls, path: Path, backups_dir: Path | None = None, stamp: str = "") -> Store:
        """Open (creating or upgrading) the file. Raises StoreError subclasses a person can meet."""
        try:
            _private_file(path)
            conn = connect(path)
        except OSError as exc:  # the folder or disk refused: never a reason to call it damaged
            raise errors.translate(exc, path) or UnwritableError(
                path, Words(QT_TR_NOOP("Foot Coach cannot open %1: %2."), path, exc.strerror or exc)
            ) from exc
        except sqlite3.Error as exc:
            raise errors.translate(exc, path) or errors.corrupt(path) from exc
        try:
            found = _check_readable(conn, path)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")  # a health log must survive power loss
            conn.execute("PRAGMA foreign_keys = ON")
            if 0 < found < migrations.CURRENT_VERSION:
                name = f"history-v{found}-{stamp or 'before-upgrade'}.sqlite3"
                backup_file(conn, (backups_dir or path.parent / "backups") / name)
            migrations.upgrade(conn)
        except sqlite3.Error as exc:
            conn.close()
            raise errors.translate(exc, path) or errors.corrupt(path) from exc
        except StoreError:
            conn.close()
            raise
        return cls(path, conn, backups_dir)

    def close(self) -> None:
        self.conn.close()

    def reopen(self) -> None:
        self.conn = Store.open(self.path, self.backups_dir).conn
        for follow in self.followers:
            follow(self.conn)


def open_or_start_new(path: Path, backups_dir: Path, stamp: str) -> tuple[Store, list[Words]]:
    """Open the history; a damaged file is moved aside (never deleted) and a new one started.
    The second value says what happened, for the person."""
    try:
        return Store.open(path, backups_dir, stamp), []
    except errors.CorruptDatabaseError as exc:
        moved = move_aside(path, stamp)
        kept = QT_TR_NOOP(
            "It was moved to %1 and kept there. Foot Coach has started a new history."
        )
        return Store.open(path, backups_dir, stamp), [exc.words, Words(kept, moved)]


def move_aside(path: Path, stamp: str) -> Path:
    """Rename a bad history file (with its WAL and shared-memory files); never delete it."""
    moved = path.with_name(f"{path.name}.corrupt-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            source.rename(Path(f"{moved}{suffix}"))
    return moved
