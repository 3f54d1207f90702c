"""A History chart's first and last point are most often only partly in its range (the month
under way, the month the history began): each keeps its point, inside the plot, and says
which days it stands for, in the read-out and the table."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from history_pages import TODAY, drawn_page, wait_drawn
from layout_walk import settle

from foot_coach.core.stats import Bucket, Range
from foot_coach.store.seed import seed_first_days, seed_history
from foot_coach.ui import dates
from foot_coach.ui.chart_frame import DAY_S, stamp


def everything(qtbot, store, catalog, history: str):
    yesterday = TODAY - timedelta(days=1)
    if history == "ten-years":
        seed_history(store.conn, 3650, yesterday, random.Random(10))
    else:
        seed_first_days(store.conn, 6, yesterday, random.Random(3))
    page = drawn_page(qtbot, store, catalog, (1366, 768))
    page.range.setCurrentIndex(page.range.findData(Range.ALL))
    wait_drawn(qtbot, page)
    settle(page)
    return page


def test_ten_years_name_their_first_and_last_months_by_the_days_they_hold(
    qtbot, store, catalog, language: str
) -> None:
    page = everything(qtbot, store, catalog, "ten-years")
    snap = page.snapshot
    assert snap.bucket is Bucket.MONTH and snap.start.day > 1, "no partial first month"
    table = page.charts["minutes"].table.table
    newest, oldest = table.item(0, 0).text(), table.item(table.rowCount() - 1, 0).text()
    assert dates.day_label(TODAY) in newest, newest  # the month under way: so far
    assert dates.day_label(snap.start) in oldest, oldest  # begun late in its month
    whole = table.item(1, 0).text()
    assert dates.day_label(TODAY) not in whole and "(" not in whole, whole
    page.charts["minutes"].hover_at(stamp(TODAY))
    readout = page.charts["minutes"].readout.text()
    assert dates.day_label(TODAY) in readout, readout


@pytest.mark.parametrize("history", ["first-week", "ten-years"])
@pytest.mark.parametrize("key", ["reps", "pain"])
def test_the_first_and_last_points_stand_inside_the_plot(
    qtbot, store, catalog, artifacts, history, key
):
    """At the first day of its month, the range's first point stood on the axis, half hidden
    behind it, and the month under way stood ahead of the days it counts."""
    page = everything(qtbot, store, catalog, history)
    chart = page.charts[key]
    chart.grab().save(str(artifacts / f"history-everything-{key}-{history}.png"))
    left, right = chart.plot.getPlotItem().vb.viewRange()[0]
    xs = [x for line in chart.lines.values() for x in line.getData()[0]]
    assert xs, "no points drawn"
    assert min(xs) >= stamp(page.snapshot.start) and max(xs) <= stamp(TODAY)
    assert left < min(xs) - DAY_S / 4 and max(xs) < right, (left, min(xs), max(xs), right)
