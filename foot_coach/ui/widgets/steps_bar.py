"""How far along the routine is: a thin strip under the session.

Not a QProgressBar: Orca spoke each change of one as "50 percent", a bare number beside the
"Exercise 2 of 3" the session announces, and "0 percent" was all it said as a session began.
To assistive technology this is a named strip that says nothing when it moves.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

HEIGHT = 14  # thin: the height goes to the countdown


class StepsBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.done, self.total = 0, 0
        self.setFixedHeight(HEIGHT)

    def show_steps(self, done: int, total: int) -> None:
        if (done, total) != (self.done, self.total):
            self.done, self.total = done, total
            self.update()

    def value(self) -> int:
        return self.done

    def sizeHint(self) -> QSize:
        return QSize(100, HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = self.palette()
        painter = QPainter(self)
        painter.setPen(colours.color(QPalette.ColorRole.Mid))
        painter.setBrush(colours.color(QPalette.ColorRole.Base))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self.total:
            width = (self.width() - 2) * self.done // self.total
            painter.fillRect(
                QRect(1, 1, width, HEIGHT - 2), colours.color(QPalette.ColorRole.Highlight)
            )
            # A mark between exercises: through the whole first exercise the strip is empty,
            # and without them it looked like a bar that did not work.
            for step in range(1, self.total):
                x = 1 + (self.width() - 2) * step // self.total
                painter.drawLine(x, 1, x, HEIGHT - 2)
