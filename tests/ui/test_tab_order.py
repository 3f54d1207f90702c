"""Tab moves through each page and dialog in reading order: along a row, then down.

A step may also jump up to the top of the next column to the right (the Routine page has a
list on the left and its details on the right), but never back up or back to the left.
"""

from __future__ import annotations

import gc
from itertools import pairwise

import pytest
from conftest import PAGES
from dialog_steps import each_step, small_dialogs
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QWidget

from foot_coach.actions.coaching import amounts
from foot_coach.app import Coach
from foot_coach.store.settings import Reminder, Settings

SIZES = [(800, 500), (1280, 800)]


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits inside root, in the order Qt visits them."""
    window = root.window()
    stops: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window and widget not in stops:
        takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        parent = widget.parentWidget()
        inner = isinstance(parent, QAbstractSpinBox)  # the spin box's own edit
        # A view's viewport passes its focus on to the view (a chart's plot, a list).
        inner = inner or (isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget)
        shown = widget.isVisible() and widget.isEnabled()
        if takes_tab and not inner and shown and (root.isAncestorOf(widget) or widget is root):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def place(widget: QWidget, other: QWidget) -> QRect:
    """Where widget is, seen from other: a widget inside a scroll area other is not in may be
    scrolled out of sight, so its place is the scroll area's."""
    seen, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not parent.isAncestorOf(other):
            seen = parent
        parent = parent.parentWidget()
    return QRect(seen.mapTo(seen.window(), QPoint(0, 0)), seen.size())


def name(widget: QWidget) -> str:
    return widget.accessibleName() or type(widget).__name__


def backward_steps(root: QWidget) -> list[str]:
    stops = tab_stops(root)
    wrong = []
    for before, after in pairwise(stops):
        if before.isAncestorOf(after):
            continue  # into a scroll area's content
        a, b = place(before, after), place(after, before)
        same_row = b.top() < a.bottom() and a.top() < b.bottom()
        if same_row and b.center().x() < a.center().x():
            wrong.append(f"{name(before)} -> {name(after)}: back to the left")
        elif not same_row and b.bottom() <= a.top() and b.left() < a.right():
            wrong.append(f"{name(before)} -> {name(after)}: back up")
    return wrong


@pytest.fixture
def coach(make_coach) -> Coach:
    two = (Reminder("09:00"), Reminder("18:30"))
    return make_coach(Settings(muted=True, reminders=two))


@pytest.mark.parametrize("size", SIZES, ids=["800x500", "1280x800"])
@pytest.mark.parametrize("page", PAGES)
def test_pages_tab_in_reading_order(coach: Coach, page: str, size: tuple[int, int]) -> None:
    coach.window.resize(*size)
    coach.window.show()
    if page == "session":
        coach.sessions.start(["toe-curls"])
    coach.window.show_page(page)
    root = coach.window.page(page)
    assert len(tab_stops(root)) >= 2, "a page with fewer than two stops checks nothing"
    assert backward_steps(root) == []


def test_a_reminder_added_later_still_comes_first(coach: Coach) -> None:
    coach.window.resize(1280, 800)
    coach.window.show()
    coach.window.show_page("reminders")
    page = coach.window.page("reminders")
    page.add_reminder()
    assert backward_steps(page) == []


def test_the_reading_order_check_catches_a_wrong_order(qtbot) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    box = QWidget()
    qtbot.addWidget(box)
    row = QHBoxLayout(box)
    buttons = [QPushButton(text) for text in ("One", "Two", "Three")]
    for button in buttons:
        button.setAccessibleName(button.text())
        row.addWidget(button)
    box.show()
    assert backward_steps(box) == []
    QWidget.setTabOrder(buttons[0], buttons[2])
    assert backward_steps(box) == ["Three -> Two: back to the left"]


def test_dialogs_tab_in_reading_order(qtbot, coach: Coach) -> None:
    from foot_coach.actions import own_exercises

    dialogs = small_dialogs()
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    wrong = []
    for dialog in each_step(
        [*dialogs, own_exercises.edit(coach.ctx, None)]
    ):  # the editor is the coach's
        wrong += [f"{type(dialog).__name__}: {w}" for w in backward_steps(dialog)]
    assert wrong == []


def test_cards_made_later_come_before_the_buttons_and_stay_alive(coach: Coach) -> None:
    coach.window.resize(1280, 800)
    coach.window.show()
    coach.window.show_page("exercises")
    page = coach.ctx.pages.exercises
    page.set_catalog(coach.ctx.catalog, amounts(coach.ctx))  # as after an own exercise is saved
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()  # the walk that orders the tabs once left the cards' labels to the collector
    page.show_prescriptions(amounts(coach.ctx))
    stops = tab_stops(page)
    assert stops[-1] is page.start and page.cards.currentWidget().isAncestorOf(stops[0])
    assert backward_steps(page) == []


def test_history_charts_come_before_the_buttons_below_them(qtbot, coach: Coach) -> None:
    import random
    from datetime import date

    from test_accessible_names import silent_stops

    from foot_coach.store.seed import seed_history

    seed_history(coach.ctx.store.conn, 60, date.today(), random.Random(4))
    coach.window.resize(1280, 800)
    coach.window.show()
    coach.window.show_page("history")
    page = coach.window.page("history")
    qtbot.waitUntil(lambda: all(c.placed for c in page.charts.values()))
    QApplication.processEvents()  # the layout places the charts it has just shown
    assert silent_stops(page) == []
    stops = tab_stops(page)
    charts = [s for s in stops if page.chart_area.isAncestorOf(s)]
    assert charts, "the charts take part in Tab"
    assert stops.index(charts[-1]) < stops.index(page.sessions)
    assert backward_steps(page) == []


def test_tab_reaches_every_page_button(qtbot, coach: Coach) -> None:
    """Tab alone goes to each page: as a group of exclusive buttons only the page shown took
    Tab, and History could be reached only with the arrow keys or Alt+3, which a person who
    knows Tab, Enter and Space did not find."""
    coach.window.show()
    qtbot.waitExposed(coach.window)
    coach.window.show_page("history")
    coach.window.nav_buttons[2].setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert tab_stops(coach.window.nav) == coach.window.nav_buttons
    coach.window.nav_buttons[0].click()
    assert [b.isChecked() for b in coach.window.nav_buttons] == [True] + [False] * 5
    coach.window.nav_buttons[0].click()  # the page shown, again: it stays the one checked
    assert coach.window.nav_buttons[0].isChecked() and coach.window.current_page() == "exercises"
