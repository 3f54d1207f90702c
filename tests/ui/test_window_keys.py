"""Keys people expect in the window: Enter presses the focused button, as in the app's dialogs
(people press Enter on "Start routine"), and Page Up and Page Down scroll a long page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QPushButton, QScrollArea, QVBoxLayout, QWidget

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


def test_page_down_and_up_scroll_a_long_page_from_wherever_the_focus_is(qtbot) -> None:
    """The page's scroll area takes no focus, so it never heard the keys."""
    from foot_coach.ui.widgets.scrolling import vertical_scroll

    content = QWidget()
    layout = QVBoxLayout(content)
    first = QPushButton("Report for my physiotherapist")
    layout.addWidget(first)
    for n in range(60):
        layout.addWidget(QCheckBox(f"Line {n}"))
    window = window_with(vertical_scroll(content))
    window.resize(800, 500)
    qtbot.addWidget(window)
    bar = window.findChild(QScrollArea).verticalScrollBar()
    for focus in (window.page("session"), first):
        focus.setFocus()
        QTest.keyClick(focus, Qt.Key.Key_PageDown)
        assert bar.value() == bar.pageStep()
        QTest.keyClick(focus, Qt.Key.Key_PageUp)
        assert bar.value() == 0


def test_page_down_scrolls_the_area_holding_the_focus_not_the_first_one(qtbot) -> None:
    """A page with two scrolling parts: the keys the window is left to handle move the one
    the person is in. (An area scrolls itself for a key its own controls pass up, so the key
    is given to the window, as a key that reaches it past the area.)"""
    from foot_coach.ui.widgets.scrolling import vertical_scroll

    areas, buttons = [], []
    for name in ("Exercises", "Steps"):
        content = QWidget()
        layout = QVBoxLayout(content)
        for n in range(40):
            buttons.append(QPushButton(f"{name} {n}"))
            layout.addWidget(buttons[-1])
        areas.append(vertical_scroll(content))
    window = window_with(*areas)
    window.resize(800, 500)
    qtbot.addWidget(window)
    first, second = (area.verticalScrollBar() for area in areas)
    buttons[40].setFocus()  # the first button of the second area, at its top
    QTest.keyClick(window, Qt.Key.Key_PageDown)
    assert second.value() == second.pageStep() and first.value() == 0
