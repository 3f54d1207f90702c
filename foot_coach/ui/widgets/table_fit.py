"""A table of words and figures whose columns share its width by what they hold, their words
wrapped, never cut.

Qt's stretched columns were all as wide: at 200 % text a German or Spanish date ("Dienstag,
24. November 2026") was cut to "Di…" beside columns of two-digit numbers, and the exercises'
names in the header to their middles. Here each column is as wide as its longest line where
all fit, else at least as wide as its longest word, the rest shared by what each still lacks;
rows and header are as tall as their most wrapped text. Where even the longest words do not
fit side by side (six columns in an 800 px window at 200 %), the table folds: a row for each
figure, "name: figure" beside its first column.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import cast

from PySide6.QtCore import QRect, Qt, QTimer, Slot
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QTableWidget, QTableWidgetItem

from foot_coach.core.table_shape import Table, folded, folds, shares

WRAP = Qt.TextFlag.TextWordWrap


class FittedTable(QTableWidget):
    """Fits its columns to its width, its rows and header to their wrapped words, and its
    height to its header and up to `visible_rows` rows (more scroll). Folded, the figures'
    column is headed `title`."""

    def __init__(self, visible_rows: int, title: str) -> None:
        super().__init__()
        self.visible_rows, self.title = visible_rows, title
        self.whole: Table = ([], [])
        self.shown: Table = ([], [])
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | WRAP)
        self.setWordWrap(True)
        # The text size changed in Settings; the table's own font follows a turn later.
        app = cast(QGuiApplication, QGuiApplication.instance())
        app.fontChanged.connect(self._font_changed)

    @Slot(QFont)  # undeclared, PySide may lose it (see widgets/scrolling.py)
    def _font_changed(self, _font: QFont) -> None:
        QTimer.singleShot(0, self, self.fit)

    def show_rows(self, columns: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """Filled at once; measured and fitted only while shown. Each History chart's table
        waits behind its button, and measuring every cell of all four at each refresh was
        some 5 % of showing ten years (11 of 230 ms on a slow machine)."""
        self.whole = (list(columns), [list(row) for row in rows])
        if self.isVisible():
            self.fit()
        elif self.whole != self.shown:
            self._fill(self.whole, True)  # folded or not is decided as it shows (fit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown, the style gives the table its frame: its inside is narrower than it was."""
        super().showEvent(event)
        self.fit()

    def fit(self) -> None:
        """Fold or not, and share the width out: only while shown (showEvent fits then)."""
        if not self.whole[0] or not self.isVisible():
            return
        room, pad = self.viewport().width(), self._padding()
        table = self.whole
        if folds(self._widths(table, pad)[1], room):
            table = folded(table, self.title)
        if table != self.shown:
            self._fill(table, table is self.whole)
        needs, least = self._widths(table, pad)
        widths = shares(needs, least, room)
        for c, width in enumerate(widths):
            if self.columnWidth(c) != width:
                self.setColumnWidth(c, width)
        self._heights(table, [w - pad for w in widths])

    def _fill(self, table: Table, figures: bool) -> None:
        """`figures`: the cells after the first are bare figures, said with their column."""
        columns, rows = self.shown = table
        self.clearContents()
        self.setColumnCount(len(columns))
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels(columns)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c and text and figures:  # "Active minutes: 7.9", not "7.9" alone
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{columns[c]}: {text}")
                self.setItem(r, c, item)

    def _widths(self, table: Table, pad: int) -> tuple[list[int], list[int]]:
        """What each column needs on one line, and at least, its longest word; never narrower
        than the header lets a column be."""
        cells, heads = QFontMetrics(self.font()), self.horizontalHeader().fontMetrics()
        floor = self.horizontalHeader().minimumSectionSize()
        needs, least = [], []
        for head, texts in zip(table[0], _column_texts(table), strict=True):
            need = max(_widest(cells, texts), _widest(heads, {head})) + pad
            low = max(_longest_word(cells, texts), _longest_word(heads, {head})) + pad
            needs.append(max(need, floor))
            least.append(max(low, floor))
        return needs, least

    def _heights(self, table: Table, widths: list[int]) -> None:
        """Rows as tall as the most wrapped cell (dates all wrap alike), the header as its
        most wrapped name, and the table as its header and rows in view."""
        cells, heads = QFontMetrics(self.font()), self.horizontalHeader().fontMetrics()
        row = self._height(cells, zip(_column_texts(table), widths, strict=True))
        if self.verticalHeader().defaultSectionSize() != row:
            self.verticalHeader().setDefaultSectionSize(row)
        head = self._height(heads, (({h}, w) for h, w in zip(table[0], widths, strict=True)))
        self.horizontalHeader().setMinimumHeight(head)
        head = max(head, self.horizontalHeader().sizeHint().height())
        shown = max(1, min(len(table[1]), self.visible_rows))
        self.setFixedHeight(head + row * shown + 2 * self.frameWidth())

    def _height(self, metrics: QFontMetrics, texts: Iterable[tuple[set[str], int]]) -> int:
        """As tall as the most wrapped of the texts in its width, with the margins Qt gives a
        row of one line."""
        tallest = max(
            (_tallest(metrics, group, width) for group, width in texts),
            default=metrics.height(),
        )
        return tallest + self._margins()

    def _margins(self) -> int:
        """The header's margins about its words, as it measures its least row."""
        rows = self.verticalHeader()
        return rows.minimumSectionSize() - rows.fontMetrics().height()

    def _padding(self) -> int:
        """What is either side of a column's words, in a cell or the header, and a grid line.
        The style is asked here, on the History page alone: the app at rest never builds its
        type (see README), and this page loads the chart library anyway."""
        cell = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        return max(cell, self._margins()) + 1


def _column_texts(table: Table) -> list[set[str]]:
    """Each column's texts, each once (dates and figures repeat)."""
    return [{row[c] for row in table[1]} for c in range(len(table[0]))]


def _widest(metrics: QFontMetrics, texts: set[str]) -> int:
    return max((metrics.horizontalAdvance(t) for t in texts), default=0)


def _longest_word(metrics: QFontMetrics, texts: set[str]) -> int:
    words = {word for text in texts for word in text.split()}
    return max((metrics.horizontalAdvance(w) for w in words), default=0)


def _tallest(metrics: QFontMetrics, texts: set[str], width: int) -> int:
    """The height of the most lines any of the texts wraps to in `width`."""
    box = QRect(0, 0, max(width, 1), 100_000)
    return max(
        (metrics.boundingRect(box, WRAP, t).height() for t in texts if t),
        default=metrics.height(),
    )
