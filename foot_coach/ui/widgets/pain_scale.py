"""One line of the pain check-in: 0 to 10 as a row of buttons, and one stop for the keyboard.

The dialog used to read the arrow keys for all three lines while Save had the focus, and Save
took the arrows for itself: they moved between Save and Skip, and a screen reader heard
nothing of the number chosen. Each line now takes the focus itself. Left and Right (Home,
End) move its answer, a digit sets it; a screen reader meets a slider named with the answer
("Back: 4 of 10"), and hears the name again as the answer changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAccessibleWidget, QButtonGroup, QFrame, QHBoxLayout, QToolButton

from foot_coach.core.words import fill
from foot_coach.ui.widgets import accessible

TOP = 10
STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Home: -TOP, Qt.Key.Key_End: TOP}


class PainScale(QFrame):
    """0 (no pain) to 10 (the worst); no answer until one is given."""

    sig_digit = Signal()  # a digit was typed: the dialog moves on to the next line
    sig_focused = Signal()

    def __init__(self, area: str, tip: str) -> None:
        super().__init__()
        self.area = area
        self.setObjectName("pain")  # the style sheet rings it when it has the focus
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(tip)
        self.group = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 2, 2, 2)
        for value in range(TOP + 1):
            button = QToolButton()
            button.setText(str(value))
            button.setCheckable(True)
            button.setObjectName("toggle")
            button.setAccessibleName(f"{area} {value}")
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the line is the one stop
            self.group.addButton(button, value)
            row.addWidget(button)
        self.group.idToggled.connect(lambda _id, on: on and self._say())
        self._say()

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def set_value(self, value: int) -> None:
        self.group.button(max(0, min(TOP, value))).setChecked(True)

    def _say(self) -> None:
        value = self.value()
        if value is None:
            self.setAccessibleName(fill(self.tr("%1: not answered"), self.area))
        else:
            self.setAccessibleName(fill(self.tr("%1: %2 of 10"), self.area, str(value)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        now = self.value()
        if key in STEPS:
            self.set_value(0 if now is None else now + STEPS[Qt.Key(key)])
        elif len(text) == 1 and text.isdigit():
            self.set_value(int(text))
            self.sig_digit.emit()
        else:
            super().keyPressEvent(event)  # Up, Down, Enter and Esc are the dialog's

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.sig_focused.emit()


def install() -> None:
    """Once per process: a line is a slider to assistive technology, not a plain panel."""
    accessible.describe(PainScale, lambda w: QAccessibleWidget(w, QAccessible.Role.Slider))
