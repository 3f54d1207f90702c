"""Problems a person can meet with their history file, each with a calm message naming it."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from foot_coach.core.words import QT_TR_NOOP, Words


class StoreError(Exception):
    """Base of the errors a person can meet; `words` is what the app shows, translated."""

    def __init__(self, path: Path, words: Words) -> None:
        super().__init__(words)
        self.path = path
        self.words = words

    @property
    def user_message(self) -> str:
        """The message in English, as the log keeps it."""
        return str(self.words)


class CorruptDatabaseError(StoreError):
    pass


class NewerDatabaseError(StoreError):
    pass


class StorageFullError(StoreError):
    pass


class UnwritableError(StoreError):
    pass


class NeedsUpgradeError(UnwritableError):
    """A history from an older Foot Coach whose tables must be updated before they can be
    read, where nothing may be written: not damaged, only out of date."""


class BadBackupError(StoreError):
    pass


class InUseError(StoreError):
    """Another program holds the history's write lock (a database viewer, a sync or backup
    tool): nothing is wrong with the file or the disk, and writing works once it lets go."""


def corrupt(path: Path) -> CorruptDatabaseError:
    return CorruptDatabaseError(
        path,
        Words(
            QT_TR_NOOP("The history file %1 is damaged or is not a Foot Coach history file."), path
        ),
    )


def cannot_upgrade(path: Path) -> NeedsUpgradeError:
    return NeedsUpgradeError(
        path,
        Words(
            QT_TR_NOOP(
                "The history file %1 comes from an older Foot Coach and has to be updated "
                "before it can be shown, but it cannot be changed where it is. Nothing in it "
                "has been changed or lost. Please make its folder writable (unlock the disk, "
                "or check the folder's permissions), or copy the file to a folder you can "
                "write to, then start Foot Coach again."
            ),
            path,
        ),
    )


def _full(path: Path) -> StorageFullError:
    return StorageFullError(
        path, Words(QT_TR_NOOP("The disk holding %1 is full. Free some space."), path)
    )


def _in_use(path: Path) -> InUseError:
    return InUseError(
        path,
        Words(
            QT_TR_NOOP(
                "Another program is using the history file %1, so Foot Coach cannot write to "
                "it just now. Close that program (for example a database viewer, or a backup "
                "or sync tool)."
            ),
            path,
        ),
    )


def _refused(path: Path) -> UnwritableError:
    return UnwritableError(
        path, Words(QT_TR_NOOP("Foot Coach cannot write to %1. Check its permissions."), path)
    )


def _read_only(path: Path) -> UnwritableError:
    # A read-only disk (a locked USB stick, a full-disk error remount) is not damage.
    return UnwritableError(
        path, Words(QT_TR_NOOP("Foot Coach cannot write to %1: the disk is read-only."), path)
    )


def translate(exc: BaseException, path: Path) -> StoreError | None:
    """Map a low-level failure to the error a person can act on, or None for a bug."""
    code = getattr(exc, "sqlite_errorcode", None)
    code = None if code is None else code & 0xFF  # the primary code of an extended one
    text = str(exc).lower()
    if code == sqlite3.SQLITE_FULL or "database or disk is full" in text:
        return _full(path)
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return _full(path)
    readonly = code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM)
    if readonly or "readonly" in text or "unable to open" in text:
        return _disk_state(path) or _refused(path)
    if isinstance(exc, PermissionError | IsADirectoryError):
        return _refused(path)
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return _read_only(path)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "database is locked" in text:
        return _in_use(path)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "not a database" in text:
        return corrupt(path)
    if "malformed" in text:
        return corrupt(path)
    return _disk_state(path) if code is not None or isinstance(exc, OSError) else None


# Why a file could not be written or read, in words each language has: the system's own
# (strerror) are English whatever the person's language.
REASONS = {
    errno.ENOSPC: QT_TR_NOOP("the disk is full"),
    errno.EDQUOT: QT_TR_NOOP("the disk is full"),
    errno.EROFS: QT_TR_NOOP("the disk is read-only"),
    errno.EACCES: QT_TR_NOOP("Foot Coach is not allowed to write there"),
    errno.EPERM: QT_TR_NOOP("Foot Coach is not allowed to write there"),
    errno.ENOENT: QT_TR_NOOP("the folder or file is not there"),
    errno.ENOTDIR: QT_TR_NOOP("part of the path is a file, not a folder"),
    errno.EEXIST: QT_TR_NOOP("part of the path is a file, not a folder"),
    errno.EISDIR: QT_TR_NOOP("it is a folder"),
}


def reason(exc: BaseException) -> Words | str:
    """Why a read or write failed, in the person's language where it is a common reason."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code == sqlite3.SQLITE_FULL or "database or disk is full" in str(exc).lower():
        return Words(REASONS[errno.ENOSPC])
    if isinstance(exc, OSError) and exc.errno in REASONS:
        return Words(REASONS[exc.errno])
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)


LOW_SPACE = 1024 * 1024  # below this, SQLite's "disk I/O error" is the disk being full


def _disk_state(path: Path) -> StoreError | None:
    """A full disk often reaches us as a vague I/O error (creating the shared-memory file
    fails); the disk itself tells which it is."""
    try:
        disk = os.statvfs(path.parent)
    except OSError:
        return None
    if disk.f_flag & os.ST_RDONLY:
        return _read_only(path)
    if disk.f_bavail * disk.f_frsize < LOW_SPACE:
        return _full(path)
    return None
