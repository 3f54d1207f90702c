"""A line of words that says how something stands or what is wrong: it takes no room while it
has nothing to say, and no more than its lines need when it has.

A word-wrapped QLabel offers a size hint two or three lines tall for a single sentence (Qt
picks a narrow width for it), and QFormLayout gives a row at least its field's size hint, so
one short line on the Settings page stood in the room of three. An empty label still took
its place and its spacing, which left a gap above a dialog's buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from foot_coach.ui.widgets.lines_label import name_as_read
from foot_coach.ui.widgets.wrap_label import WrapLabel


class StatusLine(WrapLabel):
    """Its size hint is WrapLabel's: the words on one line, a narrower place wraps them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        name_as_read(self, text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")
