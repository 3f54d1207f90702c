"""Measuring before laying out: how tall a wrapped text or a session button will be, from font
metrics alone, so a page can fit itself without waiting for its labels to lay out."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics

SLIM_BUTTON = "QPushButton { min-height: 1.1em; padding: 2px 6px; }"  # for short windows


def button_height(em: int, slim: bool) -> int:
    """A session button's height under the app style sheet (min-height 1.9em, padding 4px) or
    SLIM_BUTTON (1.1em, 2px), never below its 48 px minimum; checked against sizeHint."""
    return max(48, round(em * 1.1) + 6 if slim else round(em * 1.9) + 8)


def text_height(font: QFont, text: str, width: int) -> int:
    """Measured from the font, not the label: a label's own layout lags behind setText."""
    if not text:
        return 0
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter
    box = QFontMetrics(font).boundingRect(QRect(0, 0, max(width, 50), 10_000), flags, text)
    return box.height() + 4
