"""A due reminder as a desktop notification: its buttons act with the window hidden, and
with no notification server the prompt in the window comes instead."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from notifier_fakes import Server
from wall_fakes import Steps, Wall

from foot_coach.core.interrupt import Checks, Seen
from foot_coach.store.settings import Reminder, Settings
from foot_coach.system import desktop
from foot_coach.ui.reminder_prompt import ReminderPrompt

BERLIN = ZoneInfo("Europe/Berlin")
NINE = datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN)


@pytest.fixture
def due(make_coach):
    """A coach whose 09:00 reminder has just been delivered to the stand-in server."""
    wall = Wall(NINE - timedelta(hours=1))
    steps = Steps(wall)
    server = Server()
    coach = make_coach(
        Settings(muted=True, reminders=(Reminder("09:00"),), pain_checkins=False),
        wall=wall, zone=lambda: BERLIN, reminder_scheduler=steps, notifier=server,
    )  # fmt: skip
    coach.window.hide()
    coach.reminders.start()
    steps.run_to(NINE)
    return coach, server


def test_the_reminder_is_a_notification_with_three_answers(due) -> None:
    coach, server = due
    [(title, _body, buttons)] = server.shown
    assert title == "Time for your foot exercises"
    assert [label for key, label in buttons if key != "default"] == [
        "Start now", "In 10 minutes", "Not today",
    ]  # fmt: skip
    assert coach.window.findChild(ReminderPrompt) is None and not coach.window.isVisible()


def test_in_10_minutes_snoozes_with_the_window_hidden(due) -> None:
    coach, server = due
    server.sig_action.emit("snooze")
    assert coach.reminders.timer.next == NINE + timedelta(minutes=10)
    assert not coach.window.isVisible()


def test_not_today_pauses_with_the_window_hidden(due) -> None:
    coach, server = due
    server.sig_action.emit("not-today")
    assert coach.reminders.paused_today() and not coach.window.isVisible()


@pytest.mark.parametrize("key", ["start", "default"])
def test_start_now_starts_the_routine_in_front(due, key: str) -> None:
    coach, server = due
    server.sig_action.emit(key)
    assert coach.window.isVisible() and coach.window.current_page() == "session"
    assert coach.ctx.runner.session is not None
    assert server.closed == 1  # the question is answered: it leaves the screen


def test_no_notification_server_brings_the_prompt(due) -> None:
    coach, server = due
    server.sig_failed.emit("org.freedesktop.Notifications was not provided by any .service")
    prompt = coach.window.findChild(ReminderPrompt)
    assert isinstance(prompt, ReminderPrompt) and prompt.isVisible()


def test_without_a_session_bus_nothing_is_asked_and_nothing_held(qtbot, monkeypatch, tmp_path):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no bus socket there
    notifier, probe = desktop.services("offscreen")
    assert notifier is None and probe is not None
    seen: list[Seen] = []
    probe.look(Checks(), seen.append)
    assert seen == [Seen()]


def test_without_qtdbus_the_app_still_has_its_fallbacks(monkeypatch) -> None:
    for name in ("notifications", "presence_probe", "x11"):
        monkeypatch.delitem(sys.modules, f"foot_coach.system.{name}", raising=False)
    monkeypatch.setitem(sys.modules, "PySide6.QtDBus", None)  # a PySide build without it
    assert desktop.services("windows") == (None, None)
