"""pyqtgraph charts for the History page, drawn into ChartFrames (ui/chart_frame.py). Loaded
in the background (ui/warm.py), never at start-up."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLocale, QObject, QPointF
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QWidget

# Some are here for the History page and the tests, which know them as charts.*
from foot_coach.ui.chart_frame import (  # noqa: F401
    DARK_SERIES,
    DAY_S,
    LIGHT_SERIES,
    SERIES,
    SYMBOLS,
    ChartFrame,
    from_stamp,
    nearest,
    series_colours,
    stamp,
)
from foot_coach.ui.day_axis import REACH_LEFT, DayAxis


class _WheelToPage(QObject):
    """The plots neither zoom nor pan, yet pyqtgraph's axes take a wheel turned over them
    (AxisItem.wheelEvent accepts it after its view box ignores it): with the pointer resting
    on a chart's dates, the History page stopped scrolling. Turned away before the chart
    sees it, the wheel goes on to the page as over any other part of it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel:
            return False
        event.ignore()
        return True


SPARE_PLOTS = 4  # the History page's charts (pages/history_charts.py, KEYS)
_spares: list[pg.PlotWidget] = []
_plots_made = 0
# Plots made ahead wait in a hidden widget, not as windows of their own: made without a parent,
# they were painted three times as often once placed in their charts (21 paints of the four in
# a first open, against 7).
_waiting_room: QWidget | None = None


def _new_plot(parent: QWidget) -> pg.PlotWidget:
    global _plots_made
    _plots_made += 1
    # No context menus: made at construction, they were a fifth of a first History open.
    return pg.PlotWidget(parent, axisItems={"bottom": DayAxis()}, enableMenu=False)


def make_spare() -> bool:
    """Make one of the History page's plots ahead of need, while the person heads for it
    (ui/warm.py calls this a turn at a time once the libraries are in); whether more are to be
    made. A plot with its axes takes some 10 ms to make, the largest step of the page's first
    open, which now only fills them in. Never more than the page uses."""
    global _waiting_room
    if _plots_made < SPARE_PLOTS:
        if _waiting_room is None:
            _waiting_room = QWidget()
        _spares.append(_new_plot(_waiting_room))
    return _plots_made < SPARE_PLOTS


def attach(chart: ChartFrame, y_label: str) -> None:
    """Give the frame a plot with a date axis, hovering shown in its read-out; out of sight
    until the frame's place_plot()."""
    if _spares:
        plot = _spares.pop(0)
        plot.setParent(chart)
    else:  # opened before the plots were made ahead
        plot = _new_plot(chart)
    plot.setMouseEnabled(x=False, y=False)
    # Every chart sets its own ranges once drawn (frame(), calendar()); left on, pyqtgraph
    # worked one out anew, and re-laid out both axes, for each line and bar as it was added.
    plot.disableAutoRange()
    plot.hideButtons()
    plot.viewport().installEventFilter(_WheelToPage(plot))
    plot.setLabel("left", y_label)
    chart.hold_plot(plot)

    def moved(pos: QPointF) -> None:
        if plot.sceneBoundingRect().contains(pos):
            chart.hover_at(plot.getPlotItem().vb.mapSceneToView(pos).x())

    plot.scene().sigMouseMoved.connect(moved)


def use_colours(chart: ChartFrame, palette: QPalette) -> None:
    """The series' colours for the palette; lines drawn in others are cleared to be drawn
    again."""
    if series_colours(palette) != chart.colours:
        chart.colours = series_colours(palette)
        chart.lines = {}
        chart.plot.clear()


def use_palette(chart: ChartFrame, palette: QPalette) -> None:
    use_colours(chart, palette)
    chart.plot.setBackground(palette.color(QPalette.ColorRole.Base))
    pen = pg.mkPen(palette.color(QPalette.ColorRole.Text))
    for axis in ("left", "bottom"):
        chart.plot.getAxis(axis).setPen(pen)
        chart.plot.getAxis(axis).setTextPen(pen)
    leave_room(chart)


