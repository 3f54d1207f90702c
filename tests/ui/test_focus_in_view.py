"""Tab brings the control it reaches into view. Qt scrolls a page to its focus only when Tab
moves between controls inside it; coming in from the page buttons (or round from the last
control), Tab landed on the volume slider of a Settings page scrolled down, out of sight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from foot_coach.app import Coach
from foot_coach.store.settings import Settings
from foot_coach.ui import theme


@pytest.fixture
def large_text():
    theme.apply(QApplication.instance(), theme.Mode.LIGHT, 200)
    yield
    theme.apply(QApplication.instance(), theme.Mode.LIGHT)


def in_view(area: QScrollArea) -> bool:
    """The focused control's top is in the scroll area's window onto its page, and as much of
    it as that window can hold (an exercise's steps may be taller)."""
    focused = QApplication.focusWidget()
    view = area.viewport().rect()
    shown = QRect(focused.mapTo(area.viewport(), QPoint(0, 0)), focused.size()) & view
    top_seen = view.contains(focused.mapTo(area.viewport(), QPoint(0, 0)))
    return top_seen and shown.height() >= min(focused.height(), view.height()) - 1


@pytest.mark.parametrize("page", ["settings", "exercises"])
def test_tab_into_a_scrolled_page_shows_what_it_reached(qtbot, make_coach, large_text, page):
    coach: Coach = make_coach(Settings(muted=True))
    coach.window.resize(800, 500)
    coach.window.show()
    coach.window.show_page(page)
    coach.window.activateWindow()
    qtbot.waitUntil(coach.window.isActiveWindow)
    area = coach.window.page(page).findChild(QScrollArea)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0, "the page fits: nothing to scroll"
    bar.setValue(bar.maximum())  # as after reading down to the end with the wheel
    button = next(b for b in coach.window.nav_buttons if b.isChecked())
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Tab)
    assert area.widget().isAncestorOf(QApplication.focusWidget())
    assert in_view(area), f"Tab reached {QApplication.focusWidget()!r} out of sight"
