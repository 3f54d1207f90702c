"""Labels a screen reader can read, not only name: the session's countdown and its count.

Qt gives a QLabel to AT-SPI as a name alone (QAccessibleDisplay adds an image interface, no
text), so the countdown's number lived only in "Seconds left: 8". A ReadingLabel's accessible
interface adds the Text interface, with the words shown, and the Value interface, with the
number (seconds left, the repetition) and its range, as a screen reader asks for them.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleTextInterface,
    QAccessibleValueInterface,
)
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

from foot_coach.ui.widgets import accessible


class ReadingLabel(QLabel):
    """A label with a number in it, and the range that number moves in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value, self.maximum = 0, 0

    def show_reading(self, text: str, value: int, maximum: int) -> None:
        self.value, self.maximum = value, maximum
        self.setText(text)


class _Reading(QAccessibleWidget, QAccessibleTextInterface, QAccessibleValueInterface):
    """A static text that is read as text and as a value; nothing in it can be changed."""

    def __init__(self, label: ReadingLabel) -> None:
        QAccessibleWidget.__init__(self, label, QAccessible.Role.StaticText)
        QAccessibleTextInterface.__init__(self)
        QAccessibleValueInterface.__init__(self)
        self.label = label

    def interface_cast(self, kind: QAccessible.InterfaceType) -> object:
        """The C++ side asks for each interface by its address in this object."""
        parts = shiboken6.getCppPointer(self)  # one address per C++ base, in class order
        if kind == QAccessible.InterfaceType.TextInterface:
            return shiboken6.VoidPtr(parts[1])
        if kind == QAccessible.InterfaceType.ValueInterface:
            return shiboken6.VoidPtr(parts[2])
        found = super().interface_cast(kind)  # None where Qt has none: C++ wants a null pointer
        return found if found is not None else shiboken6.VoidPtr(0)

    # --- text: the words shown, read-only, nothing selected ----------------------------------
    def text(self, *args: object) -> str:  # type: ignore[override]
        if len(args) == 1:  # QAccessibleInterface.text(kind): name, description...
            if args[0] == QAccessible.Text.Name:  # as for any label: its words unless named
                return self.label.accessibleName() or self.label.text()
            return QAccessibleWidget.text(self, args[0])  # type: ignore[arg-type]
        start, end = args
        shown = self.label.text()
        return shown[start : len(shown) if end == -1 else end]  # type: ignore[misc]

    def characterCount(self) -> int:
        return len(self.label.text())

    def characterRect(self, offset: int) -> QRect:
        return QRect()

    def offsetAtPoint(self, point: QPoint) -> int:
        return -1

    def cursorPosition(self) -> int:
        return 0

    def setCursorPosition(self, position: int) -> None:
        pass

    def selectionCount(self) -> int:
        return 0

    def selection(self, index: int) -> tuple[int, int]:
        return 0, 0

    def addSelection(self, start: int, end: int) -> None:
        pass

    def removeSelection(self, index: int) -> None:
        pass

    def setSelection(self, index: int, start: int, end: int) -> None:
        pass

    def scrollToSubstring(self, start: int, end: int) -> None:
        pass

    def attributes(self, offset: int) -> tuple[str, int, int]:
        return "", 0, self.characterCount()

    # --- value: the number and its range --------------------------------------------------------
    def currentValue(self) -> int:
        return self.label.value

    def setCurrentValue(self, value: object) -> None:
        pass  # shown, not set

    def minimumValue(self) -> int:
        return 0

    def maximumValue(self) -> int:
        return self.label.maximum

    def minimumStepSize(self) -> int:
        return 1


def install() -> None:
    """Once per process: reading labels are read as text and value too."""
    accessible.describe(ReadingLabel, _Reading)