def leave_room(chart: ChartFrame) -> None:
    """Room for the axes' words in the chart's font: on the right and at the top for the half
    of a date or a number drawn past the plot's edge (today's date, the 10 of the pain
    scale), and below the axis for a whole line (pyqtgraph keeps 0.8 of one: no 'J' or 'p'
    had its foot)."""
    metrics = QFontMetrics(chart.plot.font())
    axis = chart.plot.getAxis("bottom")
    axis.setStyle(tickFont=chart.plot.font())
    axis.setHeight(metrics.height() + axis.style["tickTextOffset"][1] + 2)
    right = (axis.widest_label(metrics) + 1) // 2 + 2
    axis.reach(max(REACH_LEFT, right))
    chart.plot.getPlotItem().layout.setContentsMargins(2, metrics.height() // 2, right, 2)


def bars(
    chart: ChartFrame,
    days: Sequence[date],
    values: Sequence[float],
    colour: str,
    width_days: int = 1,
) -> None:
    """One bar per point; a point may stand for a week or a month (`width_days`)."""
    chart.plot.clear()
    chart.lines = {}
    xs = [stamp(d) + DAY_S * (width_days - 1) / 2 for d in days]
    if xs:
        # No outline: pyqtgraph's grey one, round bars a few pixels wide, made grey stripes.
        item = pg.BarGraphItem(
            x=xs, height=list(values), width=DAY_S * width_days * 0.8, brush=colour, pen=None
        )
        chart.plot.addItem(item)


def lines(
    chart: ChartFrame,
    series: dict[str, tuple[Sequence[date], Sequence[float]]],
    only_new: bool = False,
) -> None:
    """One line per series. Drawing again updates them in place and makes only the lines not
    made yet (so they can be made a few at a time): creating pyqtgraph items (and their
    markers and legend entries) costs far more than new data. `only_new` when the lines made
    before already show this data: each line's data set again redraws its every marker."""
    if list(chart.lines) != list(series)[: len(chart.lines)]:
        chart.plot.clear()
        chart.lines = {}
    size = max(7, round(QFontMetrics(chart.plot.font()).height() / 3))  # grows with the text
    made = set(chart.lines)
    for n, name in enumerate(series):
        if name not in chart.lines:
            colour, symbol = chart.colours[n % 5], SYMBOLS[n % 5]
            chart.lines[name] = chart.plot.plot(
                [], [], pen=pg.mkPen(colour, width=2), symbol=symbol, symbolBrush=colour,
                symbolPen=colour, symbolSize=size, name=name,
            )  # fmt: skip
    for name, (days, values) in series.items():
        if not (only_new and name in made):
            chart.lines[name].setData([stamp(d) for d in days], list(values))


def frame(chart: ChartFrame, first: date, last: date, top: float) -> None:
    """Show every day from `first` to `last`, data or not, and values from 0 to `top`: one
    day of data is one narrow bar in its month, not a bar filling the chart."""
    chart.plot.disableAutoRange()
    chart.plot.setXRange(stamp(first) - DAY_S / 2, stamp(last) + DAY_S / 2, padding=0)
    chart.plot.setYRange(0, top, padding=0.02)
    fit_left_axis(chart, [str(int(top)), "0.0"])


def fit_left_axis(chart: ChartFrame, texts: Sequence[str]) -> None:
    """The left axis as wide as its title and the widest of `texts`, its numbers or names:
    pyqtgraph measures them as it paints, so the first paint put the title over the numbers
    (or left a calendar's day names out)."""
    axis = chart.plot.getAxis("left")
    metrics = QFontMetrics(chart.plot.font())
    title = axis.label.boundingRect().height() if axis.label.isVisible() else 0
    widest = max(metrics.horizontalAdvance(text) for text in texts)
    axis.setWidth(int(widest + title) + axis.style["tickTextOffset"][0] + 4)


def nice_top(values: Sequence[float]) -> float:
    """Room above the highest value, and a sensible scale when every value is small."""
    return max(5.0, max(values, default=0) * 1.15)


def pain_scale(chart: ChartFrame) -> None:
    """The pain scale is always the whole 0-10, so a 2 looks small and an 8 looks large."""
    chart.plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])


def calendar(chart: ChartFrame, year_from: date, active: Sequence[date], colour: str) -> None:
    """A year of days as squares: columns are weeks, rows weekdays; filled when active."""
    chart.plot.clear()
    chart.lines = {}
    chart.plot.invertY(True)
    done = set(active)
    year_to = date(year_from.year, 12, 31)
    spots: dict[bool, tuple[list[float], list[int]]] = {True: ([], []), False: ([], [])}
    for offset in range((year_to - year_from).days + 1):
        day = year_from + timedelta(days=offset)
        xs, ys = spots[day in done]
        xs.append(stamp(day - timedelta(days=day.weekday())))
        ys.append(day.weekday())
    # Two items with one brush each: far quicker to draw than a brush per day. Active days
    # are big squares, the others small dots: size tells them apart, not colour alone.
    for on, brush, size in (
        (False, pg.mkBrush(QColor(150, 150, 150, 150)), 4),
        (True, pg.mkBrush(colour), 10),
    ):
        xs, ys = spots[on]
        chart.plot.addItem(pg.ScatterPlotItem(xs, ys, symbol="s", size=size, brush=brush, pen=None))
    names = [(n, QLocale().dayName(n + 1, QLocale.FormatType.ShortFormat)) for n in (0, 3, 6)]
    chart.plot.getAxis("left").setTicks([names])
    fit_left_axis(chart, [name for _, name in names])
    _calendar_range(chart, year_from, year_to)


def _calendar_range(chart: ChartFrame, year_from: date, year_to: date) -> None:
    """The year's weeks, set, and its months alone named. Left to pyqtgraph, the weeks and
    days came only once painted, and a calendar out of sight had no dates yet; the half
    week of room after the last column named the next year's January, a month to come."""
    chart.plot.disableAutoRange()
    first_monday = stamp(year_from - timedelta(days=year_from.weekday()))
    last_monday = stamp(year_to - timedelta(days=year_to.weekday()))
    chart.plot.setXRange(first_monday - 4 * DAY_S, last_monday + 4 * DAY_S, padding=0)
    chart.plot.setYRange(-0.6, 6.6, padding=0)
    chart.plot.getAxis("bottom").last_named = year_to
