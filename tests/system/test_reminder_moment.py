"""The real app on a private desktop: a due reminder becomes a desktop notification whose
button starts the routine, and one due while another program fills the screen waits until
that program's window closes."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from apps import App, wait_until
from desktop import Desktop, eventually, private_desktop

from foot_coach.store import settings


def owed_reminder(data: Path) -> None:
    """Settings with a reminder two minutes ago that was not yet shown: it is due at start."""
    now = datetime.now().astimezone()
    reminder = settings.Reminder((now - timedelta(minutes=2)).strftime("%H:%M"))
    shown = (now - timedelta(minutes=10)).isoformat(timespec="seconds")
    value = settings.Settings(
        first_run_done=True, tray_notice_shown=True, reminders=(reminder,), last_reminded=shown
    )
    data.mkdir(parents=True)
    settings.save(data / "settings.toml", value)


def start(desktop: Desktop, data: Path, *args: str) -> App:
    keep = ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR")
    env = {key: desktop.env[key] for key in keep}
    return App(data, *args, QT_QPA_PLATFORM="xcb", FOOT_COACH_TIME_SCALE="30", **env)


def test_the_notifications_button_starts_the_routine(tmp_path: Path) -> None:
    with private_desktop(tmp_path, notifications=True) as desktop:
        data = tmp_path / "data"
        owed_reminder(data)
        app = start(desktop, data)
        try:
            assert eventually(lambda: desktop.displayed() == 1), app.log()
            assert desktop.run("dunstctl", "action", "0").returncode == 0
            started = wait_until(lambda: "session started" in app.log(), app.proc, 20)
            assert started, app.log()
            assert "reminder answered: default" in app.log()
        finally:
            app.close()


def test_a_reminder_waits_while_a_film_fills_the_screen(tmp_path: Path) -> None:
    with private_desktop(tmp_path, wm=True, notifications=True) as desktop:
        film = desktop.film()
        assert eventually(lambda: desktop.full_screen()), "the film never filled the screen"
        desktop.start("trayer")  # a tray, so the app can start hidden and keep the film in front
        assert eventually(lambda: desktop.run("xdotool", "search", "--class", "trayer").stdout)
        data = tmp_path / "data"
        owed_reminder(data)
        app = start(desktop, data, "--minimized")
        try:
            held = wait_until(lambda: "HOLD FULL_SCREEN" in app.log(), app.proc, 30)
            assert held, app.log()
            assert desktop.displayed() == 0
            film.terminate()
            film.wait(timeout=10)
            assert eventually(lambda: desktop.displayed() == 1), app.log()
            assert app.log().count("DELIVER") == 1
        finally:
            app.close()
