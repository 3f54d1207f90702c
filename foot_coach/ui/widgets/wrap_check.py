"""A check box whose words wrap, so a long sentence at large text fits a narrow window.

QCheckBox keeps its text on one line and asks for all of that width; with 200 % text a
reminder option was wider than the window. This one lets QCheckBox draw its box alone and
draws the words wrapped beside it, and tells its layout the height it needs at a given width.

Nothing here asks the style from Python: PySide makes its whole QStyle type, with eleven
enums of 566 members, the first time Python touches it, and that held half a megabyte for as
long as the app ran after a welcome had shown one of these. QCheckBox's own size hint says
how wide the box and its spacing are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionButton

FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class WrapCheckBox(QCheckBox):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # may be narrower than one line
        # Taller than one line when wrapped: QCheckBox's fixed height held a layout to one line
        # whatever height the words needed, and the second line was cut off.
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._box_only = False  # while QCheckBox paints: the box, not the words

    def _indent(self) -> int:
        """The box, the style's spacing and 4 px: QCheckBox's hint is its words' width (as it
        measures them) beside the box and the spacing."""
        metrics = QFontMetrics(self.font())
        words = metrics.boundingRect(QRect(), Qt.TextFlag.TextShowMnemonic, self.text()).width()
        return QCheckBox.sizeHint(self).width() - words + 4

    def _text_height(self, width: int) -> int:
        box = QRect(0, 0, max(width - self._indent(), 20), 10_000)
        return QFontMetrics(self.font()).boundingRect(box, FLAGS, self.text()).height()

    def heightForWidth(self, width: int) -> int:
        return max(super().sizeHint().height(), self._text_height(width) + 8)

    def sizeHint(self) -> QSize:
        """The words on one line beside the box, as this paints them: QCheckBox's own hint left
        a few pixels too few, so a row that gave it that wrapped its last word."""
        width = self._indent() + QFontMetrics(self.font()).horizontalAdvance(self.text()) + 4
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        longest = max((metrics.horizontalAdvance(w) for w in self.text().split()), default=0)
        return QSize(self._indent() + longest + 4, super().sizeHint().height())

    def initStyleOption(self, option: QStyleOptionButton) -> None:
        super().initStyleOption(option)
        if self._box_only:
            option.text = ""

    def paintEvent(self, event: QPaintEvent) -> None:
        self._box_only = True
        try:
            super().paintEvent(event)
        finally:
            self._box_only = False
        painter = QPainter(self)
        area = self.rect().adjusted(self._indent(), 0, 0, 0)
        painter.setPen(self.palette().color(self.foregroundRole()))
        drawn = painter.drawText(area, FLAGS, self.text())
        if self.hasFocus():
            # Round the words, as the style does for a check box whose words it draws: with
            # them drawn here, only the box's pale fill told where Tab was.
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(
                drawn.adjusted(-3, -1, 3, 1) & self.rect().adjusted(1, 1, -1, -1), 3, 3
            )
        painter.end()

    def hitButton(self, pos) -> bool:  # type: ignore[no-untyped-def]
        return self.rect().contains(pos)  # every wrapped line, not only the first one's width
