"""A message box as wide as a comfortable line of its text: Qt wraps a box's words at 500 px
whatever the text size, so at 200 % text a two-sentence question stood narrow and tall, a
few words to a line, and "Heel-to-toe walk" broke at its hyphen even at 100 %."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QGridLayout, QLabel, QMessageBox, QSizePolicy, QSpacerItem

from foot_coach.ui.widgets.measure import free_area

# Characters to a line: about the measure a book sets, and a line read at one glance.
LINE_CHARS = 50


def widen(box: QMessageBox, place: QPoint) -> int:
    """Make `box`, to open near `place` (global), wrap its text at a comfortable line: its
    longest paragraph if shorter, and within the screen's free width. Gives that width."""
    metrics = box.fontMetrics()
    lines = box.text().splitlines() or [""]
    longest = max(metrics.horizontalAdvance(line) for line in lines) + metrics.averageCharWidth()
    free = free_area(place).width()
    width = min(longest, LINE_CHARS * metrics.averageCharWidth(), free * 3 // 4)
    grid, text = box.layout(), box.findChild(QLabel, "qt_msgbox_label")
    if isinstance(grid, QGridLayout) and text is not None:  # under the text, in its column
        column = grid.getItemPosition(grid.indexOf(text))[1]
        room = QSpacerItem(width, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        grid.addItem(room, grid.rowCount(), column)
    return width
