"""The History tables at 200 % text, in every language, on a laptop and in the smallest
window: every date and name is whole, wrapped at its spaces, nothing cut or scrolled sideways."""

from __future__ import annotations

import random

import pytest
from conftest import themed
from history_pages import TODAY, drawn_page
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QTableWidget

from foot_coach.store.seed import seed_history
from foot_coach.ui import theme


def cut(table: QTableWidget, text: str, width: int, height: int, metrics: QFontMetrics) -> bool:
    """Whether `text`, wrapped at its spaces in a cell of this size, loses any of itself."""
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    room = width - 2 * margin
    if any(metrics.horizontalAdvance(word) > room for word in text.split()):
        return True
    box = metrics.boundingRect(QRect(0, 0, room, 100_000), Qt.TextFlag.TextWordWrap, text)
    return box.height() > height


@pytest.mark.parametrize("size", [(1280, 640), (782, 400)], ids=["laptop", "smallest"])
def test_no_date_or_name_in_a_table_is_cut(qtbot, store, catalog, language, artifacts, size):
    """Stretched to equal widths, "Dienstag, 24. November 2026" showed as "Di…" beside
    columns of two-digit numbers, and six columns of names did not fit 800 px at all."""
    with themed(theme.Mode.LIGHT, 200):
        seed_history(store.conn, 40, TODAY, random.Random(9))
        page = drawn_page(qtbot, store, catalog, size)
        for chart in page.charts.values():
            chart.table.toggle.click()
        for _ in range(3):
            QApplication.processEvents()
        for key, chart in page.charts.items():
            table = chart.table.table
            table.grab().save(str(artifacts / f"table-200-{key}-{size[0]}-{language}.png"))
            assert table.horizontalScrollBar().maximum() == 0, f"{key} scrolls sideways"
            cells, header = table.fontMetrics(), table.horizontalHeader()
            for c in range(table.columnCount()):
                width, name = table.columnWidth(c), table.horizontalHeaderItem(c).text()
                assert not cut(table, name, width, header.height(), header.fontMetrics()), name
                for r in range(table.rowCount()):
                    text = table.item(r, c).text()
                    assert not cut(table, text, width, table.rowHeight(r), cells), text
