"""The real app started hidden in a real tray (trayer): no window is made while it waits, and a
later launch opens the window, which then shows its first page."""

from __future__ import annotations

import subprocess
import sys

from apps import App, app_env, wait_until
from desktop import private_desktop

from foot_coach.store import settings


def test_the_window_is_built_only_when_a_later_launch_asks_for_it(tmp_path) -> None:
    with private_desktop(tmp_path) as desktop, desktop.watch() as x:
        desktop.start("trayer")
        tray = lambda: desktop.run("xdotool", "search", "--class", "trayer").stdout  # noqa: E731
        assert x.until(tray), "trayer's window did not appear"
        data = tmp_path / "data"
        data.mkdir()
        settings.save(data / "settings.toml", settings.Settings(first_run_done=True))
        env = {key: desktop.env[key] for key in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
        app = App(data, "--minimized", QT_QPA_PLATFORM="xcb", **env)
        window = lambda: desktop.run("xdotool", "search", "--onlyvisible", "--name", "^Foot Coach$")  # noqa: E731
        try:
            waiting = wait_until(lambda: "in the tray" in app.log(), app.proc, 30)
            assert waiting, app.log()
            assert "the window is built" not in app.log() and not window().stdout
            later = subprocess.run(
                [sys.executable, "-m", "foot_coach", "--data-dir", str(data)],
                env=app_env(QT_QPA_PLATFORM="xcb", **env), capture_output=True, timeout=60,
            )  # fmt: skip
            assert later.returncode == 0, later.stderr.decode()
            app.wait_painted()  # the window, built now, paints
            assert "the window is built" in app.log()
            assert x.until(lambda: window().stdout), "no visible Foot Coach window"
            assert app.proc.poll() is None
        finally:
            app.close()
