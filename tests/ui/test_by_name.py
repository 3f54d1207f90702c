"""Qt properties set by name, as the widgets of the first paint set them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton, QScrollArea, QWidget

from foot_coach.ui.by_name import key_text, set_property, shortcut


def test_an_enum_is_set_by_its_key_and_a_value_as_it_is(qtbot) -> None:
    scroll, button = QScrollArea(), QPushButton()
    qtbot.add_widget(scroll)
    qtbot.add_widget(button)
    set_property(scroll, "focusPolicy", "NoFocus")
    set_property(scroll, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
    set_property(button, "shortcut", QKeySequence("Alt+1"))
    assert scroll.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert button.shortcut() == QKeySequence("Alt+1")


@pytest.mark.parametrize(("name", "value"), [("focusPolicy", "NoFcous"), ("focusPolcy", "NoFocus")])
def test_a_misspelt_key_or_property_is_an_error(qtbot, name: str, value: str) -> None:
    scroll = QScrollArea()
    qtbot.add_widget(scroll)
    with pytest.raises(ValueError, match=name):
        set_property(scroll, name, value)
    assert scroll.focusPolicy() != Qt.FocusPolicy.NoFocus


KEYS = ["Left", "Right", "Ctrl+P", "Ctrl+Return", "Alt+1", "Ctrl+Shift+E", "Space", "Esc"]


@pytest.mark.parametrize("key", KEYS)
def test_a_keys_words_are_qts_own_in_each_language(language: str, key: str) -> None:
    native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    assert key_text(key) == native


def test_a_shortcut_made_by_name_has_its_key_and_calls_back(qtbot) -> None:
    page = QWidget()
    qtbot.add_widget(page)
    called: list[bool] = []
    made = shortcut(page, "Ctrl+Return", lambda: called.append(True))
    assert made.key() == QKeySequence("Ctrl+Return")
    assert made.parent() is page
    made.activated.emit()
    assert called == [True]
