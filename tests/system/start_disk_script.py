"""Run inside a private mount namespace (see test_disk.py): the real app starts on a tiny real
tmpfs that is full (8 KB, then 96 KB free, with a bad settings file and a large own-exercises
file holding a bad exercise) and then read-only. Prints one JSON line per start."""

from __future__ import annotations

import json
import os
import select
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from disk_fill import fill
from samples import done_session

from foot_coach.store.db import Store

disk, scratch = Path(sys.argv[1]), Path(sys.argv[2])
subprocess.run(
    ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)], check=True, timeout=60
)
data = disk / "data"
history = data / "history.sqlite3"
T0 = datetime(2026, 11, 2, 9, tzinfo=timezone(timedelta(hours=1)))


def make_history(sessions: int = 20) -> None:
    store = Store.open(history)
    for n in range(sessions):
        done_session(store.conn, T0 + timedelta(days=n))
    store.close()


def sessions() -> int:
    reader = sqlite3.connect(f"file:{history}?mode=ro&immutable=1", uri=True)
    try:
        return int(reader.execute("SELECT count(*) FROM sessions").fetchone()[0])
    finally:
        reader.close()


def fill_leaving(free_kb: int) -> None:
    """Take every block of the disk but `free_kb`: a reserve is put aside, the rest filled."""
    reserve = disk / "reserve"
    reserve.write_bytes(b"\0" * free_kb * 1024)
    fill(disk / "filler")
    reserve.unlink()


def start_app(case: str) -> dict[str, object]:
    """Start the app, wait for its window's first paint (or its end), and report."""
    fifo = scratch / f"ready-{case}"
    os.mkfifo(fifo)
    ready = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FOOT_COACH_TTS_ENGINE="mock",
               FOOT_COACH_READY_FILE=str(fifo))  # fmt: skip
    began = time.monotonic()
    app = subprocess.Popen([sys.executable, "-m", "foot_coach", "--data-dir", str(data)],
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    readable, _, _ = select.select([ready], [], [], 60)
    painted = bool(readable) and bool(os.read(ready, 100))
    app.kill()
    _, err = app.communicate(timeout=60)
    os.close(ready)
    seconds = round(time.monotonic() - began, 1)
    moved = sorted(p.name for p in data.glob("*.corrupt-*"))
    return {"case": case, "painted": painted, "stderr": err.decode()[-4000:], "moved": moved,
            "seconds": seconds}  # fmt: skip


def quit_cleanly() -> None:
    """Leave the history as a normal quit does (no -wal, no -shm): the app was killed."""
    Store.open(history).close()


make_history()
results = [start_app("healthy")]
results[0]["modes"] = {p.name: oct(p.stat().st_mode & 0o777) for p in data.iterdir()}
quit_cleanly()
fill_leaving(8)
results.append(start_app("8 KB free"))
(disk / "filler").unlink()
quit_cleanly()
(data / "settings.toml").write_text("volume = 900\n", encoding="utf-8")
steps = ", ".join(f'"Step {n} of a long own exercise, written by hand."' for n in range(3000))
(data / "own-exercises.toml").write_text(
    f'[[exercise]]\nid = "x"\nname = ""\nsteps = [{steps}]\n', encoding="utf-8"
)
fill_leaving(96)
results.append(start_app("96 KB free, bad settings and own exercises"))
(disk / "filler").unlink()
quit_cleanly()
results.append({"case": "after space", "sessions": sessions()})
subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True, timeout=60)
results.append(start_app("read-only"))
results.append({"case": "read-only after", "sessions": sessions()})
print(json.dumps(results))
