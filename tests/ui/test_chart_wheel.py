"""Turning the mouse wheel over a History chart scrolls the page. The charts neither zoom nor
pan, yet a wheel over an axis was taken by the chart library and went no further: with the
pointer resting on a chart, the History page stopped scrolling halfway down."""

from __future__ import annotations

import random

from history_pages import TODAY
from in_view import wheel_down
from test_history_charts import page_for

from foot_coach.store.seed import seed_first_days


def test_a_wheel_over_any_part_of_a_chart_is_left_to_the_page(qtbot, store, catalog) -> None:
    seed_first_days(store.conn, 4, TODAY, random.Random(2))
    page = page_for(qtbot, store, catalog)
    assert len(page.charts) >= 3
    for chart in page.charts.values():
        plot, item = chart.plot, chart.plot.getPlotItem()
        parts = {"plot": item.vb, "days": item.getAxis("bottom"), "scale": item.getAxis("left")}
        for part, shape in parts.items():
            at = plot.mapFromScene(shape.sceneBoundingRect().center())
            kept = wheel_down(plot.viewport(), at)
            assert not kept, f"{chart.name}: the wheel over its {part} did not reach the page"
