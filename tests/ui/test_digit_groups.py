"""Counts of a thousand and more are written in the language's digit groups: after ten years
the History page said "Insgesamt: 2590 Einheiten" and "267211 Wiederholungen", a row of digits
to count out; German writes 2.590, English 2,590."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from history_pages import TODAY, make_page
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from foot_coach.store.seed import seed_history
from foot_coach.system.i18n import tr

translate = QCoreApplication.translate

GROUPED = {"en": "2,590", "de": "2.590"}  # Spanish groups from five digits on


@pytest.mark.parametrize("language", ["en", "de"], indirect=True)
def test_ten_years_of_sessions_are_counted_in_digit_groups(
    qtbot, store, catalog, language: str
) -> None:
    seed_history(store.conn, 3650, TODAY - timedelta(days=1), random.Random(1))
    page = make_page(qtbot, store, catalog)
    page.show()
    QApplication.processEvents()
    assert page.snapshot is not None and page.snapshot.all_time.sessions == 2590
    assert GROUPED[language] in page.summary.text(), page.summary.text()


@pytest.mark.parametrize("language", ["en", "de", "es"], indirect=True)
def test_a_decade_of_repetitions_is_grouped(language: str) -> None:
    """The report's repetitions per exercise, and the History's in a range, over years."""
    grouped = {"en": "267,211", "de": "267.211", "es": "267.211"}[language]
    assert grouped in tr("%n repetition(s)", "", 267211)
    assert grouped in translate(
        "HistoryPage", "%n repetition(s) in this range; one point per %1.", "", 267211
    )
