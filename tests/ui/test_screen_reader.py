"""What a screen reader is told beyond names: page tabs and the exercise that comes into view."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from announcements import listen, settle
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from foot_coach.app import Coach
from foot_coach.core.announcing import plain

# The page tabs asked for by assistive technology, then a quit with the window still there when
# QApplication goes (its deletion pending), and with Qt's accessibility cache made before the
# page tabs' factory, as any earlier widget makes it: the order that crashed at exit.
QUIT_SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QApplication, QLabel, QWidget
    from foot_coach.ui.main_window import MainWindow

    app = QApplication(sys.argv)
    QAccessible.queryAccessibleInterface(QLabel("before the page tabs"))
    window = MainWindow()
    for key in ("exercises", "history"):
        window.add_page(key, key.title(), QWidget)  # each page made when first shown
    window.show()
    window.show_page("history")
    # No reference kept here: Python's own hold on the interfaces is what is under test.
    for widget in (*window.nav_buttons, window.nav):
        print(QAccessible.queryAccessibleInterface(widget).role().name)
    window.deleteLater()
    """
)


@pytest.fixture
def coach(make_coach):
    made = make_coach()
    made.window.show()
    return made


def test_page_buttons_are_page_tabs_and_the_shown_page_is_selected(coach: Coach) -> None:
    coach.window.show_page("history")
    tabs = [QAccessible.queryAccessibleInterface(b) for b in coach.window.nav_buttons]
    assert {tab.role() for tab in tabs} == {QAccessible.Role.PageTab}
    assert tabs[0].parent().role() == QAccessible.Role.PageTabList
    selected = [tab.text(QAccessible.Text.Name) for tab in tabs if tab.state().selected]
    assert selected == ["History"]
    assert all(tab.state().selectable for tab in tabs)


def test_a_page_tab_can_be_pressed_by_assistive_technology(coach: Coach) -> None:
    [routine] = [b for b in coach.window.nav_buttons if b.property("page_key") == "routine"]
    tab = QAccessible.queryAccessibleInterface(routine)
    assert "Press" in tab.actionInterface().actionNames()
    tab.actionInterface().doAction("Press")
    assert coach.window.current_page() == "routine"
    assert tab.state().selected


def test_moving_through_the_cards_says_the_exercise_and_its_amount(
    qtbot, coach: Coach, monkeypatch
) -> None:
    heard = listen(monkeypatch)
    page = coach.ctx.pages.exercises
    coach.window.show_page("exercises")
    qtbot.keyClick(page, Qt.Key.Key_Right)
    settle()
    qtbot.keyClick(page, Qt.Key.Key_Left)
    settle()
    assert heard[0].startswith("Arch raises. Today, ")
    assert heard[0].endswith("Exercise 2 of 5.")
    assert heard[1].startswith("Toe curls. Today, ") and heard[1].endswith("Exercise 1 of 5.")


def test_tab_to_an_exercises_steps_reads_them(qtbot, coach: Coach) -> None:
    """Not only the name: Orca said "How to do it: Toe curls" and not one step."""
    from PySide6.QtWidgets import QScrollArea

    coach.window.show_page("exercises")
    coach.window.activateWindow()
    qtbot.waitUntil(coach.window.isActiveWindow)
    [area] = [
        a
        for a in coach.ctx.pages.exercises.findChildren(QScrollArea)
        if a.accessibleName() == "How to do it: Toe curls" and a.isVisible()
    ]
    area.setFocus(Qt.FocusReason.TabFocusReason)
    said = QAccessible.queryAccessibleInterface(area).text(QAccessible.Text.Description)
    lines = said.splitlines()
    assert lines[:2] == ["Toe curls", "Seated"] and lines[2].startswith("Today: 10 times")
    assert lines[3].startswith("1. Sit on a steady chair") and lines[6].startswith("4. ")
    assert lines[7].startswith("If your foot cramps") and len(lines) == 8


