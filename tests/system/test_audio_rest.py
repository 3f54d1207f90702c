"""The audio helpers run only around a session: none while the app waits, both once a session
starts, none again a while after it ends. A real app (offscreen, mock voice) whose clock runs
60 times faster (FOOT_COACH_TIME_SCALE: the three minutes' rest after a session take 3 s)."""

from __future__ import annotations

from pathlib import Path

from apps import App, wait_until
from sound_stack import tiny_routine

FAST = {"FOOT_COACH_TIME_SCALE": "60"}


def test_the_helpers_start_with_a_session_and_stop_a_while_after_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    tiny_routine(data, count=1)
    app = App(data, **FAST)
    try:
        app.wait_painted(60)
        app.read_stdout_for(1.0)  # the moment the helpers used to start has passed
        assert app.children() == [], "audio helpers started while the app only waits"
        app.launch_again("--start")
        assert wait_until(lambda: len(app.children()) == 2, app.proc, 30)
        assert wait_until(lambda: app.children() == [], app.proc, 60), "never stopped"
        assert app.proc.poll() is None
    finally:
        app.close()
