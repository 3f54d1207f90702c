"""A row of controls that turns into a column when the window is too narrow for it.

With large text in a small window a row of buttons would be wider than the window: it is
either cut off or scrolls sideways. This row asks only for the width of its widest control;
when it gets less than the whole row needs, the controls stack one under another.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QBoxLayout, QWidget

ACROSS = QBoxLayout.Direction.LeftToRight
DOWN = QBoxLayout.Direction.TopToBottom


class _FlowBox(QBoxLayout):
    """Qt asks a widget's layout, not the widget, for its height at a width: so the layout
    itself answers, and picks its direction when it is given its place."""

    def _shown(self) -> list[QWidget]:
        items = (self.itemAt(i).widget() for i in range(self.count()))
        parent = self.parentWidget()
        return [w for w in items if w is not None and w.isVisibleTo(parent)]

    def _gaps(self) -> int:
        return max(self.spacing(), 0) * max(len(self._shown()) - 1, 0)

    def across_width(self) -> int:
        return sum(w.sizeHint().width() for w in self._shown()) + self._gaps()

    def _height(self, down: bool, width: int = -1) -> int:
        """Stacked, each control as tall as it is at the whole width: words that wrap, or a
        row that is itself a FlowRow, may need more than their one-line height, and words
        asking for a narrow place beside others (the question how it felt) need fewer lines
        across the whole width: taken at their hint, they left an empty line in a session."""

        def tall(w: QWidget) -> int:
            return w.heightForWidth(width) if down and w.hasHeightForWidth() else -1

        heights = [h if (h := tall(w)) >= 0 else w.sizeHint().height() for w in self._shown()]
        heights = heights or [0]
        return sum(heights) + self._gaps() if down else max(heights)

    def minimumSize(self) -> QSize:
        widths = [w.minimumSizeHint().width() for w in self._shown()] or [0]
        return QSize(max(widths), self._height(False))

    def sizeHint(self) -> QSize:
        return QSize(self.across_width(), self._height(False))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height(width < self.across_width(), width)

    def setGeometry(self, rect: QRect) -> None:
        wanted = DOWN if rect.width() < self.across_width() else ACROSS
        if wanted != self.direction():
            self.setDirection(wanted)
        super().setGeometry(rect)


class FlowRow(QWidget):
    def __init__(self, *widgets: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = _FlowBox(ACROSS, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            self.box.addWidget(widget)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self.box.addWidget(widget, stretch)

    def add_stretch(self) -> None:
        self.box.addStretch(1)
