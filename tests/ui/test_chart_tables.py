"""Every History chart has a text alternative with its figures and a table of its values."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from history_pages import TODAY, drawn_page
from PySide6.QtGui import QAccessible

from foot_coach.store.db import Store
from foot_coach.store.seed import seed_history


@pytest.fixture
def page(qtbot, tmp_path: Path, catalog):
    store = Store.open(tmp_path / "h.sqlite3")
    seed_history(store.conn, 40, TODAY, random.Random(9))
    yield drawn_page(qtbot, store, catalog, (1280, 800))
    store.close()


def cells(chart) -> list[list[str]]:
    table = chart.table.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_minutes_table_holds_every_bar_newest_first(page) -> None:
    snap = page.snapshot
    chart = page.charts["minutes"]
    rows = cells(chart)
    header = [chart.table.table.horizontalHeaderItem(c).text() for c in range(2)]
    assert header == ["Date", "Active minutes"]
    assert len(rows) == len(snap.minutes) > 0
    newest = max(snap.minutes, key=lambda m: m.day)
    assert rows[0][1] == f"{newest.minutes:.1f}"
    assert str(newest.day.year) in rows[0][0]


def test_every_chart_has_a_table_behind_a_button(qtbot, page) -> None:
    for chart in page.charts.values():
        toggle, table = chart.table.toggle, chart.table.table
        assert not table.isVisible() and cells(chart)
        toggle.click()
        assert table.isVisible() and toggle.text() == "Hide the table"
        face = QAccessible.queryAccessibleInterface(table)
        assert face.role() == QAccessible.Role.Table
        assert face.text(QAccessible.Text.Name) == chart.name
        assert face.childCount() > table.columnCount()  # header and cells reachable


def test_summaries_say_their_figures_not_the_title(page) -> None:
    for chart in page.charts.values():
        summary = QAccessible.queryAccessibleInterface(chart.summary)
        said = summary.text(QAccessible.Text.Name)
        assert said == chart.summary.text() and any(ch.isdigit() for ch in said)
    pain = page.charts["pain"].summary.text()
    assert pain.startswith("Average pain in this range, 0 to 10: Back ")


def test_the_pain_table_has_a_column_per_area(page) -> None:
    table = page.charts["pain"].table.table
    header = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert header == ["Date", "Back", "Hip", "Knee"]
    assert all(len(row) == 4 for row in cells(page.charts["pain"]))


def test_a_value_is_said_with_what_it_counts(page) -> None:
    """Orca read a row as "Saturday, November 28, 2026. 7.9.": minutes of what?"""
    chart = page.charts["minutes"]
    chart.table.toggle.click()
    face = QAccessible.queryAccessibleInterface(chart.table.table)
    said = [face.child(i).text(QAccessible.Text.Name) for i in range(face.childCount())]
    day, value = cells(chart)[0]
    at = said.index(day)  # the date as it is, already in words
    assert said[at + 1] == f"Active minutes: {value}"


def test_a_table_opened_below_the_page_is_brought_into_view(qtbot, page) -> None:
    """Opened under a chart at the foot of the page, only its header peeked in at the bottom:
    the button seemed to do nothing."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    from foot_coach.ui.widgets.scrolling import area_holding

    page.resize(1280, 500)
    chart = page.charts["minutes"]
    area = area_holding(chart)
    qtbot.waitUntil(lambda: area.verticalScrollBar().value() == 0)
    chart.table.toggle.click()
    for _ in range(3):
        QApplication.processEvents()
    table, view = chart.table.table, area.viewport().rect()
    top = table.mapTo(area.viewport(), QPoint(0, 0)).y()
    assert view.top() <= top and top + table.height() <= view.bottom() + 1, (top, view)


def test_a_table_behind_its_button_is_measured_only_once_shown(page, monkeypatch) -> None:
    """Every cell of all four tables was measured at each refresh, for tables nobody had
    asked to see."""
    from foot_coach.ui.widgets import table_fit

    measured: list[int] = []
    widest = table_fit._widest
    monkeypatch.setattr(table_fit, "_widest", lambda m, t: measured.append(1) or widest(m, t))
    page.range.setCurrentIndex(3)  # everything: every chart and table refreshed
    chart = page.charts["minutes"]
    assert measured == [] and cells(chart)  # filled, ready to be shown
    chart.table.toggle.click()
    assert measured and chart.table.table.horizontalScrollBar().maximum() == 0
