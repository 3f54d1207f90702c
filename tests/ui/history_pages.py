"""A History page on a test's own history file, as the app builds it, for a fixed today; and
the same shown at a size with its plots drawn."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from foot_coach.core.stats import Range, range_start, week_start
from foot_coach.store import queries
from foot_coach.store.db import Store
from foot_coach.ui.pages.history_page import HistoryPage

TODAY = date(2026, 11, 24)


def make_page(qtbot, store: Store, catalog, today: date = TODAY) -> HistoryPage:
    def load(chosen: Range) -> queries.Snapshot:
        start = range_start(chosen, today, queries.first_day(store.conn))
        return queries.snapshot(
            store.conn, start, today, week_start(today), date(today.year, 1, 1), catalog.ids
        )

    page = HistoryPage(load, lambda: today, {e.id: e.name for e in catalog.exercises})
    qtbot.addWidget(page)
    return page


def drawn_page(qtbot, store: Store, catalog, size: tuple[int, int], today: date = TODAY):
    """The page shown at `size`, once its plots are drawn."""
    page = make_page(qtbot, store, catalog, today)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    wait_drawn(qtbot, page)
    return page


def wait_drawn(qtbot, page: HistoryPage) -> None:
    """The plots are made a step per turn once the page has painted, even with pyqtgraph in."""
    qtbot.waitUntil(lambda: all(chart.placed for chart in page.charts.values()))


def calls_to(monkeypatch, owner: object, name: str) -> list[tuple]:
    """Each call of `owner.name` from now on, by its arguments (a method's item first), made
    as before."""
    calls: list[tuple] = []
    real: Callable = getattr(owner, name)

    def recorded(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, recorded)
    return calls
