"""The History page: streaks, minutes, progress per exercise, active days and pain check-ins.

The page asks `load(start)` for a snapshot of plain values and never touches the database.
Everything but the charts' pictures needs no chart library, so the page is whole at once; the
plots follow when pyqtgraph has loaded (history_charts.py), and start-up never loads it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from foot_coach.core.stats import Range, opening_range, same_lines, streaks
from foot_coach.core.words import fill
from foot_coach.store.queries import Snapshot
from foot_coach.ui.chart_frame import ChartFrame
from foot_coach.ui.dates import clock_time, list_date, long_date
from foot_coach.ui.pages.history_charts import HistoryCharts
from foot_coach.ui.theme import pressing, scaled_font
from foot_coach.ui.widgets.flow_row import FlowRow
from foot_coach.ui.widgets.lines_label import LinesLabel
from foot_coach.ui.widgets.scrolling import fill_page
from foot_coach.ui.widgets.tab_order import reading_order

Loader = Callable[[Range], Snapshot]


class HistoryPage(QWidget):
    sig_annotate = Signal(int, str)
    sig_delete = Signal(int)
    sig_export_csv = Signal()
    sig_backup = Signal()
    sig_restore = Signal()
    sig_report = Signal()
    sig_charts_drawn = Signal()  # the plots are in (at once, or when pyqtgraph has loaded)

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
        self.opened = False  # on a range that shows the history plainly; then the person's
        self.snapshot: Snapshot | None = None
        self.range = self._range_choice()
        self.range.currentIndexChanged.connect(self.refresh)
        self.summary = LinesLabel()
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
        self.sessions = self._sessions_list()
        self.chart_area = HistoryCharts(today)
        self.chart_area.sig_drawn.connect(self.sig_charts_drawn)
        # Charts made after the list and buttons below them would come last on Tab.
        self.chart_area.sig_drawn.connect(
            lambda: reading_order(self.chart_area, *self.below_charts)
        )
        self._arrange()

    def _range_choice(self) -> QComboBox:
        """How far back the page looks: a month, until the first history shows."""
        choice = QComboBox()
        for label, value in (
            (self.tr("Last week"), Range.WEEK),
            (self.tr("Last month"), Range.MONTH),
            (self.tr("Last year"), Range.YEAR),
            (self.tr("Everything"), Range.ALL),
        ):
            choice.addItem(label, value)
        choice.setCurrentIndex(1)
        choice.setAccessibleName(self.tr("Time range"))
        choice.setToolTip(self.tr("How far back the charts and totals go"))
        return choice

    def _sessions_list(self) -> QListWidget:
        """The past sessions, newest first, each chosen to add a note to it or delete it."""
        sessions = QListWidget()
        sessions.setAccessibleName(self.tr("Past sessions"))
        sessions.setToolTip(self.tr("Choose a session to add a note to it or delete it"))
        sessions.setMinimumHeight(120)
        sessions.setWordWrap(True)  # a long note wraps rather than scroll sideways
        sessions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return sessions

    def _arrange(self) -> None:
        report = pressing(self.tr("Report for my physiotherapist…"), self.sig_report.emit)
        top = self._top_row(report)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(top)  # scrolls with the rest: at large text the charts need the room
        column.addWidget(self.summary)
        column.addWidget(self.empty)
        # The streaks and totals (or, at first, what will show here) are Tab stops, as each
        # chart's summary is: a screen reader reached the charts and never heard them.
        for words in (self.summary, self.empty):
            words.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        reading_order(self.range, report, self.summary, self.empty)
        column.addWidget(self.chart_area)
        self._add_sessions(column)
        fill_page(self, body)

    def _top_row(self, report: QWidget) -> FlowRow:
        """The range to show, and the report at the right."""
        show = QLabel(self.tr("Show:"))
        show.setBuddy(self.range)
        pair = QWidget()
        pair_row = QHBoxLayout(pair)
        pair_row.setContentsMargins(0, 0, 0, 0)
        pair_row.addWidget(show)
        pair_row.addWidget(self.range)
        pair_row.addStretch(1)
        top = FlowRow(pair)
        top.add_stretch()
        top.add(report)
        return top

    def _add_sessions(self, column: QVBoxLayout) -> None:
        """The past sessions and what is done with one; below, what is done with the history
        as a file: exported, backed up, restored. Each row of buttons from the left, one
        under another when the window is too narrow for them."""
        label = QLabel(self.tr("<b>Past sessions</b>"))
        label.setBuddy(self.sessions)
        column.addWidget(label)
        column.addWidget(self.sessions, 1)  # a page taller than all of it: the list takes it
        notes = [
            pressing(self.tr("Add a note…"), self._annotate),
            pressing(self.tr("Delete session…"), self._delete),
        ]
        files = [
            pressing(self.tr("Export CSV…"), self.sig_export_csv.emit),
            pressing(self.tr("Back up…"), self.sig_backup.emit),
            pressing(self.tr("Restore…"), self.sig_restore.emit),
        ]
        for buttons in (notes, files):
            row = FlowRow(*buttons)
            row.add_stretch()
            column.addWidget(row)
        self.below_charts: list[QWidget] = [self.sessions, *notes, *files]

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
        if self._open_plainly(self.snapshot):
            return  # refreshed on the range it opened on
        has_data = bool(self.snapshot.all_time.sessions)
        self.empty.setVisible(not has_data)
        self.chart_area.setVisible(has_data)
        self._fill_summary(self.snapshot)
        self._fill_sessions(self.snapshot)
        if has_data:
            self.chart_area.show_snapshot(self.snapshot, self.names, self._counts(self.snapshot))

    def _open_plainly(self, snap: Snapshot) -> bool:
        """The first time there is history to show, the range that shows it plainly (see
        opening_range); True when that is another range, now chosen and shown."""
        if self.opened or not snap.all_time.sessions:
            return False
        self.opened = True
        wanted = opening_range(min(snap.active, default=None), self.today())
        index = next(i for i in range(self.range.count()) if self.range.itemData(i) is wanted)
        if index == self.range.currentIndex():
            return False
        self.range.setCurrentIndex(index)  # its signal refreshes the page
        return True

    def _counts(self, snap: Snapshot) -> dict[str, str]:
        minutes = round(sum(m.minutes for m in snap.minutes))
        reps = sum(p.reps for points in snap.per_exercise.values() for p in points)
        return {
            "minutes": self.tr("%n active minute(s) in this range; one bar per %1.", "", minutes),
            "reps": self.tr("%n repetition(s) in this range; one point per %1.", "", reps),
            "calendar": self.tr("Active on %n day(s) this year.", "", len(snap.year_active)),
            "reps_shared": self._shared_lines(snap),
        }

    def _shared_lines(self, snap: Snapshot) -> str:
        """Which exercises the reps chart draws as one line: the key names each, the chart
        cannot show them apart."""
        points = {
            self.names.get(e, e): [(p.day, p.reps) for p in pts]
            for e, pts in snap.per_exercise.items()
        }
        groups = "; ".join(", ".join(names) for names in same_lines(points))
        shared = self.tr("These have the same counts, so their lines lie on top of each other: %1.")
        return " " + fill(shared, groups) if groups else ""

    @property
    def charts(self) -> dict[str, ChartFrame]:
        return self.chart_area.frames

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
            elif row.all_skipped:
                outcome = self.tr("all skipped")
            reps = self.tr("%n rep(s)", "", row.reps)
            day, at = date.fromisoformat(row.started_at[:10]), clock_time(row.started_at)
            note = f" — {row.note}" if row.note else ""
            item = QListWidgetItem(f"{list_date(day)}, {at} — {outcome}, {reps}{note}")
            # Said with the weekday and month in full: "Mon" and "Nov" are spelt out by some
            # voices, and "2026-11-28" was read out as numbers.
            spoken = f"{long_date(day)}, {at} — {outcome}, {reps}{note}"
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.sessions.addItem(item)

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
