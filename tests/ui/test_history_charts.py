"""History charts for a newcomer and for a long history: each chart spans the chosen range on a
date axis with one point per day (week or month for long ranges), names dates in the person's
locale and never a time of day, and the pain scale is always 0-10."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from history_pages import TODAY, make_page, wait_drawn
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from foot_coach.core.stats import Bucket, bucket_start
from foot_coach.store.db import Store
from foot_coach.store.seed import seed_first_days, seed_history
from foot_coach.ui import charts, dates, day_axis
from foot_coach.ui.pages.history_page import HistoryPage

RANGES = {"week": 0, "month": 1, "year": 2, "all": 3}


def page_for(qtbot, store: Store, catalog) -> HistoryPage:
    page = make_page(qtbot, store, catalog)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    if page.chart_area.isVisible():
        wait_drawn(qtbot, page)
    return page


def axis_labels(chart) -> list[tuple[date, str]]:

    axis = chart.plot.getAxis("bottom")
    low, high = chart.plot.viewRange()[0]
    [(_, values)] = axis.tickValues(low, high, axis.width())
    return list(zip(map(charts.from_stamp, values), axis.tickStrings(values, 1, 0), strict=True))


def check_chart(chart, first: date, last: date, bucket: Bucket) -> None:

    low, high = chart.plot.viewRange()[0]
    assert charts.from_stamp(low + charts.DAY_S / 2) == first
    assert charts.from_stamp(high - charts.DAY_S / 2) == last
    labels = axis_labels(chart)
    assert 2 <= len(labels) <= 20, labels
    if chart.plot.getAxis("bottom").unit == "day":
        assert labels[-1][0] == last  # the newest day, today, is always named
    for day, text in labels:
        assert ":" not in text and "." not in text.replace(". ", "").rstrip("."), text
        assert first <= day <= last
        if chart.plot.getAxis("bottom").unit in ("day", "week"):
            assert text == dates.day_label(day), (day, text)
    if bucket is Bucket.DAY:
        lines = [i for i in chart.plot.listDataItems() if hasattr(i, "xData")]
        days = {charts.from_stamp(x) for item in lines for x in item.xData}
        assert all(first <= d <= last for d in days)


@pytest.mark.parametrize("days", [1, 3, 8, 3650])
@pytest.mark.parametrize("chosen", list(RANGES))
def test_every_chart_spans_the_range_in_days(qtbot, store, catalog, artifacts, days, chosen):
    if days == 3650:
        seed_history(store.conn, days, TODAY, random.Random(1))
    else:
        seed_first_days(store.conn, days, TODAY, random.Random(days))
    page = page_for(qtbot, store, catalog)
    page.range.setCurrentIndex(RANGES[chosen])
    QApplication.processEvents()
    snap = page.snapshot
    first, last = bucket_start(snap.start, snap.bucket), snap.end
    if snap.bucket is not Bucket.DAY:
        last = bucket_start(snap.end, snap.bucket) + timedelta(days=snap.bucket.value - 1)
    expected_days = {"week": 7, "month": 31, "year": 365}.get(chosen, max(7, days + (days == 3650)))
    assert (snap.end - snap.start).days + 1 == expected_days
    for key in ("minutes", "reps", "pain"):
        check_chart(page.charts[key], first, last, snap.bucket)
    low, high = page.charts["pain"].plot.viewRange()[1]
    assert low <= 0 and 10 <= high <= 10.5  # the whole pain scale, whatever was felt
    bar_share = 0.8 * snap.bucket.value * 86_400 / (high_x(page) - low_x(page))
    assert bar_share <= max(0.8 / expected_days * snap.bucket.value, 0.12)
    QApplication.processEvents()  # let the layout settle before the picture
    page.grab().save(str(artifacts / f"history-{days}d-{chosen}.png"))
    page.charts["pain"].grab().save(str(artifacts / f"history-{days}d-{chosen}-pain.png"))


def low_x(page: HistoryPage) -> float:
    return page.charts["minutes"].plot.viewRange()[0][0]


def high_x(page: HistoryPage) -> float:
    return page.charts["minutes"].plot.viewRange()[0][1]


def test_the_calendar_names_the_months_of_its_year_alone(qtbot, store, catalog) -> None:
    """Its right end named "Jan 2027", a month that had not come."""
    seed_history(store.conn, 400, TODAY, random.Random(1))
    page = page_for(qtbot, store, catalog)
    calendar = page.charts["calendar"]
    named = [day for day, _ in axis_labels(calendar)]
    assert named and all(day.year == TODAY.year for day in named), named
    squares = [x for item in calendar.plot.listDataItems() for x in item.getData()[0]]
    low, high = calendar.plot.viewRange()[0]
    last_column = max(squares)
    assert charts.from_stamp(last_column) == date(TODAY.year, 12, 28)  # Dec 31's Monday
    assert high - last_column < 7 * charts.DAY_S and min(squares) - low < 7 * charts.DAY_S


def test_no_history_draws_no_chart(qtbot, store, catalog) -> None:
    page = page_for(qtbot, store, catalog)
    assert page.empty.isVisible() and not page.chart_area.isVisible()


@pytest.mark.parametrize(
    ("language", "wanted"), [("de", "24. Nov."), ("es", "24 de nov"), ("en", "Nov 24")]
)
def test_dates_are_named_in_the_persons_language(language: str, wanted: str) -> None:
    assert dates.day_label(TODAY, QLocale(language)) == wanted


def test_a_span_too_long_for_every_step_is_named_by_decades(qtbot) -> None:
    """No step's ticks fit a narrow axis over 76 years: the widest step is used anyway."""
    axis = day_axis.DayAxis()
    first, last = date(1950, 1, 1), date(2026, 1, 1)
    [(_, values)] = axis.tickValues(charts.stamp(first), charts.stamp(last), 50)
    assert axis.unit == "year"
    assert [charts.from_stamp(v) for v in values] == [date(y, 1, 1) for y in range(1950, 2030, 10)]


def test_thin_bars_are_one_colour(qtbot, store, catalog) -> None:
    """Ten years are 120 bars a few pixels wide: a grey outline round each turned the chart
    into grey and blue stripes; a bar is its colour alone."""
    seed_history(store.conn, 3650, TODAY, random.Random(1))
    page = page_for(qtbot, store, catalog)
    page.range.setCurrentIndex(RANGES["all"])
    QApplication.processEvents()
    plot = page.charts["minutes"].plot
    image = plot.grab().toImage()
    inside = plot.mapFromScene(plot.getPlotItem().vb.sceneBoundingRect()).boundingRect()
    grey = coloured = 0
    for y in range(inside.top() + 2, inside.bottom() - 2, 2):
        for x in range(inside.left() + 2, inside.right() - 2, 2):
            colour = QColor(image.pixel(x, y))
            if colour.saturation() >= 60:
                coloured += 1
            elif 60 < colour.lightness() < 230:
                grey += 1
    assert coloured > 500, "no bars drawn"
    assert grey < coloured / 20, f"{grey} grey points among {coloured} of the bars' colour"
