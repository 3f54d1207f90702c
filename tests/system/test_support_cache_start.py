"""The app's own start keeps PySide's compiled support code in the data folder: the first
start into a new folder makes the folder, the next compiles and keeps it, later ones use it."""

from __future__ import annotations

import sys
from pathlib import Path

from apps import App


def start_and_quit(data: Path) -> None:
    app = App(data)
    try:
        app.wait_painted()
    finally:
        app.close()


def test_later_starts_use_what_the_second_start_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    kept = data / "cache" / f"pyside-support.{sys.implementation.cache_tag}.bin"
    start_and_quit(data)
    assert data.is_dir() and not kept.exists()  # nothing written before the folder was made
    start_and_quit(data)
    assert kept.is_file() and (kept.stat().st_mode & 0o777) == 0o600
    written = kept.stat().st_ino
    start_and_quit(data)
    assert kept.stat().st_ino == written  # nothing compiled, nothing written again
