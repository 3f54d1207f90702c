"""A label whose words wrap only when they must: on one line while its row has the room.

Qt gives a word-wrapped label a size hint of its own choosing, narrower than its line, so a
row with room to spare still broke "Rest between exercises" onto two lines; without wrapping,
"Pause zwischen den Übungen" at 200 % text was wider than an 800 px window.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget


class WrapLabel(QLabel):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def _frame(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right() + 2 * self.margin()

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(self.text()) + self._frame() + 1
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(w) for w in self.text().split()), default=0)
        return QSize(longest + self._frame() + 1, metrics.height())
