"""A row of dots showing which card of the carousel is in view."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from foot_coach.core.words import fill

DOT, GAP = 14, 12


class PageDots(QWidget):
    sig_chosen = Signal(int)

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count, self.current = count, 0
        self.setAccessibleName(self.tr("Page"))

    def set_count(self, count: int) -> None:
        self.count = count
        self.updateGeometry()
        self.set_current(min(self.current, max(count - 1, 0)))

    def set_current(self, index: int) -> None:
        self.current = index
        self.setAccessibleDescription(
            fill(self.tr("Exercise %1 of %2"), str(index + 1), str(self.count))
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.count * (DOT + GAP), DOT + 8)

    def _left(self) -> float:
        return (self.width() - (self.count * (DOT + GAP) - GAP)) / 2

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        # Filled and outlined as paths: QPainter's setPen() and setBrush() weigh overloads
        # that take Qt's enums, and that builds them all in the first paint (ui/by_name.py).
        ring = QPen(pal.windowText(), 1.0)
        for i in range(self.count):
            dot = QPainterPath()
            centre = QPointF(self._left() + i * (DOT + GAP) + DOT / 2, self.height() / 2)
            dot.addEllipse(centre, DOT / 2, DOT / 2)
            painter.fillPath(dot, pal.highlight() if i == self.current else pal.window())
            painter.strokePath(dot, ring)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = int((event.position().x() - self._left()) // (DOT + GAP))
        if 0 <= index < self.count:
            self.sig_chosen.emit(index)
