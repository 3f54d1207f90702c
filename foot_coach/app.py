"""The composition root: builds paths, store, runner, cues and window and wires them together."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QObject, QTimer, QTimeZone
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from foot_coach import (
    APP_ID,
    APP_NAME,
    __version__,
    assets,
    coaching,
    i18n,
    operations,
    own,
    own_exercises,
    preferences,
    presence,
    settings,
)
from foot_coach.autostart import Autostart
from foot_coach.cli import Options
from foot_coach.core.catalog import Catalog, Prescription, parse_catalog
from foot_coach.core.clock import ScaledClock, awake_or_asleep_ns
from foot_coach.core.interrupt import CHECK_EVERY
from foot_coach.core.prompts import Sound, sound_for_phase, ticks
from foot_coach.core.routine import Timing, compile_routine, items_for
from foot_coach.core.session import PhaseStarted, Status, StatusChanged, Stop, View
from foot_coach.core.stats import Range, range_start, week_start
from foot_coach.i18n import tr
from foot_coach.paths import Paths
from foot_coach.recorder import Recorder
from foot_coach.reminders import Reminders
from foot_coach.store import log, queries
from foot_coach.store.db import Store, move_aside
from foot_coach.store.errors import CorruptDatabaseError, StoreError
from foot_coach.system.notifications import Notifier, session_bus
from foot_coach.system.presence_probe import PresenceProbe
from foot_coach.system.signals import QuitOnSignal
from foot_coach.system.x11 import X11
from foot_coach.ui import illustration, phase_text, theme, warm, window_place
from foot_coach.ui.cues import Cues
from foot_coach.ui.first_paint import FirstPaintReporter, OnFirstPaint
from foot_coach.ui.main_window import MainWindow
from foot_coach.ui.pages.exercises_page import ExercisesPage
from foot_coach.ui.pages.history_page import HistoryPage
from foot_coach.ui.pages.reminders_page import RemindersPage
from foot_coach.ui.pages.routine_page import RoutinePage
from foot_coach.ui.pages.session_page import SessionPage
from foot_coach.ui.pages.settings_page import SettingsPage
from foot_coach.ui.reminder_gate import Probe
from foot_coach.ui.reminder_prompt import ReminderPrompt
from foot_coach.ui.runner import Runner, Scheduler, SessionClock
from foot_coach.ui.single_instance import SingleInstance, message_for
from foot_coach.ui.tray import Tray, TrayState


def local_now() -> datetime:
    """The person's wall clock, with its UTC offset, for the history log."""
    return datetime.now().astimezone()


LOG = logging.getLogger("foot_coach")
TRACE_ENV = "FOOT_COACH_TRACE_REPS"  # system tests: print each committed rep to stdout
RETRY_SAVE_MS = 15_000


def trace_rep(set_id: int, done: int) -> None:
    print(f"rep {set_id} {done}", flush=True)


