"""The History charts' words have room, at normal and at 200 % text: the names of the lines sit
beside the plot, never over a line; the last date and the top of the pain scale are drawn
whole, inside the plot; the left axis fits its title and numbers; and at large text the charts
stack, one under another, so a week's axis names its days."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from history_pages import TODAY, drawn_page
from layout_walk import settle
from PySide6.QtCore import QLocale, QPointF
from PySide6.QtGui import QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication

from foot_coach.store.seed import seed_first_days, seed_history
from foot_coach.ui import charts
from foot_coach.ui.chart_frame import key_text

WEEK, MONTH, YEAR = 0, 1, 2
LAPTOP = (1280, 700)  # a 1366x768 laptop's window, inside


def chosen_page(qtbot, store, catalog, chosen: int, today: date = TODAY):
    page = drawn_page(qtbot, store, catalog, LAPTOP, today)
    page.range.setCurrentIndex(chosen)
    for _ in range(3):
        QApplication.processEvents()
    return page


def label_extent(chart, value: float, text: str, axis_name: str) -> tuple[float, float]:
    """Where an axis label is drawn, in the plot widget's pixels, across its axis: centred on
    its tick, as wide (bottom) or as tall (left) as the font makes it."""
    plot = chart.plot
    vb = plot.getPlotItem().vb
    metrics = QFontMetrics(plot.font())
    if axis_name == "bottom":
        centre = plot.mapFromScene(vb.mapViewToScene(QPointF(value, 0))).x()
        half = metrics.horizontalAdvance(text) / 2
    else:
        centre = plot.mapFromScene(vb.mapViewToScene(QPointF(0, value))).y()
        half = metrics.height() / 2
    return centre - half, centre + half


@pytest.mark.parametrize("chosen", [WEEK, MONTH, YEAR])
def test_every_date_label_is_inside_its_plot(qtbot, store, catalog, artifacts, text_size, chosen):
    seed_history(store.conn, 400, TODAY, random.Random(2))
    page = chosen_page(qtbot, store, catalog, chosen)
    for key, chart in page.charts.items():
        axis = chart.plot.getAxis("bottom")
        low, high = chart.plot.viewRange()[0]
        levels = axis.tickValues(low, high, axis.width())
        values = [v for _, level in levels for v in level]
        assert values, key
        for value, text in zip(values, axis.tickStrings(values, 1, 0), strict=True):
            _, right = label_extent(chart, value, text, "bottom")
            assert right <= chart.plot.width(), f"{key}: {text!r} cut at the right edge"
        # A whole line below the axis: pyqtgraph kept 0.8 of one, cutting off 'J' and 'p'.
        line = QFontMetrics(chart.plot.font()).height()
        assert axis.height() >= line, key
    page.grab().save(str(artifacts / f"chart-room-{text_size}-{chosen}.png"))


def drawn_labels(axis) -> list[str]:
    """The labels pyqtgraph paints: it leaves out any that would reach past its bounds."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _, _, text in texts]


def test_todays_label_is_drawn_when_today_starts_a_week(qtbot, store, catalog, text_size):
    monday = date(2026, 11, 30)  # the month's axis names Mondays: today's is its last label
    seed_first_days(store.conn, 5, monday, random.Random(1))
    page = chosen_page(qtbot, store, catalog, MONTH, today=monday)
    for key in ("minutes", "reps"):
        axis = page.charts[key].plot.getAxis("bottom")
        low, high = page.charts[key].plot.viewRange()[0]
        [(_, values)] = axis.tickValues(low, high, axis.width())
        assert charts.from_stamp(values[-1]) == monday
        named = axis.tickStrings(values, 1, 0)
        assert drawn_labels(axis) == named, f"{key}: {named[-1]!r} not drawn"


