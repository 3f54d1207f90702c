"""What the app announces to a screen reader, heard in process: the tests stand in for the
accessibility bridge, which would pass each notice that shows on to AT-SPI, where Orca speaks
it (see foot_coach/ui/widgets/notice.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from foot_coach.ui.widgets.notice import Notice, NoticeBar


def listen(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """From now on, the words of each notice as it shows, as a screen reader reads them:
    the name of a notification inside a status bar. What is said shows a moment later:
    `settle()` before looking."""
    heard: list[str] = []
    _say_what_is_waiting()  # said before, by an earlier test's window too: not heard here

    def update(event) -> None:
        if event.type() == QAccessible.Event.ObjectShow and isinstance(event.object(), Notice):
            notice = QAccessible.queryAccessibleInterface(event.object())
            assert notice.role() == QAccessible.Role.Notification
            # In a status bar, Orca says it without the word "notification" first.
            assert notice.parent().role() == QAccessible.Role.StatusBar
            heard.append(notice.text(QAccessible.Text.Name))

    monkeypatch.setattr(QAccessible, "updateAccessibility", update)
    return heard


def settle() -> None:
    """Let this turn of the event loop end and the moment pass, so what was said shows: the
    notices go out at once instead of on their timers, as a stepped clock does for time."""
    QApplication.processEvents()
    _say_what_is_waiting()


def _say_what_is_waiting() -> None:
    # Each window's bar is its direct child (notice.bar_of). Only the windows are walked: a
    # Python wrapper made for every widget alive, some mid-deletion from an earlier test,
    # crashed a run once.
    for window in QApplication.topLevelWidgets():
        bar = window.findChild(NoticeBar, "", Qt.FindChildOption.FindDirectChildrenOnly)
        if bar is not None:
            bar.catch_up()
