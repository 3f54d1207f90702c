"""Opening the history at start, so that whatever the disk does the window still appears.

Only SQLite's own verdict that the file is damaged moves it aside (kept, never deleted). A
full or read-only disk leaves it where it is: it is opened for reading, shown, and the
person is told why nothing new can be saved; a history too old to be read without an
update is left untouched and the person told what to do with it. Leftovers of writes cut
short (a temp file of the settings, a restore's work folder) are removed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from pathlib import Path

from foot_coach.core.words import QT_TR_NOOP, Words
from foot_coach.store import log
from foot_coach.store.db import RESTORE_WORK_PREFIX, Store, move_aside
from foot_coach.store.errors import (
    CorruptDatabaseError,
    NeedsUpgradeError,
    StorageFullError,
    StoreError,
    UnwritableError,
    translate,
)

MOVED = QT_TR_NOOP("It was moved to %1 and kept there. Foot Coach has started a new history.")
READ_ONLY = QT_TR_NOOP(
    "Your history is shown, but nothing new can be saved until this is put right and "
    "Foot Coach is started again."
)


def open_history(path: Path, backups_dir: Path, stamp: str) -> tuple[Store, list[Words]]:
    """The history, and what the person should be told about it. Raises StoreError only
    when there is nothing to show at all."""
    try:
        return Store.open(path, backups_dir, stamp), []
    except CorruptDatabaseError as exc:
        try:
            moved = move_aside(path, stamp)
        except OSError:
            raise exc from None  # cannot even rename it: leave it exactly as it is
        return Store.open(path, backups_dir, stamp), [exc.words, Words(MOVED, moved)]
    except (StorageFullError, UnwritableError) as exc:
        if not path.is_file():
            raise
        try:
            store = Store.open_read_only(path)
        except NeedsUpgradeError:
            raise  # older, not damaged: says what to do with the file, which covers why
        except StoreError:
            raise exc from None
        return store, [exc.words, Words(READ_ONLY)]


def mark_interrupted(store: Store) -> tuple[list[int], list[Words]]:
    """Sessions a crash left running, now marked interrupted; a disk that refuses the mark
    is told, not raised (the sessions stay as they are)."""
    if store.read_only:
        return [], []
    try:
        return log.mark_interrupted(store.conn), []
    except sqlite3.Error as exc:
        problem = translate(exc, store.path)
        if problem is None:
            raise
        return [], [problem.words]


def remove_leftovers(data_dir: Path) -> list[Path]:
    """Temp files of writes cut short (".settings.toml-*.tmp", never renamed into place) and
    work folders of restores that were stopped; only this app's own names, and only when
    this process owns the data folder."""
    found = [
        folder / name
        # Each folder the app writes into under temporary names (backups: a copy being made)
        for folder in (data_dir, *(data_dir / sub for sub in ("pictures", "backups", "cache")))
        for name in _names(folder)
        if name.startswith(".") and name.endswith(".tmp") and name != ".tmp"  # as ".*.tmp"
    ]
    work = (data_dir / n for n in _names(data_dir) if n.startswith(RESTORE_WORK_PREFIX))
    found += [path for path in work if path.is_dir()]
    removed = []
    for path in found:
        try:
            shutil.rmtree(path) if path.is_dir() else path.unlink()
        except OSError:
            continue  # a read-only disk: they stay, harmless
        removed.append(path)
    return removed


def make_private(data_dir: Path) -> None:
    """Folders and files an older version left readable by others (backups/ was 0755, the log
    0644) become the person's alone; the data folder itself keeps what the person chose."""
    logs = [data_dir / n for n in _names(data_dir) if n.startswith("foot-coach.log")]
    for path in (data_dir / "backups", data_dir / "pictures", *logs):
        wanted = 0o700 if path.is_dir() else 0o600
        with contextlib.suppress(OSError):  # a read-only disk: as it was
            if path.stat().st_mode & 0o077:
                path.chmod(wanted)


def _names(folder: Path) -> list[str]:
    """What the folder holds, by name; nothing where it cannot be read. Tested by plain
    string comparison, not Path.glob: each glob pattern is a regular expression compiled
    anew by each start, before the window is shown."""
    try:
        return os.listdir(folder)
    except OSError:
        return []
