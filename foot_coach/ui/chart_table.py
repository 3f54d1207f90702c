"""The figures behind a chart, as a table anyone can read and a screen reader can walk.

A chart's picture says nothing to a screen reader, and exact values are hard to read off it
for everybody. "Show as table" opens a plain table under the chart: one row per day (or week,
or month), one column per line of the chart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from foot_coach.system.i18n import tr
from foot_coach.ui.theme import named
from foot_coach.ui.widgets.scrolling import bring_into_view
from foot_coach.ui.widgets.table_fit import FittedTable

Series = dict[str, tuple[Sequence[date], Sequence[float]]]
VISIBLE_ROWS = 8  # the table scrolls beyond this; the page around it scrolls too


class ChartTable(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QPushButton(tr("Show as table"))
        self.toggle.setCheckable(True)
        named(self.toggle, tr("%1: show as table").replace("%1", title))
        self.table = FittedTable(VISIBLE_ROWS, title)
        self.table.setAccessibleName(title)
        self.table.setToolTip(tr("The figures behind the chart"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.verticalHeader().hide()
        self.table.hide()
        self.toggle.toggled.connect(self._show)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.table)

    def _show(self, shown: bool) -> None:
        self.table.setVisible(shown)
        self.toggle.setText(tr("Hide the table") if shown else tr("Show as table"))
        if shown:  # opened at the foot of the page, only its header peeked in: into view
            QTimer.singleShot(0, self, lambda: bring_into_view(self))  # once laid out

    def set_rows(self, columns: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self.table.show_rows(columns, rows)

    def set_series(self, series: Series, when: Callable[[date], str], decimals: int = 0) -> None:
        """One row per day with a value in any series, newest first; blank where a series
        has none that day."""
        by_day: dict[date, dict[str, float]] = {}
        for name, (days, values) in series.items():
            for day, value in zip(days, values, strict=True):
                by_day.setdefault(day, {})[name] = value
        locale = QLocale()

        def number(day: date, name: str) -> str:
            value = by_day[day].get(name)
            return "" if value is None else locale.toString(float(value), "f", decimals)

        rows = [
            [when(day), *(number(day, name) for name in series)]
            for day in sorted(by_day, reverse=True)
        ]
        self.set_rows([tr("Date"), *series], rows)
