"""Opening the history file: permissions, WAL, checks, and upgrades with a copy taken first."""

from __future__ import annotations

import os
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from foot_coach.core.words import QT_TR_NOOP, Words
from foot_coach.store import errors, migrations
from foot_coach.store.errors import NewerDatabaseError, StoreError, UnwritableError

SQLITE_MAGIC = b"SQLite format 3\x00"
RESTORE_WORK_PREFIX = ".restore-"  # a restore's work folder; start-up removes one left behind
# Once open, Foot Coach is the history's only writer (one copy per data folder), so a write
# lock held longer than this is another program's: a session writes on the window's thread,
# and waiting SQLite's usual seconds for it froze the countdown at every repetition.
BUSY_MS = 200


def uri(path: Path, query: str = "") -> str:
    """A file: URI naming exactly `path`: '#', '?' and '%' in a folder or file name are escaped,
    or SQLite would read them as the URI's parts and open another file."""
    text = "file:" + quote(os.fsencode(path.absolute()), safe="/")
    return f"{text}?{query}" if query else text


def connect(path: Path, *, readonly: bool = False, frozen: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode: every write names its own transaction. `frozen` reads
    a file without locking it or writing anything beside it (no -wal or -shm)."""
    query = "mode=ro&immutable=1" if frozen else "mode=ro" if readonly else ""
    conn = sqlite3.connect(uri(path, query), uri=True, isolation_level=None, timeout=5.0)
    conn.row_factory = sqlite3.Row
    return conn


def damaged(path: Path) -> bool:
    """SQLite's own verdict on the file, read without writing anything. Only this may move a
    history aside: a full or read-only disk, or a folder that refuses, is never damage."""
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_MAGIC))
    except OSError:
        return False
    if not head:
        return False  # an empty file is a new history to SQLite
    if head != SQLITE_MAGIC:
        return True
    try:
        conn = connect(path, frozen=True)
        try:
            return bool(conn.execute("PRAGMA quick_check").fetchone()[0] != "ok")
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF  # the primary code of an extended one
        return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def _problem(exc: BaseException, path: Path) -> StoreError:
    """The error a person can act on; "damaged" only when SQLite itself says so."""
    found = errors.translate(exc, path)
    if found is not None and not isinstance(found, errors.CorruptDatabaseError):
        return found
    if damaged(path):
        return errors.corrupt(path)
    why = errors.reason(exc)
    return UnwritableError(path, Words(QT_TR_NOOP("Foot Coach cannot open %1: %2."), path, why))


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
    # A folder the person chose keeps its own permissions; one made here is private.
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        _new(path)
    if stat.S_IMODE(path.stat().st_mode) != 0o600:  # only then: a read-only disk refuses it
        os.chmod(path, 0o600)


def _new(path: Path) -> None:
    """A new history at the current version, made whole under a temporary name, then renamed
    into place: the disk is waited for once, not 13 times (each step's transaction and the
    switch to WAL), at a first start. A start cut short leaves a temp file the next removes;
    the folder is synced when SQLite first makes the -wal beside the file."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    temp = Path(name)
    try:
        conn = connect(temp)
        try:
            conn.execute("PRAGMA synchronous = OFF")  # this connection only: synced below
            conn.execute("PRAGMA journal_mode = WAL")  # kept in the file
            migrations.upgrade(conn)
        finally:
            conn.close()  # its -wal written back into the file, and removed
        os.fsync(fd)
        os.replace(temp, path)
    except BaseException:
        _remove(temp)
        raise
    finally:
        os.close(fd)


def backup_file(conn: sqlite3.Connection, dest: Path) -> Path:
    """Copy a live database with SQLite's online backup API; the copy is private. It is made
    under a temporary name beside `dest` and renamed once whole: a disk that fills up midway
    leaves no empty or part copy under the backup's name, and an older file there as it was."""
    temp = _copy(conn, dest)
    try:
        os.replace(temp, dest)
    except BaseException:
        _remove(temp)
        raise
    return dest


def _copy(conn: sqlite3.Connection, dest: Path) -> Path:
    """A whole, private copy of the database under a temporary name beside `dest`."""
    dest.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{dest.name}-", suffix=".tmp", dir=dest.parent)
    os.close(fd)  # private from the first byte (mkstemp makes it 0600), not after the copy
    temp = Path(name)
    try:
        target = sqlite3.connect(temp)
        try:
            conn.backup(target)
        finally:
            target.close()
    except BaseException:
        _remove(temp)
        raise
    return temp


def _remove(temp: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{temp}{suffix}").unlink(missing_ok=True)


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")  # a health log must survive power loss
    conn.execute("PRAGMA foreign_keys = ON")


def _check_readable(conn: sqlite3.Connection, path: Path) -> int:
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        found = migrations.version(conn)
        if found and conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise errors.corrupt(path)
    except sqlite3.DatabaseError as exc:
        raise _problem(exc, path) from exc
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

    A restore replaces its content on the same connection; `followers` (the session recorder)
    hear of it through `replaced()`, so nothing is added to a session of the old history.
    A file deleted while open is put back (`put_back`) on a new connection; `movers` (the
    session recorder again) write on into it.
    """

    read_only = False  # opened by open_read_only: every write fails with a StoreError

    def __init__(self, path: Path, conn: sqlite3.Connection, backups_dir: Path | None = None):
        self.path, self.conn, self.backups_dir = path, conn, backups_dir
        self.followers: list[Callable[[sqlite3.Connection], None]] = []
        self.movers: list[Callable[[sqlite3.Connection], None]] = []
        self.identity = _identity(path)  # the file this connection writes

    @classmethod
    def open(cls, path: Path, backups_dir: Path | None = None, stamp: str = "") -> Store:
        """Open (creating or upgrading) the file. Raises StoreError subclasses a person can meet."""
        try:
            _private_file(path)
            conn = connect(path)
        except (OSError, sqlite3.Error) as exc:  # a folder or disk that refuses is not damage
            raise _problem(exc, path) from exc
        try:
            found = _check_readable(conn, path)
            _configure(conn)
            if 0 < found < migrations.CURRENT_VERSION:
                name = f"history-v{found}-{stamp or 'before-upgrade'}.sqlite3"
                backup_file(conn, (backups_dir or path.parent / "backups") / name)
            migrations.upgrade(conn)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")  # start-up may wait longer
        except (OSError, sqlite3.Error) as exc:
            conn.close()
            raise _problem(exc, path) from exc
        except StoreError:
            conn.close()
            raise
        return cls(path, conn, backups_dir)

    @classmethod
    def open_read_only(cls, path: Path) -> Store:
        """The history as it is on disk, only to be read, writing nothing beside it: for a
        disk that refuses writing. Raises StoreError if even that fails."""
        try:
            conn = connect(path, frozen=True)
        except sqlite3.Error as exc:
            raise _problem(exc, path) from exc
        try:
            found = _check_readable(conn, path)
            if found < migrations.READABLE_FROM:  # its tables would need an upgrade: a write
                raise errors.cannot_upgrade(path)
        except StoreError:
            conn.close()
            raise
        store = cls(path, conn)
        store.read_only = True
        return store

    def close(self) -> None:
        self.conn.close()

    def put_back(self, stamp: str) -> Path | None:
        """If the file was deleted, moved away or replaced by another while open, write what
        this connection holds back under its name and carry on in it. SQLite writes on into
        a file no folder shows, and everything in it was gone once the app ended. None if it
        was in place; else where a file found in its place was kept (-replaced-`stamp`), or
        the history's own path if its place was empty. Raises StoreError if it cannot be
        written back (the connection then stays as it was)."""
        found = _identity(self.path)
        if self.read_only or found == self.identity:
            return None
        try:
            temp = _copy(self.conn, self.path)
        except (OSError, sqlite3.Error) as exc:
            raise _problem(exc, self.path) from exc
        # Closed first: its -wal and -shm carry the history's name, and must be gone before
        # a connection to the file put back opens its own under the same names.
        self.conn.close()
        kept = self.path
        if found is not None:  # another file took its place: kept beside it, never deleted
            kept = self.path.with_name(f"{self.path.name}.replaced-{stamp}")
            os.replace(self.path, kept)
        os.replace(temp, self.path)
        self.conn = connect(self.path)
        _configure(self.conn)
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        self.identity = _identity(self.path)
        for move in self.movers:
            move(self.conn)
        return kept

    def replaced(self) -> None:
        """A restore replaced the history's content on this same connection: `followers`
        (the session recorder) drop what they held of the old one."""
        for follow in self.followers:
            follow(self.conn)


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at `path` (device and inode), None if there is none."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def move_aside(path: Path, stamp: str) -> Path:
    """Rename a bad history file (with its WAL and shared-memory files); never delete it."""
    moved = path.with_name(f"{path.name}.corrupt-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            source.rename(Path(f"{moved}{suffix}"))
    return moved