def test_tab_reaches_the_history_totals_before_the_charts(qtbot, coach: Coach) -> None:
    from test_tab_order import tab_stops

    coach.window.show_page("history")
    stops = tab_stops(coach.window.page("history"))
    words = [QAccessible.queryAccessibleInterface(s).text(QAccessible.Text.Name) for s in stops]
    # A fresh history: the totals and what will show here, after the range and the report.
    assert words[1] == "Report for my physiotherapist"
    assert words[2].startswith("Current streak: 0 days") and words[3].startswith("Nothing here")


def test_each_welcome_step_is_said_as_next_moves_on(qtbot, monkeypatch) -> None:
    from foot_coach.ui.first_run import FirstRunDialog

    heard = listen(monkeypatch)
    dialog = FirstRunDialog(70)
    qtbot.addWidget(dialog)
    panes = [dialog.pages.accessibleName()]
    for _ in range(2):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        settle()
        panes.append(dialog.pages.accessibleName())
    assert heard == ["Step 2 of 3, A daily reminder.", "Step 3 of 3, Sound and voice."]
    assert panes == ["Welcome", "A daily reminder", "Sound and voice"]


def test_a_dialogs_text_is_not_read_twice_as_it_opens(qtbot) -> None:
    """Orca reads a dialog's text as it opens; the area read it all again."""
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QScrollArea

    from foot_coach.ui import help

    dialog = help.shortcuts_dialog(None)
    qtbot.addWidget(dialog)
    area = dialog.findChild(QScrollArea)
    said = []
    for reason in (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.TabFocusReason):
        QApplication.sendEvent(area, QFocusEvent(QFocusEvent.Type.FocusIn, reason))
        said.append(area.accessibleDescription())
    assert said[0] == "" and said[1].startswith("Anywhere\nAlt+1")


def test_the_arrows_turn_the_cards_from_the_steps_and_the_buttons(qtbot, coach: Coach) -> None:
    """A button took the arrows to move the focus, and the steps' scroll area took them too."""
    page = coach.ctx.pages.exercises
    coach.window.show_page("exercises")
    coach.window.activateWindow()
    qtbot.waitUntil(coach.window.isActiveWindow)
    page.card(0).reading.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert page.current_exercise() == "arch-raises"
    focus = QApplication.focusWidget()
    assert focus is page.card(1).reading  # the steps shown, read out as the focus comes
    assert "Arch raises" in focus.accessibleDescription()
    page.next.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.next, Qt.Key.Key_Left)
    assert page.current_exercise() == "toe-curls" and page.next.hasFocus()


def test_what_became_of_saving_is_said(coach: Coach, monkeypatch) -> None:
    """Saving leaves the focus where it was, so the line that says how it went was unheard."""
    heard = listen(monkeypatch)
    coach.window.show_page("routine")
    routine = coach.ctx.pages.routine
    routine._save()
    settle()
    coach.window.show_page("reminders")
    coach.ctx.pages.reminders.show_message("Saved to /home/anna/reminders.ics")
    settle()
    assert heard == [plain(routine.message.text()), "Saved to /home/anna/reminders.ics."]
    assert heard[0].startswith("Saved.")


def test_a_rating_is_said_to_be_taken(qtbot, monkeypatch) -> None:
    from foot_coach.ui.checkin import RatingBar

    heard = listen(monkeypatch)
    bar = RatingBar()
    qtbot.addWidget(bar)
    bar.ask("toe-curls", "Toe curls")
    settle()
    bar.buttons["about-right"].click()
    settle()
    assert heard == ["How did Toe curls feel?", "Noted, About right."]


def test_quitting_after_the_page_tabs_were_read_ends_cleanly() -> None:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", QUIT_SCRIPT], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.split() == ["PageTab", "PageTab", "PageTabList"], done.stderr
    assert done.returncode == 0, done.stderr  # a crash at exit is -11 (SIGSEGV)


