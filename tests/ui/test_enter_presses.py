"""Enter presses the focused button in the window, as it does in the app's dialogs: people
press Enter on "Start routine" and expect it to start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout, QWidget

from foot_coach.ui.main_window import MainWindow


def window_with(*widgets: QWidget) -> MainWindow:
    page = QWidget()
    layout = QVBoxLayout(page)
    for widget in widgets:
        layout.addWidget(widget)
    window = MainWindow()
    window.add_page("session", "Session", lambda: page)
    window.show()
    return window


def test_enter_and_return_press_the_focused_button(qtbot) -> None:
    button = QPushButton("Start routine")
    window = window_with(button)
    qtbot.addWidget(window)
    pressed: list[bool] = []
    button.clicked.connect(lambda: pressed.append(True))
    button.setFocus()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        QTest.keyClick(button, key)
    assert pressed == [True, True]


def test_enter_on_a_check_box_leaves_it_as_it_was(qtbot) -> None:
    """Space ticks a box; Enter there is not a press of anything."""
    box = QCheckBox("Mute all sounds")
    other = QPushButton("Try the sound")
    window = window_with(box, other)
    qtbot.addWidget(window)
    pressed: list[bool] = []
    other.clicked.connect(lambda: pressed.append(True))
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert not box.isChecked() and pressed == []
