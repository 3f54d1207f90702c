"""The History page's four charts. Their words (summaries, hover read-outs) come at once, from
the snapshot alone (history_series.py); their plots once pyqtgraph has loaded (ui/warm.py), in
slices if it has not yet. Then each plot is made and filled out of sight and shown, painted
once, a small step per turn of the event loop, so input waits for one step at most, never for
the import or all four.

Texts keep the page's translation context ("HistoryPage"), where they have always been.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from types import ModuleType

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from foot_coach.core.words import fill
from foot_coach.store.queries import Snapshot
from foot_coach.system.first_paint import OnFirstPaint
from foot_coach.ui import dates, warm
from foot_coach.ui.chart_frame import ChartFrame
from foot_coach.ui.pages import history_series as series

KEYS = ("minutes", "reps", "calendar", "pain")
CHART_LINES = 22  # charts go side by side when each can be this many lines of text wide


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


class HistoryCharts(QWidget):
    sig_drawn = Signal()  # every plot is drawn for the latest snapshot

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.frames: dict[str, ChartFrame] = {}
        self.grid = QGridLayout(self)
        self.columns = 0
        self.snap: Snapshot | None = None
        self.names: dict[str, str] = {}
        self._drawing = False  # plots being made, a step per turn
        self._again = False  # a newer snapshot came meanwhile

    def show_snapshot(self, snap: Snapshot, names: dict[str, str], counts: dict[str, str]) -> None:
        """`counts`: the summaries that count (minutes, reps, calendar), in the person's
        plural forms, which only the page's own tr() can give."""
        if not self.frames:
            self._make()
        self.snap, self.names = snap, names
        self._describe(snap, counts)
        if self._drawing:
            self._again = True
        elif all(frame.placed for frame in self.frames.values()):
            self._plot_all()
        else:
            # Made a step per turn even when pyqtgraph is in: at once, the four took 0.1-0.4 s
            # without an answer to input. The page paints its words first; then the import's
            # slices (ui/warm.py), if it is not loaded yet; then the plots.
            self._drawing = True
            OnFirstPaint(self.frames["minutes"], lambda: warm.when_loaded(self._plot_in_turns))

    def _plot_all(self) -> None:
        """Every plot at once: quick once they are made, as new data goes into their items."""
        for key in KEYS:
            self._plot(key)
            self.frames[key].place_plot()
        # Laid out now that the plots are in, before the page paints: else it paints them
        # where they were and again where they go (18 plot paints instead of 10).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.sig_drawn.emit()

    def _make(self) -> None:
        titles = (
            translate("HistoryPage", "Active minutes"),
            translate("HistoryPage", "Repetitions per exercise"),
            translate("HistoryPage", "Active days this year"),
            translate("HistoryPage", "Pain check-ins (0–10)"),
        )
        for key, title in zip(KEYS, titles, strict=True):
            self.frames[key] = ChartFrame(title)
            self.grid.addWidget(self.frames[key])
        self._arrange()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Two columns where both charts get room for their dates, else one under another: at
        large text, side by side, a week's axis could name one day of seven."""
        wide = 2 * CHART_LINES * self.fontMetrics().height()
        columns = 2 if self.width() >= wide else 1
        if columns == self.columns or not self.frames:
            return
        self.columns = columns
        for n, key in enumerate(KEYS):
            self.grid.removeWidget(self.frames[key])
            self.grid.addWidget(self.frames[key], n // columns, n % columns)
        for column in (0, 1):  # halves, whichever plot is in: no column squeezed meanwhile
            self.grid.setColumnStretch(column, int(column < columns))

    def _plot_in_turns(self) -> None:
        """Each chart in a few turns of the event loop (its plot made; its lines, a few per
        turn; then shown and painted once), each a timer so that input due meanwhile is
        handled first."""
        turns: list[Callable[[], None]] = []
        for key in KEYS:
            turns.append(partial(self._attach, key))
            turns += [partial(self._some_lines, key, n) for n in range(1, self._line_count(key))]
            turns += [partial(self._plot, key), partial(self._place, key)]

        # A timer of no interval, not a posted call: it fires in the loop's next turn, after
        # input due meanwhile. singleShot(1) waited a millisecond or more each time, 18-20 turns.
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(0)

        def step() -> None:
            turns.pop(0)()
            if turns:
                timer.start()
                return
            timer.deleteLater()
            self._drawing = False
            if self._again:  # drawn in steps from an older snapshot: now all from the newest
                self._again = False
                self._plot_all()
            else:
                self.sig_drawn.emit()

        timer.timeout.connect(step)
        # The first step too in a turn of its own: called at once, it ran in the turn that
        # laid the page out, and input waited for both (some 40 ms on ten years here).
        timer.start()

    def _attach(self, key: str) -> None:
        from foot_coach.ui import charts  # loaded by now: imported here, never at start-up

        frame = self.frames[key]
        if frame.plot is None:
            labels = {
                "minutes": translate("HistoryPage", "minutes"),
                "reps": translate("HistoryPage", "reps"),
                "pain": translate("HistoryPage", "pain"),
            }
            charts.attach(frame, labels.get(key, ""))

    def _line_count(self, key: str) -> int:
        assert self.snap is not None
        if key == "reps":
            return len(series.reps(self.snap, self.names))
        return len(series.pain(self.snap)) if key == "pain" else 0

    def _some_lines(self, key: str, count: int) -> None:
        """The first `count` lines of a chart, in a turn of their own: all five lines with
        their markers and legend entries took longer than any other step. The lines made in
        the turns before keep their data, and the axes their pens and room, until _plot()."""
        from foot_coach.ui import charts

        assert self.snap is not None
        lines = series.reps(self.snap, self.names) if key == "reps" else series.pain(self.snap)
        charts.use_colours(self.frames[key], self.palette())
        charts.lines(self.frames[key], dict(list(lines.items())[:count]), only_new=True)

    def _place(self, key: str) -> None:
        self.frames[key].place_plot()
        self.frames[key].repaint()  # now, in this turn: not all four in one later paint

    def _plot(self, key: str) -> None:
        from foot_coach.ui import charts

        self._attach(key)
        frame, snap = self.frames[key], self.snap
        assert snap is not None
        charts.use_palette(frame, self.palette())
        draw = {"minutes": self._plot_minutes, "reps": self._plot_reps,
                "calendar": self._plot_calendar, "pain": self._plot_pain}  # fmt: skip
        draw[key](charts, frame, snap)

    # --- the words: summaries and read-outs, no chart library needed -------------------------
    def _describe(self, snap: Snapshot, counts: dict[str, str]) -> None:
        unit = series.unit(snap.bucket)
        days, values = series.minutes(snap)
        self.frames["minutes"].set_summary(fill(counts["minutes"], unit))
        self.frames["minutes"].on_hover(series.minutes_readout(snap, days, values))
        self.frames["reps"].set_summary(fill(counts["reps"], unit) + counts["reps_shared"])
        self.frames["reps"].set_key(list(series.reps(snap, self.names)))
        self.frames["calendar"].set_summary(counts["calendar"])
        pain = series.pain(snap)
        self.frames["pain"].set_key(list(pain))
        averages = ", ".join(
            f"{label} {QLocale().toString(sum(v) / len(v), 'f', 1)}"
            for label, (_, v) in pain.items()
            if v
        )  # the figures themselves, so the summary alone tells how it went
        self.frames["pain"].set_summary(
            fill(translate("HistoryPage", "Average pain in this range, 0 to 10: %1."), averages)
            if snap.pain
            else translate("HistoryPage", "No pain check-ins in this range.")
        )
        self._tabulate(snap, pain)

    def _tabulate(self, snap: Snapshot, pain: series.Series) -> None:
        """The values behind each chart, for its "Show as table" view."""
        when = series.point_namer(snap)
        minutes = {translate("HistoryPage", "Active minutes"): series.minutes(snap)}
        self.frames["minutes"].table.set_series(minutes, when, 1)
        self.frames["reps"].table.set_series(series.reps(snap, self.names), when)
        self.frames["pain"].table.set_series(pain, when, 1)
        active = [[dates.long_date(d)] for d in sorted(snap.year_active, reverse=True)]
        self.frames["calendar"].table.set_rows([translate("HistoryPage", "Active days")], active)

    # --- the plots: pyqtgraph -----------------------------------------------------------------
    def _plot_minutes(self, charts: ModuleType, frame: ChartFrame, snap: Snapshot) -> None:
        days, values = series.minutes(snap)
        charts.bars(frame, days, values, frame.colours[0], snap.bucket.value)
        charts.frame(frame, *series.span(snap), charts.nice_top(values))

    def _plot_reps(self, charts: ModuleType, frame: ChartFrame, snap: Snapshot) -> None:
        lines = series.reps(snap, self.names)
        charts.lines(frame, lines)
        tops = [v for _, values in lines.values() for v in values]
        charts.frame(frame, *series.span(snap), charts.nice_top(tops))

    def _plot_calendar(self, charts: ModuleType, frame: ChartFrame, snap: Snapshot) -> None:
        year_from = date(self.today().year, 1, 1)
        charts.calendar(frame, year_from, snap.year_active, frame.colours[2])

    def _plot_pain(self, charts: ModuleType, frame: ChartFrame, snap: Snapshot) -> None:
        charts.lines(frame, series.pain(snap))
        charts.frame(frame, *series.span(snap), 10)
        charts.pain_scale(frame)
