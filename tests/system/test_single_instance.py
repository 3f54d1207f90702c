"""Two real launches on one data folder: the second hands over and exits; the first acts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from apps import App, app_env, wait_until


def test_second_launch_exits_0_and_the_first_is_activated(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = App(data)
    try:
        first.wait_painted()
        second = subprocess.run(
            [sys.executable, "-m", "foot_coach", "--data-dir", str(data), "--start", "toe-curls"],
            env=app_env(),
            capture_output=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr.decode()
        heard = wait_until(lambda: "later launch: start" in first.log(), first.proc, 20)
        assert heard, first.log()
        assert first.proc.poll() is None  # the first keeps running
    finally:
        first.close()


def test_other_data_folder_is_a_separate_app(tmp_path: Path) -> None:
    first = App(tmp_path / "one")
    second = App(tmp_path / "two")
    try:
        first.wait_painted()
        second.wait_painted()  # both own their folder and show a window
        assert first.proc.poll() is None and second.proc.poll() is None
    finally:
        first.close()
        second.close()
