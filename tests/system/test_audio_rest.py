"""The audio helpers run only around a session: none while the app waits, both once a session
starts, none again a while after it ends. A real app (offscreen, mock voice) whose clock runs
60 times faster (FOOT_COACH_TIME_SCALE: the three minutes' rest after a session take 3 s)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from apps import App, app_env, wait_until
from sound_stack import tiny_routine

FAST = {"FOOT_COACH_TIME_SCALE": "60"}


def helpers(pid: int) -> list[int]:
    """The app's child processes: its audio helpers."""
    tasks = Path(f"/proc/{pid}/task").iterdir()
    return [int(child) for task in tasks for child in (task / "children").read_text().split()]


def test_the_helpers_start_with_a_session_and_stop_a_while_after_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    tiny_routine(data, count=1)
    app = App(data, **FAST)
    try:
        app.wait_painted(60)
        app.read_stdout_for(1.0)  # the moment the helpers used to start has passed
        assert helpers(app.proc.pid) == [], "audio helpers started while the app only waits"
        command = [sys.executable, "-m", "foot_coach", "--data-dir", str(data), "--start"]
        subprocess.run(command, env=app_env(**FAST), check=True, timeout=60)
        assert wait_until(lambda: len(helpers(app.proc.pid)) == 2, app.proc, 30)
        assert wait_until(lambda: helpers(app.proc.pid) == [], app.proc, 60), "never stopped"
        assert app.proc.poll() is None
    finally:
        app.close()
