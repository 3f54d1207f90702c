"""The composition root: builds paths, store, runner, cues and window and wires them together."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from foot_coach import APP_ID, APP_NAME, __version__, assets, operations
from foot_coach.cli import Options
from foot_coach.core.catalog import Catalog, Prescription, parse_catalog
from foot_coach.core.clock import ScaledClock, awake_or_asleep_ns
from foot_coach.core.prompts import Sound, sound_for_phase, ticks
from foot_coach.core.routine import Timing, compile_routine, items_for
from foot_coach.core.session import PhaseStarted, Status, View
from foot_coach.core.stats import Range, range_start, week_start
from foot_coach.paths import Paths
from foot_coach.recorder import Recorder
from foot_coach.store import log, queries
from foot_coach.store.db import Store, move_aside
from foot_coach.store.errors import CorruptDatabaseError, StoreError
from foot_coach.ui import phase_text, theme
from foot_coach.ui.cues import Cues
from foot_coach.ui.first_paint import FirstPaintReporter
from foot_coach.ui.main_window import MainWindow
from foot_coach.ui.pages.exercises_page import ExercisesPage
from foot_coach.ui.pages.history_page import HistoryPage
from foot_coach.ui.pages.session_page import SessionPage
from foot_coach.ui.runner import Runner, Scheduler, SessionClock


def local_now() -> datetime:
    """The person's wall clock, with its UTC offset, for the history log."""
    return datetime.now().astimezone()


def placeholder(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def open_store(paths: Paths, notices: list[str]) -> Store:
    """Open the history; a damaged file is moved aside (never deleted) and a new one started."""
    stamp = local_now().strftime("%Y%m%d-%H%M%S")
    try:
        return Store.open(paths.database, paths.backups_dir, stamp)
    except CorruptDatabaseError as exc:
        moved = move_aside(paths.database, stamp)
        notices.append(
            f"{exc.user_message}\n\nIt was moved to {moved} and kept there. "
            "Foot Coach has started a new history."
        )
        return Store.open(paths.database, paths.backups_dir, stamp)


class Coach(QObject):
    """Holds the running parts and the wiring between them; no rules of its own."""

    def __init__(
        self,
        options: Options,
        paths: Paths,
        store: Store,
        catalog: Catalog,
        clock: SessionClock | None = None,
        scheduler: Scheduler | None = None,
    ) -> None:
        super().__init__()
        self.options, self.paths, self.store, self.catalog = options, paths, store, catalog
        self.clock = clock or ScaledClock(options.time_scale, awake_or_asleep_ns)
        self.runner = Runner(self.clock, scheduler, parent=self)
        self.cues = Cues(parent=self)
        self.recorder: Recorder | None = None
        self.window = MainWindow()
        self.exercises = ExercisesPage(catalog, self.prescriptions())
        self.session_page = SessionPage()
        self.window.add_page("exercises", self.window.tr("Exercises"), self.exercises)
        self.window.add_page("session", self.window.tr("Session"), self.session_page)
        names = {e.id: e.name for e in catalog.exercises}
        self.history = HistoryPage(self.history_snapshot, lambda: local_now().date(), names)
        self.window.add_page("history", self.window.tr("History"), self.history)
        reminders = placeholder(self.window.tr("Reminders will be set here."))
        self.window.add_page("reminders", self.window.tr("Reminders"), reminders)
        self._wire()

    def prescriptions(self) -> dict[str, Prescription]:
        rows = log.latest_prescriptions(self.store.conn)
        out = {}
        for exercise in self.catalog.exercises:
            row, rx = rows.get(exercise.id), exercise.prescription
            out[exercise.id] = (
                Prescription(
                    row.count, row.hold_s or rx.hold_s, rx.release_s, row.pace_s or rx.pace_s
                )
                if row
                else rx
            )
        return out

    def history_snapshot(self, chosen: Range) -> queries.Snapshot:
        today = local_now().date()
        start = range_start(chosen, today, queries.first_day(self.store.conn))
        return queries.snapshot(
            self.store.conn, start, today, week_start(today), date(today.year, 1, 1),
            self.catalog.ids,
        )  # fmt: skip

    def _wire(self) -> None:
        operations.wire_history(self)
        self.exercises.sig_start_routine.connect(lambda: self.start(self.catalog.ids))
        self.exercises.sig_practise.connect(lambda exercise_id: self.start([exercise_id]))
        self.session_page.sig_event.connect(self.runner.send)
        self.session_page.sig_focus_mode.connect(self.window.toggle_focus_mode)
        self.session_page.sig_finished_ok.connect(self.back_to_exercises)
        self.runner.sig_phase_started.connect(self.session_page.show_phase)
        self.runner.sig_phase_started.connect(self._cue_phase)
        self.runner.sig_view.connect(self.session_page.show_view)
        self.runner.sig_view.connect(self._cue_tick)
        self.runner.sig_notes.connect(self._record)
        self.runner.sig_status.connect(lambda _: self.history.mark_stale())

    def start(self, exercise_ids: Sequence[str]) -> None:
        if self.runner.session and self.runner.session.status in (Status.RUNNING, Status.PAUSED):
            self.window.show_page("session")
            return
        plan = compile_routine(
            items_for(self.catalog, exercise_ids, self.prescriptions()), Timing()
        )
        session = self.runner.load(plan)
        self.recorder = Recorder(
            self.store.conn, plan, local_now, lambda: session.active_ms(self.clock())
        )
        self.session_page.load(plan, self.options.time_scale)
        self.window.show_page("session")
        self.runner.start()

    def back_to_exercises(self) -> None:
        if self.window.isFullScreen():
            self.window.toggle_focus_mode()
        self.window.show_page("exercises")

    def _record(self, notes: list) -> None:
        if self.recorder is not None:
            try:
                self.recorder.handle(notes)
            except StoreError as exc:  # disk full or folder gone: say so, keep exercising
                QMessageBox.warning(self.window, APP_NAME, exc.user_message)

    def _cue_phase(self, note: PhaseStarted) -> None:
        plan = self.runner.session.plan if self.runner.session else None
        self.cues.play(sound_for_phase(note.phase))
        if plan is not None:
            self.cues.say(phase_text.spoken(plan, note.phase))

    def _cue_tick(self, view: View) -> None:
        if view.status is Status.RUNNING and ticks(view.phase, view.seconds_shown):
            self.cues.play(Sound.TICK)


def run(options: Options, qt_argv: Sequence[str]) -> int:
    app = QApplication(list(qt_argv))
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.footcoach.FootCoach")
    theme.apply(app)
    paths = Paths.from_arg(options.data_dir)
    paths.ensure()
    catalog = parse_catalog(assets.read_text("exercises.toml"), str(assets.path("exercises.toml")))
    notices: list[str] = []
    try:
        store = open_store(paths, notices)
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, exc.user_message)
        return 1
    log.mark_interrupted(store.conn)
    coach = Coach(options, paths, store, catalog)
    reporter = FirstPaintReporter.from_env(coach.window)
    if reporter is not None:
        coach.window.installEventFilter(reporter)
    if not options.minimized:
        coach.window.show()
    for text in notices:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, parent=coach.window)
        box.open()
    QTimer.singleShot(0, coach.cues.warm_up)  # speech engines can block: after the first paint
    if options.start is not None:
        ids = [options.start] if options.start else list(catalog.ids)
        QTimer.singleShot(0, lambda: coach.start(ids))
    try:
        return app.exec()
    finally:
        store.close()
