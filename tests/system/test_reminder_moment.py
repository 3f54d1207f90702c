"""The real app on a private desktop: a due reminder becomes a desktop notification whose
buttons do what they say (dunst, and a stand-in service that presses the others), and one due
while another program fills the screen waits until that program's window closes."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from apps import SOURCE, App, wait_until
from desktop import Desktop, first_line, private_desktop

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
            with desktop.watch() as x:  # dunst maps its window once a notification is shown
                assert x.until(lambda: desktop.displayed() == 1), app.log()
            assert desktop.run("dunstctl", "action", "0").returncode == 0
            started = wait_until(lambda: "session started" in app.log(), app.proc, 20)
            assert started, app.log()
            assert "reminder answered: default" in app.log()
        finally:
            app.close()


def test_a_reminder_waits_while_a_film_fills_the_screen(tmp_path: Path) -> None:
    with (
        private_desktop(tmp_path, wm=True, notifications=True) as desktop,
        desktop.watch() as x,
    ):
        film = desktop.film()
        assert x.until(x.full_screen), "the film never filled the screen"
        desktop.start("trayer")  # a tray, so the app can start hidden and keep the film in front
        tray = lambda: desktop.run("xdotool", "search", "--class", "trayer").stdout  # noqa: E731
        assert x.until(tray), "trayer's window did not appear"
        data = tmp_path / "data"
        owed_reminder(data)
        app = start(desktop, data, "--minimized")
        try:
            held = wait_until(lambda: "HOLD FULL_SCREEN" in app.log(), app.proc, 30)
            assert held, app.log()
            assert desktop.displayed() == 0
            film.terminate()
            film.wait(timeout=10)
            assert x.until(lambda: desktop.displayed() == 1), app.log()
            assert app.log().count("DELIVER") == 1
        finally:
            app.close()


def saved(data: Path) -> settings.Settings:
    return settings.parse((data / "settings.toml").read_text(encoding="utf-8"))[0]


@pytest.mark.parametrize(
    ("press", "done"),
    [
        ("snooze", lambda value: value.snoozed_until != ""),
        ("not-today", lambda value: value.paused_on == datetime.now().date().isoformat()),
    ],
)
def test_a_button_pressed_on_the_desktop_does_what_it_says(tmp_path: Path, press, done) -> None:
    with private_desktop(tmp_path) as desktop:
        desktop.env["PYTHONPATH"] = str(SOURCE)
        script = str(Path(__file__).with_name("notification_service.py"))
        service = desktop.start(sys.executable, script, press, stdout=subprocess.PIPE)
        assert first_line(service) == "ready"
        data = tmp_path / "data"
        owed_reminder(data)
        app = start(desktop, data, "--minimized")
        try:
            asked = json.loads(first_line(service))
            assert (asked["replaces"], asked["timeout"]) == (0, 0)
            assert asked["title"] == "Time for your foot exercises"
            assert asked["actions"][2:] == [
                "start", "Start now", "snooze", "In 10 minutes", "not-today", "Not today",
            ]  # fmt: skip
            answered = wait_until(lambda: done(saved(data)), app.proc, 20)
            assert answered, app.log()
            assert f"reminder answered: {press}" in app.log()
            assert "session started" not in app.log()
        finally:
            app.close()