def test_what_is_said_a_moment_apart_is_one_notice(qtbot, monkeypatch) -> None:
    """Orca 43 dropped the first of two notices some milliseconds apart: "Carrying on." went
    unsaid when the phase it ended came in the next turn of the event loop."""
    from PySide6.QtWidgets import QWidget

    from foot_coach.core.announcing import Kind
    from foot_coach.ui.announce import announce

    heard = listen(monkeypatch)
    window = QWidget()
    qtbot.addWidget(window)
    announce(window, "Carrying on.", Kind.STATE)
    QApplication.processEvents()  # the turn ends; the next one brings the phase's end
    announce(window, "And release. 5 of 10.", Kind.STEP)
    settle()
    assert heard == ["Carrying on. And release. 5 of 10."]


def test_a_screen_reader_is_not_given_punctuation_it_would_say_by_name(qtbot, monkeypatch):
    """Orca said "Rest em dash next colon Heel dash to dash toe walk": at its punctuation
    level the dash, the colon and the hyphen are read out as words."""
    from PySide6.QtWidgets import QWidget

    from foot_coach.core.announcing import Kind
    from foot_coach.ui.announce import announce

    heard = listen(monkeypatch)
    window = QWidget()
    qtbot.addWidget(window)
    announce(window, "Rest — next: Heel-to-toe walk.", Kind.STEP)
    announce(window, "Exercise 3 of 5", Kind.PROGRESS)
    settle()
    assert heard == ["Rest, next, Heel to toe walk. Exercise 3 of 5."]


def test_a_count_waits_for_the_step_before_it_to_be_heard(qtbot, monkeypatch) -> None:
    """Each count cut the words before it short: it now waits on the bar's timer."""
    from PySide6.QtWidgets import QWidget

    from foot_coach.core.announcing import Kind, speaking_ms
    from foot_coach.ui.announce import announce
    from foot_coach.ui.widgets.notice import bar_of

    heard = listen(monkeypatch)
    window = QWidget()
    qtbot.addWidget(window)
    bar = bar_of(window)
    clock = [1000]
    monkeypatch.setattr(bar, "now", lambda: clock[0])
    announce(window, "Turn around and walk back", Kind.STEP)
    bar.flush()
    clock[0] += 500
    announce(window, "1", Kind.COUNT)
    bar.flush()
    assert heard == ["Turn around and walk back."]
    assert bar.quiet.isActive()
    assert bar.quiet.interval() == speaking_ms("Turn around and walk back") - 500
    clock[0] += 5000
    bar.quiet.timeout.emit()  # as the timer would, once the step has been heard
    assert heard == ["Turn around and walk back.", "1."]


def test_where_announcements_are_heard_each_goes_with_its_politeness(qtbot, monkeypatch):
    """A newer screen reader hears AT-SPI announcements: a step cuts in, a count waits, and
    no notice goes out beside them to be heard a second time."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QWidget

    from foot_coach.core.announcing import Kind
    from foot_coach.ui.announce import announce
    from foot_coach.ui.widgets.notice import bar_of

    window = QWidget()
    qtbot.addWidget(window)
    bar = bar_of(window)
    bar.listeners = SimpleNamespace(announcements=True)
    sent: list[tuple[str, object]] = []

    def update(event) -> None:
        heard = event.type() == QAccessible.Event.Announcement
        sent.append((event.message(), event.politeness()) if heard else ("", event.type()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", update)
    clock = [1000]
    monkeypatch.setattr(bar, "now", lambda: clock[0])
    for said, kind in (("Hold.", Kind.STEP), ("3", Kind.COUNT), ("3", Kind.COUNT)):
        announce(window, said, kind)
        bar.flush()
        clock[0] += 5000
    how = QAccessible.AnnouncementPoliteness
    assert sent == [("Hold.", how.Assertive), ("3.", how.Polite)]