def test_the_top_of_the_pain_scale_and_the_left_axis_fit(qtbot, store, catalog, text_size):
    seed_first_days(store.conn, 3, TODAY, random.Random(1))
    page = chosen_page(qtbot, store, catalog, MONTH)
    pain = page.charts["pain"]
    top, _ = label_extent(pain, 10, "10", "left")
    assert top >= 0, "the 10 of the pain scale is cut at the top"
    metrics = QFontMetrics(pain.plot.font())
    for key in ("minutes", "reps", "pain"):
        axis = page.charts[key].plot.getAxis("left")
        title = axis.label.boundingRect().height()
        numbers = metrics.horizontalAdvance("10")
        assert axis.width() >= title + numbers, f"{key}: the title lies over the numbers"
    calendar = page.charts["calendar"].plot.getAxis("left")
    monday = QLocale().dayName(1, QLocale.FormatType.ShortFormat)
    assert calendar.width() >= metrics.horizontalAdvance(monday)


def test_the_names_of_the_lines_are_beside_the_plot(qtbot, store, catalog, artifacts, text_size):
    seed_first_days(store.conn, 4, TODAY, random.Random(3))
    page = chosen_page(qtbot, store, catalog, WEEK)
    reps = page.charts["reps"]
    names = [e.name for e in catalog.exercises]
    assert reps.key.isVisible() and reps.key.accessibleName() == ", ".join(names)
    assert not reps.key.geometry().intersects(reps.plot.geometry())
    assert reps.key.height() >= reps.key.heightForWidth(reps.key.width())  # wrapped, not cut
    assert not [i for i in reps.plot.getPlotItem().items if type(i).__name__ == "LegendItem"]
    assert page.charts["pain"].key.accessibleName() == "Back, Hip, Knee"
    assert not page.charts["minutes"].key.isVisible()  # bars of one kind need no names
    reps.grab().save(str(artifacts / f"chart-key-{text_size}.png"))


def test_the_key_marks_each_name_with_its_lines_colour_and_marker() -> None:
    text = key_text(["Toe curls", "A <b>", "Third"], charts.LIGHT_SERIES)
    assert text.index(charts.LIGHT_SERIES[0]) < text.index("●") < text.index("Toe curls")
    assert text.index(charts.LIGHT_SERIES[1]) < text.index("■") < text.index("A &lt;b&gt;")
    assert "▼" in text and "<b>" not in text  # an own exercise's name is shown, not parsed


def test_at_large_text_the_charts_stack_and_a_week_names_its_days(
    qtbot, store, catalog, text_size
) -> None:
    seed_first_days(store.conn, 5, TODAY, random.Random(4))
    page = chosen_page(qtbot, store, catalog, WEEK)
    minutes, reps = page.charts["minutes"], page.charts["reps"]
    side_by_side = minutes.y() == reps.y()
    assert side_by_side == (text_size == 100)
    axis = minutes.plot.getAxis("bottom")
    low, high = minutes.plot.viewRange()[0]
    [(_, values)] = axis.tickValues(low, high, axis.width())
    assert len(values) >= 4, "a week's axis names too few of its days"
    assert charts.from_stamp(values[-1]) == TODAY
    assert charts.from_stamp(values[0]) <= TODAY - timedelta(days=5)


@pytest.mark.parametrize("history", ["first-week", "ten-years"])
@pytest.mark.parametrize("size", [(1280, 700), (1366, 2400)], ids=["laptop", "tall"])
def test_the_plots_keep_their_height_beside_an_open_table(
    qtbot, store, catalog, artifacts, history, size
):
    """Side by side, a chart shares its row with the one beside it: opening that one's table
    stretched this one's plot half as tall again. A page taller than its charts stretched
    them all. Room to spare goes below them, and to the list of past sessions."""
    if history == "first-week":
        seed_first_days(store.conn, 6, TODAY - timedelta(days=1), random.Random(3))
    else:
        seed_history(store.conn, 3650, TODAY - timedelta(days=1), random.Random(10))
    page = drawn_page(qtbot, store, catalog, size)
    assert page.chart_area.columns == 2
    page.charts["minutes"].table.toggle.setChecked(True)
    settle(page)
    page.grab().save(str(artifacts / f"history-table-open-{history}-{size[1]}.png"))
    for key, chart in page.charts.items():
        # Its least height, or a few pixels more where its axes ask for them
        assert chart.plot.height() <= chart.plot_height() * 1.1, (key, chart.plot.height())
