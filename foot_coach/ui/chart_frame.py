"""A History chart's frame, which needs no chart library: its title, the one-line summary that
is the chart's text alternative, the hover read-out, and room where the plot goes once
pyqtgraph has loaded (ui/charts.py puts it there). With these the page is whole at once.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from foot_coach.ui.chart_table import ChartTable
from foot_coach.ui.widgets.tab_order import reading_order

# Series differ by marker as well as colour, so colour is never the only clue. Each colour
# keeps at least 3:1 contrast against the chart background of its mode (WCAG 2.2, marks).
SYMBOLS = ("o", "s", "t", "d", "+")
LIGHT_SERIES = ("#1565C0", "#BF360C", "#2E7D32", "#6A1B9A", "#AD1457")
DARK_SERIES = ("#64B5F6", "#FFB74D", "#81C784", "#CE93D8", "#F48FB1")
SERIES = list(zip(LIGHT_SERIES, SYMBOLS, strict=True))
MARKS = {"o": "●", "s": "■", "t": "▼", "d": "◆", "+": "✚"}  # the markers as characters
DAY_S = 86_400
PLOT_HEIGHT = 200  # at least; more with larger text, or the axes' words fill the plot
PLOT_LINES = 7  # a plot is as tall as this many lines of text


def series_colours(palette: QPalette) -> tuple[str, ...]:
    dark = palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5
    return DARK_SERIES if dark else LIGHT_SERIES


def key_text(names: Sequence[str], colours: Sequence[str]) -> str:
    """Each line's marker in its colour, then its name. The text wraps between entries, never
    inside one, so a name stays beside its marker."""
    entries = (
        f'<span style="white-space:nowrap"><span style="color:{colours[n % 5]}">'
        f"{MARKS[SYMBOLS[n % 5]]}</span>&nbsp;{html.escape(name)}</span>"
        for n, name in enumerate(names)
    )
    return " &nbsp; ".join(entries)


def stamp(day: date) -> float:
    return datetime.combine(day, time(12)).timestamp()


def from_stamp(x: float) -> date:
    return datetime.fromtimestamp(x).date()


def nearest(xs: Sequence[float], x: float, within: float = DAY_S) -> int | None:
    if not xs:
        return None
    best = min(range(len(xs)), key=lambda i: abs(xs[i] - x))
    return best if abs(xs[best] - x) <= within else None


class ChartFrame(QWidget):
    """A titled chart with a hover read-out and a one-line text summary; `plot` is None until
    charts.attach() has made one, which place_plot() then puts in the empty box that holds
    its place."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(f"<b>{title}</b>")
        self.title.setWordWrap(True)  # two charts side by side at large text: wrap, not widen
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # The lines' names above the plot, not in it: in it, they covered the lines, and at
        # large text they hid most of them.
        self.key = QLabel()
        self.key.setWordWrap(True)
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.hide()
        self.key_names: list[str] = []
        self.readout = QLabel(" ")
        # The summary is the chart's text alternative, with its figures: reachable with Tab and
        # read as what it says. The table under it holds every value.
        self.summary.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.title.setBuddy(self.summary)  # labels it: Orca says the title, then the figures
        self.name = title
        self.table = ChartTable(title)
        self.room = QFrame()  # the plot's place while pyqtgraph loads: nothing jumps after
        self.room.setMinimumHeight(self.plot_height())
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.key, self.room, self.readout, self.summary, self.table):
            self.layout_.addWidget(widget)
        # Room to spare goes below, not into the plot: beside a chart with its table open (the
        # two share a row), or on a page taller than its charts, the plot grew half as tall.
        self.layout_.addStretch(1)
        self.setMinimumHeight(300)  # scroll rather than squeeze the read-out into the axis
        self._hover: Callable[[float], str] = lambda x: ""
        self.plot: Any = None  # a pyqtgraph PlotWidget once attached
        self.lines: dict[str, Any] = {}
        self.colours: tuple[str, ...] = LIGHT_SERIES

    def hold_plot(self, plot: QWidget) -> None:
        """Take the plot to draw into, out of sight: drawn into while shown, each change would
        repaint it, so it is shown once, whole, by place_plot()."""
        plot.hide()
        plot.setMinimumHeight(self.plot_height())
        plot.resize(self.room.size())  # laid out at its real size while hidden, not again
        plot.setAccessibleName(self.name)
        plot.setAccessibleDescription(self.summary.text())
        # Not a Tab stop: it said the summary again, the stop after it; nothing in it is
        # worked with the keyboard.
        for part in (plot, getattr(plot, "viewport", lambda: None)()):
            if part is not None:
                part.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot = plot

    def plot_height(self) -> int:
        return max(PLOT_HEIGHT, PLOT_LINES * self.fontMetrics().height())

    def set_key(self, names: Sequence[str]) -> None:
        """Name the lines, in the order they are drawn (which gives their colours and
        markers); none for a chart of bars or squares."""
        self.key_names = list(names)
        self.key.setText(key_text(self.key_names, series_colours(self.palette())))
        self.key.setAccessibleName(", ".join(self.key_names))
        self.key.setVisible(bool(self.key_names))

    def changeEvent(self, event: QEvent) -> None:
        """Keep the key in the lines' colours, and the plot tall enough for its text."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.set_key(self.key_names)
        elif event.type() == QEvent.Type.FontChange:
            (self.plot if self.placed else self.room).setMinimumHeight(self.plot_height())

    @property
    def placed(self) -> bool:
        return self.plot is not None and self.layout_.indexOf(self.plot) >= 0

    def place_plot(self) -> None:
        """Show the held plot where the empty box was."""
        if self.plot is None or self.placed:
            return
        self.layout_.replaceWidget(self.room, self.plot)
        self.room.deleteLater()
        self.layout_.activate()  # its place now: laid out later, it would be painted twice
        self.plot.show()
        reading_order(self.plot, self.summary, self.table)  # put in later, the plot still leads

    def set_summary(self, text: str) -> None:
        self.summary.setText(text)
        if self.plot is not None:
            self.plot.setAccessibleDescription(text)

    def on_hover(self, describe: Callable[[float], str]) -> None:
        self._hover = describe

    def hover_at(self, x: float) -> None:
        self.readout.setText(self._hover(x) or " ")
