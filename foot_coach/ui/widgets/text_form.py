"""A form whose gaps grow with the text: QFormLayout's come from the style, a fixed 6 px, and
at 200 % text a German label ("Schriftgröße") all but touched its field. Here the gap between a
label and its field is half a line of the text in use, as a check box's between its box and
its words (the app's style sheet), and between rows a quarter: the style's 6 px at 100 %.

The gap is each label's own right margin, not the layout's spacing: QFormLayout decides whether
a row's field goes under its label without counting its spacing, so a wider spacing squeezed a
field below its least width (Settings' colours in an 800 px window at 200 %) instead of
wrapping the row."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import Slot
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QFormLayout, QWidget

ACROSS = 0.5  # of a line's height, between a label and its field
DOWN = 0.25  # between one row and the next


class TextForm(QFormLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalSpacing(0)  # the labels keep the gap (see above)
        app = cast(QGuiApplication, QGuiApplication.instance())
        self._space(app.font())
        # The text size changed in Settings: told by the application (see widgets/scrolling.py).
        app.fontChanged.connect(self._space)

    def addRow(self, *args: Any) -> None:
        super().addRow(*args)
        self._space(cast(QGuiApplication, QGuiApplication.instance()).font())

    def gap(self, font: QFont) -> int:
        """Between a label and its field, for text in `font`."""
        return round(QFontMetrics(font).height() * ACROSS)

    @Slot(QFont)  # undeclared, PySide may lose it (see widgets/scrolling.py)
    def _space(self, font: QFont) -> None:
        self.setVerticalSpacing(round(QFontMetrics(font).height() * DOWN))
        gap = self.gap(font)
        for row in range(self.rowCount()):
            item = self.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and (label := item.widget()) is not None:
                label.setContentsMargins(0, 0, gap, 0)
