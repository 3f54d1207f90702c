"""Lines that say how something stands, or what is wrong, take the room of their words and
no more: one line on the Settings page is one line tall, and a dialog with no problem to tell
has no empty line above its buttons."""

from __future__ import annotations

from layout_walk import settle
from PySide6.QtWidgets import QDialogButtonBox, QScrollArea

from foot_coach.actions import own_exercises
from foot_coach.app import Coach
from foot_coach.store.settings import Settings
from foot_coach.ui.pages.settings_page import SettingsPage


def test_the_sound_and_voice_lines_are_as_tall_as_their_words(qtbot, text_size) -> None:
    page = SettingsPage()
    qtbot.addWidget(page)
    page.resize(1280, 570)  # a 1366x768 laptop's window, below its title and page buttons
    page.show()
    page.show_status(
        "The sounds start when a session starts.", "The voice starts when a session starts."
    )
    settle(page)
    sound, voice = page.sound_status, page.voice_status
    for line in (sound, voice):
        assert line.height() == line.heightForWidth(line.width()), line.text()
    # One sentence each, one under the other: no room for a line between them.
    assert voice.y() - sound.geometry().bottom() < sound.fontMetrics().height() / 2


def test_no_problem_takes_no_room_above_the_buttons(qtbot, make_coach, text_size) -> None:
    coach: Coach = make_coach(Settings(muted=True))
    editor = own_exercises.edit(coach.ctx, None)
    qtbot.waitExposed(editor)
    settle(editor)
    scroll = editor.findChild(QScrollArea)
    buttons = editor.findChild(QDialogButtonBox)
    spacing = editor.layout().spacing()
    assert buttons.y() - scroll.geometry().bottom() - 1 <= spacing
    editor.accept()  # a blank exercise: it has no name
    settle(editor)
    assert editor.problem.isVisible() and editor.problem.text().startswith("Name: ")
    assert editor.problem.height() >= editor.problem.fontMetrics().height()