def start_log(paths: Paths) -> None:
    """A small rotating log in the data folder, for the person to send along with a problem."""
    handler = logging.handlers.RotatingFileHandler(
        paths.log_file, maxBytes=512_000, backupCount=2, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    LOG.addHandler(handler)
    paths.log_file.chmod(0o600)
    LOG.setLevel(logging.INFO)


def local_zone() -> tzinfo:
    """The system time zone with its daylight-saving rules, read anew each time (people
    travel); a fixed offset only where the zone database does not know the name."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return local_now().tzinfo or UTC


def open_store(paths: Paths, notices: list[str]) -> Store:
    """Open the history; a damaged file is moved aside (never deleted) and a new one started."""
    stamp = local_now().strftime("%Y%m%d-%H%M%S")
    try:
        return Store.open(paths.database, paths.backups_dir, stamp)
    except CorruptDatabaseError as exc:
        moved = move_aside(paths.database, stamp)
        kept = tr("It was moved to %1 and kept there. Foot Coach has started a new history.")
        notices.append(f"{i18n.explain(exc)}\n\n{kept.replace('%1', str(moved))}")
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
        keeper: settings.Keeper | None = None,
        tray_available: bool | None = None,
        wall: Callable[[], datetime] = local_now,
        zone: Callable[[], tzinfo] = local_zone,
        reminder_scheduler: Scheduler | None = None,
        own_keeper: own_exercises.Keeper | None = None,
        notifier: Notifier | None = None,
        probe: Probe | None = None,
    ) -> None:
        super().__init__()
        self.options, self.paths, self.store, self.builtin = options, paths, store, catalog
        self.own = own_keeper or own_exercises.Keeper(
            paths.own_exercises, paths.pictures_dir, catalog
        )
        self.catalog = catalog.with_own(self.own.value.active, self.own.value.retired)
        self.keeper = keeper or settings.Keeper(paths.settings, settings.Settings())
        self.wall = wall
        self.clock = clock or ScaledClock(options.time_scale, awake_or_asleep_ns)
        self.runner = Runner(self.clock, scheduler, parent=self)
        self.cues = Cues(parent=self)
        self.recorder: Recorder | None = None
        self._backlog: list[Recorder] = []  # sessions with notes not yet on disk
        self._save_problem: QMessageBox | None = None
        self._retry_armed = False
        self.window = MainWindow()
        illustration.set_own_pictures(own.pictures(self))
        self.exercises = ExercisesPage(self.catalog, self.prescriptions())
        self.session_page = SessionPage()
        self.window.add_page("exercises", tr("Exercises"), self.exercises)
        self.window.add_page("session", tr("Session"), self.session_page)
        names = self.catalog.names()
        self.history = HistoryPage(self.history_snapshot, lambda: self.wall().date(), names)
        self.window.add_page("history", tr("History"), self.history)
        self.routine_page = RoutinePage(self.catalog)
        self.window.add_page("routine", tr("Routine"), self.routine_page)
        self.reminders_page = RemindersPage()
        self.window.add_page("reminders", tr("Reminders"), self.reminders_page)
        self.settings_page = SettingsPage()
        self.window.add_page("settings", tr("Settings"), self.settings_page)
        self.reminders = Reminders(
            self.keeper, wall, zone, self.exercised_on, reminder_scheduler, self, probe,
            hold_every=CHECK_EVERY / options.time_scale,  # sped up for demos and tests
        )  # fmt: skip
        self.notifier = notifier
        self.autostart = Autostart()
        self.prompt: ReminderPrompt | None = None
        available = Tray.available() if tray_available is None else tray_available
        self.tray = Tray(self.app_icon(), self.tray_state, self) if available else None
        self.window.close_to_tray = self.tray is not None
        self.look = (self.keeper.value.theme, self.keeper.value.larger_text)  # run() applied it
        self._wire()
        preferences.show_settings(self)

    @staticmethod
    def app_icon() -> QIcon:
        icon = QIcon()
        for name in assets.listing("icons"):
            if name.startswith("foot-coach") and name.endswith((".png", ".svg")):
                icon.addFile(str(assets.path(f"icons/{name}")))
        return icon

    def exercised_on(self, day: date) -> bool:
        return bool(queries.active_days(self.store.conn, day, day))

    def tray_state(self) -> TrayState:
        running = self._session_active()
        return TrayState(self.reminders.next_text(), self.reminders.paused_today(), running)

    def prescriptions(
        self, latest: Mapping[str, log.PrescriptionRow] | None = None
    ) -> dict[str, Prescription]:
        """Today's amounts; `latest` saves the query when the caller has the rows already."""
        rows = log.latest_prescriptions(self.store.conn) if latest is None else latest
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
            tuple(self.catalog.names()),
        )  # fmt: skip

    def routine_ids(self) -> tuple[str, ...]:
        """The saved routine, leaving out exercises that no longer exist."""
        ids = tuple(i for i in self.keeper.value.routine if i in self.catalog.ids)
        return ids or self.builtin.ids

    def _wire(self) -> None:
        operations.wire_history(self)
        own.wire_own(self)
        preferences.wire_preferences(self)
        presence.wire_presence(self)
        self.exercises.sig_start_routine.connect(lambda: self.begin(self.routine_ids()))
        self.exercises.sig_practise.connect(lambda exercise_id: self.begin([exercise_id]))
        coaching.wire_coaching(self)
        self.session_page.sig_event.connect(self.runner.send)
        self.session_page.sig_focus_mode.connect(self.window.toggle_focus_mode)
        self.session_page.sig_finished_ok.connect(self.back_to_exercises)
        self.runner.sig_phase_started.connect(self.session_page.show_phase)
        self.runner.sig_phase_started.connect(self._cue_phase)
        self.runner.sig_view.connect(self.session_page.show_view)
        self.runner.sig_view.connect(self._cue_tick)
        self.runner.sig_notes.connect(self._record)
        self.runner.sig_notes.connect(lambda notes: coaching.notes_saved(self, notes))
        self.runner.sig_status.connect(self._status_changed)
        self.window.sig_help.connect(lambda kind: preferences.show_help(self, kind))
        self.window.sig_nav_near.connect(
            lambda key: key == "history" and warm.charts_in_background()
        )

    def warm_up(self) -> None:
        self.cues.sig_changed.connect(
            lambda: self.settings_page.show_status(
                self.cues.sound_status(), self.cues.voice_status()
            )
        )
        self.cues.warm_up()
        self.settings_page.show_status(self.cues.sound_status(), self.cues.voice_status())

    def _status_changed(self, note: StatusChanged) -> None:
        if note.status in (Status.FINISHED, Status.STOPPED):
            warm.charts_in_background()  # people often look at their history next
        self.window.set_session_active(self._session_active())
        self.history.mark_stale()
        self.reminders.refresh()  # a finished session may make today "done"

    def _quit_anyway(self) -> bool:
        """Some exercise is only in memory: say so, and let the person decide."""
        answer = QMessageBox.warning(
            self.window, APP_NAME,
            tr(
                "Some of today's exercise could not be saved yet (see the earlier message). "
                "If you quit now, it is lost. Quit anyway?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def offer_resume(self, session_id: int) -> QMessageBox | None:
        """After a crash: the interrupted session is kept; offer to do what was left."""
        remaining = log.unfinished_exercises(self.store.conn, session_id)
        if not remaining:
            return None
        LOG.info("offered to resume session %s", session_id)
        first = self.catalog.get(remaining[0]).name
        box = QMessageBox(
            QMessageBox.Icon.Question, APP_NAME,
            tr(
                "Your last session stopped unexpectedly. Everything you did is saved.\n\n"
                "Carry on with the rest, starting from %1?"
            ).replace("%1", first),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window,
        )  # fmt: skip
        box.finished.connect(
            lambda result: result == QMessageBox.StandardButton.Yes and self.start(remaining)
        )
        box.open()
        return box

    def quit(self, ask: bool = True) -> bool:
        """Quit, unless unsaved exercise makes the person change their mind (when asked:
        at logout nobody is there to answer)."""
        if self._session_active():
            self.runner.send(Stop("quit"))
        self.retry_saving()
        if ask and self.unsaved() and not self._quit_anyway():
            return False
        if self.tray is not None:
            self.tray.hide()
        QApplication.quit()
        return True

    def begin(self, exercise_ids: Sequence[str]) -> None:
        """Start from the window: first the optional pain check-in, then the session."""
        if self.keeper.value.pain_checkins and not self._session_active():
            coaching.ask_pain(self, "before", lambda: self.start(exercise_ids))
        else:
            self.start(exercise_ids)

    def _session_active(self) -> bool:
        session = self.runner.session
        return session is not None and session.status in (Status.RUNNING, Status.PAUSED)

    def start(self, exercise_ids: Sequence[str]) -> None:
        if self._session_active():
            self.window.show_page("session")
            return
        changes = coaching.progress(self, exercise_ids)
        timing = Timing(rest_s=self.keeper.value.rest_s)
        plan = compile_routine(items_for(self.catalog, exercise_ids, self.prescriptions()), timing)
        session = self.runner.load(plan)
        LOG.info("session started: %s", ", ".join(exercise_ids))
        if self.recorder is not None and self.recorder.pending:
            self._backlog.append(self.recorder)  # an earlier session still waiting to be saved
        self.recorder = Recorder(
            self.store.conn, plan, self.wall, lambda: session.active_ms(self.clock()),
            self.paths.database, trace_rep if os.environ.get(TRACE_ENV) else None,
        )  # fmt: skip
        self.session_page.load(plan, self.options.time_scale)
        self.session_page.show_changes(changes)
        self.window.show_page("session")
        self.runner.start()

    def back_to_exercises(self) -> None:
        if self.window.isFullScreen():
            self.window.toggle_focus_mode()
        self.window.show_page("exercises")

    def _record(self, notes: list) -> None:
        if self.recorder is not None:
            recorder = self.recorder
            self._saving(lambda: recorder.handle(notes))

    def retry_saving(self) -> None:
        self._retry_armed = False
        for recorder in [*self._backlog, self.recorder]:
            if recorder is not None and recorder.pending:
                self._saving(recorder.flush)
        self._backlog = [r for r in self._backlog if r.pending]

    def unsaved(self) -> bool:
        return any(r is not None and r.pending for r in [*self._backlog, self.recorder])

    def _saving(self, write: Callable[[], None]) -> None:
        """Write to the history; if the disk refuses, keep exercising, say so once, retry."""
        try:
            write()
        except StoreError as exc:
            if self._save_problem is None:
                self._save_problem = QMessageBox(
                    QMessageBox.Icon.Warning, APP_NAME,
                    i18n.explain(exc) + "\n\n" + tr(
                        "Carry on: what you do is kept and saved as soon as writing works again."
                    ),
                    parent=self.window,
                )  # fmt: skip
                self._save_problem.open()
                LOG.warning("cannot save: %s", exc)
            if not self._retry_armed:
                self._retry_armed = True
                QTimer.singleShot(RETRY_SAVE_MS, self.retry_saving)
            return
        if self._save_problem is not None and not self.unsaved():
            self._save_problem.close()
            self._save_problem = None
            LOG.info("saving works again")

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
    app.setWindowIcon(Coach.app_icon())
    paths = Paths.from_arg(options.data_dir)
    paths.ensure()
    instance = SingleInstance(paths.data_dir, paths.instance_lock)
    if not instance.claim():
        return hand_over(instance, options)
    start_log(paths)
    stamp = local_now().strftime("%Y%m%d-%H%M%S")
    saved, warnings = settings.load(paths.settings, stamp)
    theme.apply(app, theme.Mode(saved.theme), saved.larger_text)
    language = i18n.chosen(saved.language)
    i18n.install(app, language)
    # Shown in the chosen language, so only once its translation is in.
    notices = ["\n\n".join(map(i18n.explain, warnings))] if warnings else []
    catalog = i18n.catalog(
        parse_catalog(assets.read_text("exercises.toml"), str(assets.path("exercises.toml"))),
        language,
    )
    try:
        store = open_store(paths, notices)
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, i18n.explain(exc))
        return 1
    interrupted = log.mark_interrupted(store.conn)
    own_keeper = own_exercises.Keeper(paths.own_exercises, paths.pictures_dir, catalog)
    if problems := own_keeper.load(stamp):
        notices.append("\n\n".join(map(i18n.explain, problems)))
    bus = session_bus()
    x11 = X11() if app.platformName() == "xcb" else None  # other programs' windows: X11 only
    coach = Coach(
        options, paths, store, catalog,
        keeper=settings.Keeper(paths.settings, saved), own_keeper=own_keeper,
        notifier=Notifier(bus) if bus is not None else None, probe=PresenceProbe(bus, x11),
    )  # fmt: skip
    instance.sig_message.connect(lambda line: presence.handle_message(coach, line))
    QuitOnSignal(lambda: coach.quit(ask=False), coach)
    LOG.info("started %s %s", APP_NAME, __version__)
    show(app, coach, options, notices)
    if interrupted and options.start is None:
        QTimer.singleShot(0, lambda: coach.offer_resume(interrupted[-1]))
    try:
        return app.exec()
    finally:
        coach.cues.shut_down()  # killed, not waited for: quitting never hangs on audio
        store.close()
        instance.release()  # last: nothing after this can still be using the data


def hand_over(instance: SingleInstance, options: Options) -> int:
    """Another Foot Coach owns this data folder: pass on what was asked and leave."""
    if instance.send(message_for(options.start)):
        return 0
    print(
        f"{APP_NAME} is already running but did not answer. If it is stuck, close it and "
        "start it again.",
        file=sys.stderr,
    )
    return 1


def after_first_paint(window: QObject, then: Callable[[], None], shown: bool) -> None:
    """Run `then` once the window has painted (or soon, when it starts hidden in the tray):
    the audio helpers start while the person already sees the window."""
    if not shown:
        QTimer.singleShot(0, then)
        return
    OnFirstPaint(window, then)


def show(app: QApplication, coach: Coach, options: Options, notices: list[str]) -> None:
    reporter = FirstPaintReporter.from_env(coach.window)
    if reporter is not None:
        coach.window.installEventFilter(reporter)
    if coach.tray is not None:
        app.setQuitOnLastWindowClosed(False)  # closing the window leaves the tray running
        coach.tray.show()
    window_place.place(coach.window, coach.keeper.value.window)
    coach.window.sig_closing.connect(lambda: remember_place(coach))
    app.aboutToQuit.connect(lambda: remember_place(coach))
    if not options.minimized or coach.tray is None:
        coach.window.show()  # with no tray, a hidden window could never be found again
    for text in notices:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, parent=coach.window)
        box.open()
    after_first_paint(coach.window, coach.warm_up, shown=coach.window.isVisible())
    QTimer.singleShot(0, coach.reminders.start)
    if not coach.keeper.value.first_run_done and not options.minimized and options.start is None:
        QTimer.singleShot(0, lambda: preferences.welcome(coach))
    if options.start is not None:
        ids = [options.start] if options.start else list(coach.routine_ids())
        QTimer.singleShot(0, lambda: coach.start(ids))


def remember_place(coach: Coach) -> None:
    """The next start opens the window where the person left it."""
    coach.keeper.change(window=window_place.encoded(coach.window))
