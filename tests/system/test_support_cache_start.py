"""The app's own start keeps PySide's compiled support code in the data folder: the first start
keeps it as it quits, and later starts use it."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from apps import App, wait_until


def handles_sigterm(pid: int) -> bool:
    """The app has put its own handler on SIGTERM: set up just after the first paint."""
    status = Path(f"/proc/{pid}/status").read_text().splitlines()
    caught = next(int(line.split()[1], 16) for line in status if line.startswith("SigCgt:"))
    return bool(caught & (1 << (signal.SIGTERM - 1)))


def start_and_quit(data: Path) -> None:
    app = App(data)
    try:
        app.wait_painted()
        assert wait_until(lambda: handles_sigterm(app.proc.pid), app.proc, 30)
        app.proc.terminate()  # as the session ends: the app quits as it does from its menu
        assert app.proc.wait(timeout=30) == 0
    finally:
        app.close()


def test_the_first_start_keeps_it_as_it_quits_and_later_starts_use_it(tmp_path: Path) -> None:
    data = tmp_path / "data"  # made by the first start
    kept = data / "cache" / f"pyside-support.{sys.implementation.cache_tag}.bin"
    start_and_quit(data)
    assert kept.is_file() and (kept.stat().st_mode & 0o777) == 0o600
    written = kept.stat().st_ino
    start_and_quit(data)
    assert kept.stat().st_ino == written  # nothing compiled, nothing written again
