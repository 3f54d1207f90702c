"""The welcome: each step, skipping, saving the answers, and never showing twice."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import themed
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from foot_coach.actions import help
from foot_coach.app import Coach
from foot_coach.cli import Options
from foot_coach.store import settings
from foot_coach.store.settings import Reminder, Settings
from foot_coach.system import desktop_entry
from foot_coach.system.autostart import ENTRY_ID
from foot_coach.system.first_paint import after_first_paint
from foot_coach.ui import help as help_ui
from foot_coach.ui import theme
from foot_coach.ui.first_run import FirstRunDialog
from foot_coach.ui.main_window import HelpTopic
from foot_coach.ui.widgets import measure


@pytest.fixture
def coach(make_coach):
    return make_coach(Settings())


def test_every_step_answered(qtbot) -> None:
    dialog = FirstRunDialog(70)
    qtbot.addWidget(dialog)
    assert dialog.step_label.text() == "Step 1 of 3"
    dialog.answer()
    dialog.reminder_time.setTime(QTime(18, 30))
    dialog.answer()
    dialog.voice_on.setChecked(False)
    dialog.volume.setValue(40)
    assert dialog.next_button.text() == "Start using Foot Coach"
    dialog.answer()
    answers = dialog.result_welcome()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert (answers.reminder, answers.volume, answers.sound_on, answers.voice_on) == (
        QTime(18, 30), 40, True, False,
    )  # fmt: skip


def test_skipped_steps_give_no_answers(qtbot) -> None:
    dialog = FirstRunDialog(70)
    qtbot.addWidget(dialog)
    for _ in range(3):
        qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    answers = dialog.result_welcome()
    assert answers.reminder is None and answers.volume is None and answers.voice_on is None


def test_no_reminder_chosen(qtbot) -> None:
    dialog = FirstRunDialog(70)
    qtbot.addWidget(dialog)
    dialog.answer()
    dialog.reminder_on.setChecked(False)
    assert not dialog.reminder_time.isEnabled()
    dialog.answer()
    assert dialog.result_welcome().reminder is None


def test_try_buttons_forward(qtbot) -> None:
    dialog = FirstRunDialog(55)
    qtbot.addWidget(dialog)
    dialog.skip()
    dialog.skip()  # on to the step with the sound
    [try_sound] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Try the sound"]
    with qtbot.waitSignal(dialog.sig_try_sound) as tried:
        try_sound.click()
    assert tried.args == [55]


def test_answers_are_saved_and_the_welcome_is_done(coach: Coach, qtbot) -> None:
    dialog = help.welcome(coach.ctx)
    dialog.answer()
    dialog.reminder_time.setTime(QTime(8, 15))
    dialog.answer()
    dialog.sound_on.setChecked(False)
    dialog.answer()
    saved, _ = settings.load(coach.ctx.paths.settings, "x")
    assert saved.first_run_done
    assert saved.reminders == (Reminder("08:15"),)
    assert saved.muted and coach.ctx.cues.muted
    assert coach.ctx.pages.reminders.rows[0].value() == Reminder("08:15")


def test_enter_walks_through_and_keeps_what_was_ticked(coach: Coach, qtbot) -> None:
    coach.window.show()
    dialog = help.welcome(coach.ctx)
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.next_button
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    dialog.skip_button.setFocus()  # Enter goes on even from Skip, which Tab reaches first
    qtbot.keyClick(dialog.skip_button, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    saved, _ = settings.load(coach.ctx.paths.settings, "x")
    assert saved.first_run_done and saved.reminders == (Reminder("09:00"),)
    assert not saved.muted and saved.voice


def test_enter_on_the_reminder_time_goes_on_too(qtbot) -> None:
    dialog = FirstRunDialog(70)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.answer()
    dialog.reminder_time.setFocus()
    qtbot.keyClick(dialog.reminder_time, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 2
    assert dialog.result_welcome().reminder == QTime(9, 0)


def test_closing_the_welcome_counts_as_done(coach: Coach, qtbot) -> None:
    dialog = help.welcome(coach.ctx)
    dialog.reject()
    saved, _ = settings.load(coach.ctx.paths.settings, "x")
    assert saved.first_run_done and saved.reminders == ()


def test_help_dialogs_open(coach: Coach, qtbot) -> None:
    for topic in (HelpTopic.SHORTCUTS, HelpTopic.TROUBLESHOOTING, HelpTopic.ABOUT):
        coach.window.help_actions[topic].trigger()
    titles = {d.windowTitle() for d in coach.window.findChildren(QDialog) if d.isVisible()}
    assert titles == {"Keyboard shortcuts", "Troubleshooting", "About Foot Coach"}


def test_f1_opens_the_shortcuts(coach: Coach, qtbot) -> None:
    coach.window.show()
    with qtbot.waitActive(coach.window):
        coach.window.activateWindow()
    qtbot.keyClick(coach.window.focusWidget() or coach.window, Qt.Key.Key_F1)
    titles = {d.windowTitle() for d in coach.window.findChildren(QDialog) if d.isVisible()}
    assert titles == {"Keyboard shortcuts"}


@pytest.mark.parametrize("done", [False, True])
def test_the_welcome_shows_once(coach: Coach, qtbot, done: bool) -> None:
    from PySide6.QtWidgets import QApplication

    from foot_coach.app import show

    coach.ctx.settings.value = Settings(first_run_done=done, muted=True, voice=False)
    show(QApplication.instance(), coach, Options(None, False, 1.0), [])
    assert not coach.window.findChildren(FirstRunDialog)  # not before the window is seen
    painted = []  # the welcome comes after the window's first paint, with the other steps
    after_first_paint(coach.window, True, lambda: painted.append(True))
    qtbot.waitUntil(lambda: bool(painted))
    shown = [d for d in coach.window.findChildren(FirstRunDialog) if d.isVisible()]
    assert len(shown) == (0 if done else 1)


def test_the_menu_entry_is_offered_only_when_asked(qtbot) -> None:
    plain = FirstRunDialog(70)
    qtbot.addWidget(plain)
    assert not plain.menu_entry.isVisibleTo(plain)
    plain.answer()
    assert plain.result_welcome().menu_entry is None
    offered = FirstRunDialog(70, offer_menu_entry=True)
    qtbot.addWidget(offered)
    assert offered.menu_entry.isVisibleTo(offered) and offered.menu_entry.isChecked()
    offered.answer()
    assert offered.result_welcome().menu_entry is True


def test_a_pip_install_gets_its_menu_entry_from_the_welcome(coach: Coach, qtbot, tmp_path) -> None:
    dialog = help.welcome(coach.ctx)  # this test venv was not installed by a package
    assert dialog.offers_menu_entry
    for _ in range(3):
        dialog.answer()
    data = desktop_entry.data_home(os.environ, Path.home())
    assert (data / "applications" / f"{ENTRY_ID}.desktop").is_file()
    assert not desktop_entry.offered(os.environ, Path.home())  # in place: not offered again


@pytest.mark.parametrize(
    "make", [lambda: FirstRunDialog(70), lambda: help_ui.shortcuts_dialog(None)],
    ids=["welcome", "shortcuts"],
)  # fmt: skip
def test_at_large_text_the_dialogs_open_larger_and_within_the_screen(qtbot, make) -> None:
    """At 200 % text they kept the size that suits 100 %: the welcome's steps scrolled, and
    the shortcuts wrapped a few words to a line."""
    sizes = {}
    for percent in (100, 200):
        with themed(theme.Mode.LIGHT, percent):
            dialog = make()
            qtbot.addWidget(dialog)
            sizes[percent] = dialog.size()
            free = measure.free_area(dialog.frameGeometry().center())
            assert sizes[percent].width() <= free.width()
            assert sizes[percent].height() <= free.height()
    assert sizes[200].width() > sizes[100].width()
    assert sizes[200].height() > sizes[100].height()


def test_boxes_at_start_open_one_at_a_time_the_welcome_last(coach: Coach, qtbot) -> None:
    """Settings that could not be read come back as the usual ones, the welcome's among them:
    it opened over the warning, which lay under it, unanswerable behind a modal box. What
    happened before (a warning, a session cut off) is told first, the welcome last."""
    from datetime import UTC, datetime

    from foot_coach.app import show
    from foot_coach.store import log

    coach.ctx.settings.value = Settings(first_run_done=False, muted=True, voice=False)
    cut_off = log.start_session(
        coach.ctx.store.conn, datetime(2026, 11, 2, 9, tzinfo=UTC), ["toe-curls"]
    )
    warnings = ["Foot Coach could not read all of its settings.", "Your own exercises too."]
    show(QApplication.instance(), coach, Options(None, False, 1.0), warnings, cut_off)
    painted = []  # the welcome's turn comes after the window's first paint
    after_first_paint(coach.window, True, lambda: painted.append(True))
    qtbot.waitUntil(lambda: bool(painted))
    for text in [*warnings, "Your last session stopped unexpectedly"]:  # in order, each on top
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.text().startswith(text)
        assert not any(d.isVisible() for d in coach.window.findChildren(FirstRunDialog))
        ok, no = QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.No
        (box.button(ok) or box.button(no)).click()
    assert isinstance(QApplication.activeModalWidget(), FirstRunDialog)
