"""The History page: streaks, minutes, progress per exercise, active days and pain check-ins.

pyqtgraph is imported the first time the page is shown, so start-up never pays for it. The
page asks `load(start)` for a snapshot of plain values and never touches the database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from foot_coach.core.stats import Bucket, Range, bucket_start, streaks
from foot_coach.core.words import fill
from foot_coach.store.queries import Snapshot
from foot_coach.ui import dates
from foot_coach.ui.theme import pressing, scaled_font

Loader = Callable[[Range], Snapshot]


class HistoryPage(QWidget):
    sig_annotate = Signal(int, str)
    sig_delete = Signal(int)
    sig_export_csv = Signal()
    sig_backup = Signal()
    sig_restore = Signal()
    sig_report = Signal()

    def __init__(
        self,
        load: Loader,
        today: Callable[[], date],
        names: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.load, self.today, self.names = load, today, names
        self.stale = True
        self.snapshot: Snapshot | None = None
        self.charts: dict[str, Any] = {}
        self.range = QComboBox()
        for label, value in (
            (self.tr("Last week"), Range.WEEK),
            (self.tr("Last month"), Range.MONTH),
            (self.tr("Last year"), Range.YEAR),
            (self.tr("Everything"), Range.ALL),
        ):
            self.range.addItem(label, value)
        self.range.setCurrentIndex(1)
        self.range.setAccessibleName(self.tr("Time range"))
        self.range.setToolTip(self.tr("How far back the charts and totals go"))
        self.range.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.summary.setWordWrap(True)
        self.empty = QLabel(
            self.tr(
                "Nothing here yet. When you finish your first exercises, your progress "
                "will show up here: minutes per day, streaks, and how each exercise grows."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setFont(scaled_font(self.font(), 1.2))
        self.sessions = QListWidget()
        self.sessions.setAccessibleName(self.tr("Past sessions"))
        self.sessions.setToolTip(self.tr("Choose a session to add a note to it or delete it"))
        self.sessions.setMinimumHeight(120)
        self.chart_area = QWidget()
        self.chart_grid = QGridLayout(self.chart_area)
        self._arrange()

    def _arrange(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.range)
        top.addStretch(1)
        top.addWidget(pressing(self.tr("Report for my physiotherapist…"), self.sig_report.emit))
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.summary)
        column.addWidget(self.empty)
        column.addWidget(self.chart_area)
        column.addWidget(QLabel(self.tr("<b>Past sessions</b>")))
        column.addWidget(self.sessions)
        row = QHBoxLayout()
        row.addWidget(pressing(self.tr("Add a note…"), self._annotate))
        row.addWidget(pressing(self.tr("Delete session…"), self._delete))
        row.addStretch(1)
        column.addLayout(row)
        files = QHBoxLayout()
        for text, signal in (
            (self.tr("Export CSV…"), self.sig_export_csv),
            (self.tr("Back up…"), self.sig_backup),
            (self.tr("Restore…"), self.sig_restore),
        ):
            files.addWidget(pressing(text, signal.emit))
        files.addStretch(1)
        column.addLayout(files)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    # --- refreshing ------------------------------------------------------------------------------
    def mark_stale(self) -> None:
        self.stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        self.stale = False
        self.snapshot = self.load(self.range.currentData())
        has_data = bool(self.snapshot.all_time.sessions)
        self.empty.setVisible(not has_data)
        self.chart_area.setVisible(has_data)
        self._fill_summary(self.snapshot)
        self._fill_sessions(self.snapshot)
        if has_data:
            self._draw(self.snapshot)

    def _fill_summary(self, snap: Snapshot) -> None:
        runs = streaks(snap.active, self.today())
        streak = fill(
            self.tr("Current streak: %1 · Best streak: %2"),
            self._days(runs.current),
            self._days(runs.best),
        )
        week = self.tr("%n session(s)", "", snap.week.sessions)
        minutes = self.tr("%n active minute(s)", "", round(snap.week.active_minutes))
        total = self.tr("%n session(s)", "", snap.all_time.sessions)
        counts = self.tr("This week: %1, %2 · In total: %3")
        self.summary.setText(streak + "\n" + fill(counts, week, minutes, total))

    def _unit(self, bucket: Bucket) -> str:
        names = {Bucket.DAY: self.tr("day"), Bucket.WEEK: self.tr("week")}
        return names.get(bucket, self.tr("month"))

    def _days(self, count: int) -> str:
        return self.tr("%n day(s)", "", count)

    def _fill_sessions(self, snap: Snapshot) -> None:
        self.sessions.clear()
        for row in snap.sessions:
            outcome = {
                "completed": self.tr("finished"),
                "stopped": self.tr("stopped early"),
                "interrupted": self.tr("interrupted"),
                "running": self.tr("in progress"),
            }.get(row.outcome, row.outcome)
            if row.stop_reason == "it-hurts":
                outcome = self.tr("stopped: it hurt")
            reps = self.tr("%n rep(s)", "", row.reps)
            text = f"{row.started_at[:16].replace('T', ' ')} — {outcome}, {reps}"
            item = QListWidgetItem(text + (f" — {row.note}" if row.note else ""))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.sessions.addItem(item)

    # --- charts ------------------------------------------------------------------------------
    def _draw(self, snap: Snapshot) -> None:
        from foot_coach.ui import charts  # pyqtgraph and numpy load here, not at start-up

        if not self.charts:
            self.charts = {
                "minutes": charts.Chart(self.tr("Active minutes"), self.tr("minutes")),
                "reps": charts.Chart(self.tr("Repetitions per exercise"), self.tr("reps")),
                "calendar": charts.Chart(self.tr("Active days this year"), ""),
                "pain": charts.Chart(self.tr("Pain check-ins (0–10)"), self.tr("pain")),
            }
            for n, chart in enumerate(self.charts.values()):
                self.chart_grid.addWidget(chart, n // 2, n % 2)
        for chart in self.charts.values():
            chart.use_palette(self.palette())
        self._draw_minutes(charts, snap)
        self._draw_reps(charts, snap)
        year_from = date(self.today().year, 1, 1)
        calendar = self.charts["calendar"]
        charts.calendar(calendar, year_from, snap.year_active, calendar.colours[2])
        self.charts["calendar"].set_summary(
            self.tr("Active on %n day(s) this year.", "", len(snap.year_active))
        )
        self._draw_pain(charts, snap)

    @staticmethod
    def _span(snap: Snapshot) -> tuple[date, date]:
        """The chosen range, from the first day of its first week or month when points stand
        for weeks or months."""
        last = bucket_start(snap.end, snap.bucket) + timedelta(days=snap.bucket.value - 1)
        return bucket_start(snap.start, snap.bucket), last

    def _draw_minutes(self, charts: Any, snap: Snapshot) -> None:
        chart = self.charts["minutes"]
        days = [m.day for m in snap.minutes]
        values = [m.minutes for m in snap.minutes]
        charts.bars(chart, days, values, chart.colours[0], snap.bucket.value)
        charts.frame(chart, *self._span(snap), charts.nice_top(values))
        total = sum(values)
        chart.set_summary(
            fill(
                self.tr("%n active minute(s) in this range; one bar per %1.", "", round(total)),
                self._unit(snap.bucket),
            )
        )
        half = charts.DAY_S * (snap.bucket.value - 1) / 2
        stamps = [charts.stamp(d) + half for d in days]  # bar centres

        def describe(x: float) -> str:
            i = charts.nearest(stamps, x, charts.DAY_S * snap.bucket.value / 2 + charts.DAY_S)
            if i is None:
                return ""
            when = dates.point_name(days[i], snap.bucket.value)
            if snap.bucket is Bucket.WEEK:
                when = fill(self.tr("week of %1"), when)
            return f"{when}: {values[i]:.1f} " + self.tr("minutes")

        chart.on_hover(describe)

    def _draw_reps(self, charts: Any, snap: Snapshot) -> None:
        chart = self.charts["reps"]
        series = {
            self.names.get(e, e): ([p.day for p in pts], [p.reps for p in pts])
            for e, pts in snap.per_exercise.items()
            if pts
        }
        charts.lines(chart, series)
        tops = [v for _, values in series.values() for v in values]
        charts.frame(chart, *self._span(snap), charts.nice_top(tops))
        total = sum(sum(v) for _, v in series.values())
        chart.set_summary(
            fill(
                self.tr("%n repetition(s) in this range; one point per %1.", "", total),
                self._unit(snap.bucket),
            )
        )

    def _draw_pain(self, charts: Any, snap: Snapshot) -> None:
        chart = self.charts["pain"]
        series = {}
        for label, pick in (
            (self.tr("Back"), lambda p: p.back),
            (self.tr("Hip"), lambda p: p.hip),
            (self.tr("Knee"), lambda p: p.knee),
        ):
            points = [(p.day, pick(p)) for p in snap.pain if pick(p) is not None]
            series[label] = ([d for d, _ in points], [v for _, v in points])
        charts.lines(chart, series)
        charts.frame(chart, *self._span(snap), 10)
        charts.pain_scale(chart)
        chart.set_summary(
            fill(self.tr("Average pain per %1 in this range."), self._unit(snap.bucket))
            if snap.pain
            else self.tr("No pain check-ins in this range.")
        )

    # --- session list actions ----------------------------------------------------------------
    def _selected(self) -> int | None:
        item = self.sessions.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _annotate(self) -> None:
        session_id = self._selected()
        if session_id is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Note"), self.tr("Your note:"))
        if ok:
            self.sig_annotate.emit(session_id, text)

    def _delete(self) -> None:
        session_id = self._selected()
        if session_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete session?"), self.tr("Delete this session from your history?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.sig_delete.emit(session_id)
