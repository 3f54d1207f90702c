"""The app's log stays small: moved aside before it passes its limit, two older files kept."""

from __future__ import annotations

import logging
from pathlib import Path

from foot_coach.system.logfile import SmallLog


def write(handler: SmallLog, text: str) -> None:
    handler.handle(logging.LogRecord("t", logging.INFO, __file__, 1, text, None, None))


def test_the_log_is_moved_aside_before_it_grows_past_its_limit(tmp_path: Path) -> None:
    path = tmp_path / "foot-coach.log"
    handler = SmallLog(path, limit=100, keep=2)
    try:
        for n in range(12):
            write(handler, f"line {n:02d} " + "x" * 40)
    finally:
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["foot-coach.log", "foot-coach.log.1", "foot-coach.log.2"]
    assert all(p.stat().st_size <= 100 for p in tmp_path.iterdir())
    # Two 49-byte lines a file: the newest two in the live file, the two before them in .1,
    # then .2; older lines are dropped.
    assert path.read_text().startswith("line 10")
    assert (tmp_path / "foot-coach.log.1").read_text().startswith("line 08")
    assert (tmp_path / "foot-coach.log.2").read_text().startswith("line 06")
    assert "line 05" not in "".join(p.read_text() for p in tmp_path.iterdir())


def test_a_fresh_log_appends_to_the_one_left_by_the_last_start(tmp_path: Path) -> None:
    path = tmp_path / "foot-coach.log"
    path.write_text("earlier\n")
    handler = SmallLog(path)
    try:
        write(handler, "now")
    finally:
        handler.close()
    assert path.read_text() == "earlier\nnow\n"
