"""Starting in the tray makes only the tray and the reminder clock: what wakes the app builds
the rest once and is then answered by it; snoozing, pausing and quitting build nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from foot_coach.store.db import Store
from foot_coach.store.settings import Settings, SettingsFile
from foot_coach.tray_start import TrayStart
from foot_coach.ui.tray import Tray

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
# The offscreen platform has no tray: showing the icon there only says so.
pytestmark = pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTray")


class Built:
    """Stands for the window and its parts: hears the tray and the clock once built."""

    def __init__(self, waiting: TrayStart[Built]) -> None:
        self.heard: list[object] = []
        waiting.tray.sig_open.connect(lambda: self.heard.append("open"))
        waiting.tray.sig_start.connect(lambda: self.heard.append("start"))
        waiting.reminders.sig_due.connect(self.heard.append)


@pytest.fixture
def waiting(qtbot, tmp_path: Path):
    store = Store.open(tmp_path / "history.sqlite3")
    keeper = SettingsFile(tmp_path / "settings.toml", Settings())
    holder = QObject()
    made: list[Built] = []
    start = TrayStart[Built](keeper, store, None, 1.0, holder, lambda: NOW, lambda: UTC)
    start.wait(lambda w: made.append(Built(w)) or made[-1])
    QApplication.processEvents()  # the clock starts: it reads the history
    start.made = made  # type: ignore[attr-defined]
    yield start
    start.tray.hide()
    holder.deleteLater()
    store.close()


def test_opening_from_the_tray_builds_the_rest_once_and_it_hears_the_open(waiting) -> None:
    assert not waiting.is_built()
    waiting.tray.sig_open.emit()
    assert waiting.is_built() and len(waiting.made) == 1
    assert waiting.built().heard == ["open"]  # given again, to the parts just built
    waiting.tray.sig_start.emit()
    waiting.tray.sig_open.emit()
    assert len(waiting.made) == 1  # built once; from now on the built parts answer alone
    assert waiting.built().heard == ["open", "start", "open"]


def test_a_reminder_coming_due_builds_the_rest_and_is_presented_by_it(waiting) -> None:
    waiting.reminders.sig_due.emit(NOW)
    assert waiting.is_built()
    assert waiting.built().heard == [NOW]


def test_snoozing_and_pausing_from_the_tray_build_nothing(waiting) -> None:
    waiting.tray.sig_snooze.emit(10)
    assert waiting.reminders.keeper.value.snoozed_until == "2026-03-02T10:10:00+00:00"
    waiting.tray.sig_pause_today.emit()
    assert not waiting.is_built()
    kept = waiting.reminders.keeper.value
    assert kept.paused_on == "2026-03-02" and kept.snoozed_until == ""  # answered by the pause
    waiting.tray.menu.aboutToShow.emit()
    assert not waiting.tray.actions()["Pause reminders for today"].isEnabled()


def test_quitting_from_the_tray_builds_nothing(waiting, monkeypatch) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    waiting.tray.sig_quit.emit()
    assert quits == [True] and not waiting.is_built()


def test_the_window_built_takes_over_the_tray_and_the_clock(make_coach, qtbot, tmp_path) -> None:
    """The real composition root: Start in the tray's menu runs a session from then on, and
    the menu says so."""
    holder = QObject()
    store = Store.open(tmp_path / "waiting.sqlite3")
    keeper = SettingsFile(tmp_path / "settings.toml", Settings(muted=True))
    waiting = TrayStart(keeper, store, None, 1.0, holder)
    try:
        waiting.wait(lambda w: make_coach(waiting=w, tray_available=True))
        QApplication.processEvents()
        waiting.tray.sig_start.emit()
        coach = waiting.built()
        assert coach.ctx.tray is waiting.tray and coach.reminders is waiting.reminders
        assert coach.findChildren(Tray) == []  # no second icon and menu made and held
        assert coach.sessions.active() and coach.window.isVisible()
        waiting.tray.menu.aboutToShow.emit()
        assert not waiting.tray.actions()["Start routine"].isEnabled()  # a session runs
    finally:
        waiting.tray.hide()
        holder.deleteLater()
        store.close()


WAITING_SCRIPT = """
import gc, json, os, sys
gc.disable()  # as the entry point does
from PySide6.QtCore import QTimer
from foot_coach import start
from foot_coach.cli import parse
from foot_coach.tray_start import TrayStart
from foot_coach.ui.tray import Tray

Tray.available = staticmethod(lambda: True)  # offscreen has no tray: the app is told it has

def report():
    print(json.dumps({"modules": sorted(sys.modules), "collecting": gc.isenabled()}), flush=True)
    os._exit(0)

def composition():
    raise AssertionError("the window was built while waiting in the tray")

waited = TrayStart.wait

def wait(self, *args):
    waited(self, *args)
    QTimer.singleShot(0, report)  # next in turn after the clock's start, queued just before

TrayStart.wait = wait
sys.exit(start.run(parse(sys.argv[1:]), sys.argv[:1], composition))
"""
WINDOW_MODULES = ("foot_coach.app", "foot_coach.ui.main_window", "foot_coach.ui.pages.book",
                  "foot_coach.actions.context", "foot_coach.actions.session", "foot_coach.ui.cues",
                  "foot_coach.ui.illustration", "PySide6.QtSvg")  # fmt: skip


def test_waiting_in_the_tray_loads_none_of_the_window_and_collects_cycles(tmp_path: Path) -> None:
    """The cycle collector, paused by the entry point until a window's first paint, runs: in
    the tray there is no window to wait for, and the app may wait there for days."""
    import json
    import os
    import subprocess
    import sys

    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", WAITING_SCRIPT, "--data-dir", str(tmp_path), "--minimized"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0 and done.stdout, done.stderr
    seen = json.loads(done.stdout.splitlines()[-1])
    loaded = set(seen["modules"])
    assert "foot_coach.tray_start" in loaded  # it did start, in the tray
    assert [name for name in WINDOW_MODULES if name in loaded] == []
    assert seen["collecting"]


def test_the_window_icon_stops_at_128_pixels(qtbot) -> None:
    """Qt draws and keeps every size a window icon has: 256 and 512 held 1.3 MB for nothing."""
    from foot_coach.ui import theme

    sizes = sorted(size.width() for size in theme.app_icon().availableSizes())
    assert sizes == [16, 24, 32, 48, 64, 128]


def test_a_window_that_cannot_be_built_ends_the_app_with_the_reason_logged(
    qtbot, tmp_path: Path, monkeypatch, caplog
) -> None:
    """Otherwise the icon stays with nothing behind it: Open and even Quit do nothing. The
    failure is told once, in the log: it does not go on into Qt's event loop."""
    store = Store.open(tmp_path / "history.sqlite3")
    keeper = SettingsFile(tmp_path / "settings.toml", Settings())
    holder = QObject()
    start = TrayStart[Built](keeper, store, None, 1.0, holder, lambda: NOW, lambda: UTC)

    def broken(_waiting: TrayStart[Built]) -> Built:
        raise RuntimeError("a part is missing")

    start.wait(broken)
    QApplication.processEvents()  # the clock starts: it reads the history
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", exits.append)
    try:
        start.tray.sig_open.emit()
        assert exits == [1] and not start.is_built()
        assert "the window could not be built" in caplog.text
        assert "a part is missing" in caplog.text
    finally:
        start.tray.hide()
        holder.deleteLater()
        store.close()
