"""Run inside a private mount namespace (see test_disk.py): a real tiny tmpfs fills up while
a session is being recorded, then is remounted read-only, with a history of an older version
on it too. Prints one JSON line."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from disk_fill import fill

from foot_coach.core.catalog import parse_catalog
from foot_coach.core.routine import Timing, compile_routine, items_for
from foot_coach.core.session import Session, Start, Tick
from foot_coach.store import backup, startup
from foot_coach.store.db import Store
from foot_coach.store.errors import StorageFullError, StoreError
from foot_coach.store.recorder import Recorder
from foot_coach.system import assets

folder = Path(sys.argv[1])
subprocess.run(
    ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)], check=True, timeout=60
)
store = Store.open(folder / "history.sqlite3")
catalog = parse_catalog(assets.read_text("exercises.toml"))
plan = compile_routine(items_for(catalog, list(catalog.ids), {}), Timing())
session = Session(plan)
now = {"ms": 0}
wall = datetime(2026, 11, 25, 9, tzinfo=timezone(timedelta(hours=1)))
recorder = Recorder(store.conn, plan, lambda: wall, lambda: session.active_ms(now["ms"]),
                    folder / "history.sqlite3")  # fmt: skip
errors: list[str] = []


def step(count: int) -> None:
    for _ in range(count):
        deadline = session.next_deadline()
        if deadline is None:
            return
        now["ms"] = deadline
        try:
            recorder.handle(session.apply(Tick(), deadline))
        except StoreError as exc:
            errors.append(type(exc).__name__ + ": " + exc.user_message)


def on_disk() -> int:
    return int(store.conn.execute("SELECT coalesce(sum(done_reps), 0) FROM sets").fetchone()[0])


recorder.handle(session.apply(Start(), 0))
step(20)
before_full = on_disk()
older_backup = backup.backup_to(store.conn, folder / "backups" / "older.sqlite3").read_bytes()
filler = folder / "filler"
fill(filler)  # take every free block of the little disk
step(40)  # the disk is full now: reps wait in memory
full_pending = len(recorder.pending)
refused: dict[str, str] = {}  # a backup, one over the older backup, and an export
for name, write in (
    ("backup", lambda: backup.backup_to(store.conn, folder / "backups" / "new.sqlite3")),
    ("over", lambda: backup.backup_to(store.conn, folder / "backups" / "older.sqlite3")),
    ("export", lambda: backup.export_csv(store.conn, folder / "export")),
):
    try:
        write()
        refused[name] = ""
    except (OSError, sqlite3.Error) as exc:
        refused[name] = str(exc)
backups_left = sorted(p.name for p in (folder / "backups").iterdir())
older_same = (folder / "backups" / "older.sqlite3").read_bytes() == older_backup
exported = sorted(p.name for p in (folder / "export").iterdir())
filler.unlink()
recorder.flush()
after_space = on_disk()
final = on_disk()
left = len(recorder.pending)
store.close()
older = folder / "older" / "history.sqlite3"  # a history one schema step before readable
older.parent.mkdir()
fixture = Path(__file__).parents[1] / "store" / "fixtures" / "history-v2.sqlite3"
shutil.copy(fixture, older)
subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, timeout=60)
try:  # starting on a read-only disk: a clear message, and the file is left as it was
    Store.open(folder / "history.sqlite3").close()
    ro_error = ""
except StoreError as exc:
    ro_error = type(exc).__name__ + ": " + exc.user_message
try:  # older, so it needs an update it cannot get there: told so, and left as it was
    startup.open_history(older, older.parent / "backups", "s")
    older_error = ""
except StoreError as exc:
    older_error = type(exc).__name__ + ": " + exc.user_message
reader = sqlite3.connect(f"file:{folder / 'history.sqlite3'}?mode=ro&immutable=1", uri=True)
ro_reps = reader.execute("SELECT coalesce(sum(done_reps), 0) FROM sets").fetchone()[0]
integrity = reader.execute("PRAGMA integrity_check").fetchone()[0]
reader.close()
print(json.dumps({
    "before_full": before_full, "full_pending": full_pending, "after_space": after_space,
    "final": final, "left": left, "integrity": integrity, "ro_reps": ro_reps,
    "full_errors": [e for e in errors if e.startswith(StorageFullError.__name__)],
    "ro_error": ro_error, "older_error": older_error,
    "older_kept": sorted(p.name for p in older.parent.iterdir()),
    "older_same": older.read_bytes() == fixture.read_bytes(),
    "refused": refused, "backups_left": backups_left, "older_backup_same": older_same,
    "exported": exported,
}))  # fmt: skip
