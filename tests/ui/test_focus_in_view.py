"""Tab brings the control it reaches into view. Qt scrolls a page to its focus only when Tab
moves between controls inside it; coming in from the page buttons (or round from the last
control), Tab landed on the volume slider of a Settings page scrolled down, out of sight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from foot_coach.app import Coach
from foot_coach.store.settings import Settings
from foot_coach.ui.widgets.scrolling import vertical_scroll


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
    button = coach.window.nav_buttons[-1]  # the last page button: Tab goes on into the page
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Tab)
    assert area.widget().isAncestorOf(QApplication.focusWidget())
    assert in_view(area), f"Tab reached {QApplication.focusWidget()!r} out of sight"


def tall_page(name: str) -> QScrollArea:
    """A page area of many buttons, taller than its window."""
    content = QWidget()
    column = QVBoxLayout(content)
    for row in range(30):
        column.addWidget(QPushButton(f"{name} {row}"))
    return vertical_scroll(content)


def test_the_focus_scrolls_the_area_it_is_in_and_no_other(qtbot):
    """Two areas side by side, as a dialog beside a page: the one holding the control Tab
    reached comes to it, the other stays where its reader left it."""
    window = QWidget()
    qtbot.add_widget(window)
    left, right = tall_page("left"), tall_page("right")
    row = QHBoxLayout(window)
    row.addWidget(left)
    row.addWidget(right)
    window.resize(600, 300)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for area in (left, right):
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum() // 2)
    for area, other in ((left, right), (right, left)):
        kept = other.verticalScrollBar().value()
        last = area.widget().findChildren(QPushButton)[-1]  # below the half shown
        last.setFocus(Qt.FocusReason.TabFocusReason)
        assert QApplication.focusWidget() is last
        assert in_view(area), f"Tab reached {last.text()!r} out of sight"
        assert other.verticalScrollBar().value() == kept


def test_a_control_comes_into_view_with_the_label_that_names_it(qtbot) -> None:
    """A History chart's Tab stop is its summary under the plot, named by the chart's title
    above it: Tab brought the summary alone into view, the title cut off above the plot."""
    from PySide6.QtWidgets import QFrame, QLabel

    content = QWidget()
    column = QVBoxLayout(content)
    title, plot, summary = QLabel("Repetitions per exercise"), QFrame(), QLabel("540 in all")
    plot.setMinimumHeight(200)
    summary.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    title.setBuddy(summary)
    above, below = ([QPushButton(f"{at} {row}") for row in range(8)] for at in ("up", "down"))
    for widget in (*above, title, plot, summary, *below):
        column.addWidget(widget)
    area = vertical_scroll(content)
    qtbot.add_widget(area)
    area.resize(400, 280)
    area.show()
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    summary.setFocus(Qt.FocusReason.TabFocusReason)
    for shown in (title, summary):
        assert shown.visibleRegion().boundingRect().size() == shown.size(), shown.text()
