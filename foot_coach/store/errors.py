"""Problems a person can meet with their history file, each with a calm message naming it."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path


class StoreError(Exception):
    """Base of the errors a person can meet; `user_message` is what the app shows."""

    def __init__(self, path: Path, user_message: str) -> None:
        super().__init__(f"{path}: {user_message}")
        self.path = path
        self.user_message = user_message


class CorruptDatabaseError(StoreError):
    pass


class NewerDatabaseError(StoreError):
    pass


class StorageFullError(StoreError):
    pass


class UnwritableError(StoreError):
    pass


class BadBackupError(StoreError):
    pass


def corrupt(path: Path) -> CorruptDatabaseError:
    return CorruptDatabaseError(
        path, f"The history file {path} is damaged or is not a Foot Coach history file."
    )


def translate(exc: BaseException, path: Path) -> StoreError | None:
    """Map a low-level failure to the error a person can act on, or None for a bug."""
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc).lower()
    if code == sqlite3.SQLITE_FULL or "database or disk is full" in text:
        return StorageFullError(path, f"The disk holding {path} is full. Free some space.")
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return StorageFullError(path, f"The disk holding {path} is full. Free some space.")
    readonly = code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM)
    if readonly or "readonly" in text or "unable to open" in text:
        return UnwritableError(path, f"Foot Coach cannot write to {path}. Check its permissions.")
    if isinstance(exc, PermissionError | IsADirectoryError):
        return UnwritableError(path, f"Foot Coach cannot write to {path}. Check its permissions.")
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        # A read-only disk (a locked USB stick, a full-disk error remount) is not damage.
        return UnwritableError(path, f"Foot Coach cannot write to {path}: the disk is read-only.")
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "not a database" in text:
        return corrupt(path)
    if "malformed" in text:
        return corrupt(path)
    return None
