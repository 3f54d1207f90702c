"""The composition root: builds the parts (files, store, runner, cues, pages, window, tray)
and connects each action to the parts it uses. No rules of its own; only the entry point
(__main__) imports it."""

from __future__ import annotations

import linecache
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from functools import partial

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from foot_coach import APP_ID, APP_NAME, __version__
from foot_coach.actions import (
    coaching,
    help,
    history,
    own_exercises,
    reminders,
    routine_files,
    settings,
    window,
)
from foot_coach.actions.context import Context, Notifications
from foot_coach.actions.reminder_clock import Reminders, exercised
from foot_coach.actions.session import Sessions
from foot_coach.cli import Options
from foot_coach.core.catalog import Catalog, parse_catalog
from foot_coach.core.clock import ScaledClock
from foot_coach.core.interrupt import CHECK_EVERY
from foot_coach.core.words import fill
from foot_coach.store import startup
from foot_coach.store.db import Store
from foot_coach.store.errors import StoreError
from foot_coach.store.own_exercises import OwnExercisesFile
from foot_coach.store.settings import Settings, SettingsFile
from foot_coach.store.settings import load as load_settings
from foot_coach.system import assets, desktop, i18n
from foot_coach.system.autostart import Autostart
from foot_coach.system.clock import awake_or_asleep_ns, local_now, local_zone, stamp
from foot_coach.system.first_paint import FirstPaintReporter, after_first_paint
from foot_coach.system.logfile import start_log
from foot_coach.system.paths import Paths
from foot_coach.system.signals import QuitOnSignal
from foot_coach.system.single_instance import SingleInstance
from foot_coach.tray_start import TrayStart
from foot_coach.ui import illustration, theme
from foot_coach.ui.cues import LINGER_MS, Cues
from foot_coach.ui.main_window import MainWindow
from foot_coach.ui.pages.book import Pages
from foot_coach.ui.reminder_gate import Probe
from foot_coach.ui.runner import Runner, Scheduler, SessionClock
from foot_coach.ui.tray import Tray

LOG = logging.getLogger("foot_coach")


class Coach(QObject):
    """The running app: its parts in `ctx`, the session lifecycle in `sessions`."""

    def __init__(
        self, options: Options, paths: Paths, store: Store, catalog: Catalog,
        clock: SessionClock | None = None, scheduler: Scheduler | None = None,
        settings_file: SettingsFile | None = None, tray_available: bool | None = None,
        wall: Callable[[], datetime] = local_now, zone: Callable[[], tzinfo] = local_zone,
        reminder_scheduler: Scheduler | None = None, own: OwnExercisesFile | None = None,
        notifier: Notifications | None = None, probe: Probe | None = None, cues: Cues | None = None,
        waiting: TrayStart[Coach] | None = None,
    ) -> None:  # fmt: skip
        super().__init__()
        own = own or OwnExercisesFile(paths.own_exercises, paths.pictures_dir, catalog)
        kept = settings_file or SettingsFile(paths.settings, Settings())
        runner = Runner(
            clock or ScaledClock(options.time_scale, awake_or_asleep_ns), scheduler, self
        )
        illustration.set_own_pictures(own_exercises.pictures(own.catalog, paths.pictures_dir))
        self.window = MainWindow()
        pages = Pages(self.window, lambda: own.catalog,
                      lambda chosen: history.snapshot(self.ctx, chosen),
                      lambda: wall().date())  # fmt: skip
        self.reminders = waiting.reminders if waiting else Reminders(
            kept, wall, zone, exercised(store), reminder_scheduler, self, probe,
            hold_every=CHECK_EVERY / options.time_scale,  # sped up for demos and tests
        )  # fmt: skip
        available = Tray.available() if tray_available is None else tray_available
        state = partial(window.tray_state, self.reminders, runner)
        tray = Tray(theme.app_icon(), state, self) if available and not waiting else None
        if waiting:  # taken over from the tray start: a session may run from now on
            tray = waiting.tray
            tray.state = state
        self.ctx = Context(
            paths=paths, portable=options.data_dir is not None,
            store=store, settings=kept, own=own, wall=wall, window=self.window, pages=pages,
            runner=runner, reminders=self.reminders,
            cues=cues or Cues(parent=self, linger_ms=int(LINGER_MS / options.time_scale)),
            autostart=Autostart(), tray=tray, notifier=notifier,
        )  # fmt: skip
        self.window.close_to_tray = tray is not None
        self.sessions = Sessions(self.ctx, self)
        self._wire()
        settings.show_settings(self.ctx)

    def _wire(self) -> None:
        ctx, sessions = self.ctx, self.sessions
        for wire in (history.wire, own_exercises.wire, routine_files.wire, settings.wire):
            wire(ctx)
        reminders.wire(ctx, self.reminders, sessions)
        window.wire(ctx, sessions)
        help.wire(ctx)
        coaching.wire(ctx, sessions.session_id)
        sessions.wire()


def run(options: Options, qt_argv: Sequence[str]) -> int:
    forget_sources()
    app = theme.application(qt_argv, APP_ID, APP_NAME, __version__)
    os.umask(0o077)  # every file and folder Foot Coach makes is the person's alone
    paths = Paths.from_arg(options.data_dir)
    try:
        paths.ensure()
    except OSError as exc:
        text = i18n.tr("Foot Coach cannot open %1: %2.")
        QMessageBox.critical(None, APP_NAME, fill(text, paths.data_dir, exc.strerror or exc))
        return 1
    instance = SingleInstance(paths.data_dir, paths.instance_lock)
    if not instance.claim():
        return instance.hand_over(options.start)
    start_log(paths.log_file)
    startup.remove_leftovers(paths.data_dir)
    startup.make_private(paths.data_dir)
    saved, warnings = load_settings(paths.settings, stamp())
    theme.apply(app, theme.Mode(saved.theme), saved.larger_text)
    language = i18n.chosen(saved.language)
    i18n.install(app, language)
    # Shown in the chosen language, so only once its translation is in.
    notices = ["\n\n".join(map(i18n.explain, warnings))] if warnings else []
    source = assets.read_text("exercises.toml"), str(assets.path("exercises.toml"))
    catalog = i18n.catalog(parse_catalog(*source), language)
    try:
        store, moved = startup.open_history(paths.database, paths.backups_dir, stamp())
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, i18n.explain(exc))
        return 1
    notices += ["\n\n".join(map(i18n.explain, moved))] if moved else []
    interrupted, problems = startup.mark_interrupted(store)
    notices += [i18n.explain(p) for p in problems]
    own = OwnExercisesFile(paths.own_exercises, paths.pictures_dir, catalog)
    if problems := own.load(stamp()):
        notices.append("\n\n".join(map(i18n.explain, problems)))
    services = desktop.OnDemand(app.platformName())
    kept = SettingsFile(paths.settings, saved)
    make = partial(Coach, options, paths, store, catalog, settings_file=kept, own=own,
                   notifier=services, probe=services)  # fmt: skip
    quiet = options.start is None and not notices and not interrupted  # nothing to show or ask
    if options.minimized and quiet and Tray.available():  # wait there with nothing else made
        waiting = TrayStart[Coach](kept, store, services, options.time_scale, app)
        return wait_in_tray(app, waiting, make, instance, store)
    coach = make()
    instance.sig_message.connect(
        lambda line: window.handle_message(coach.ctx, coach.sessions, line)
    )
    QuitOnSignal(lambda: coach.sessions.quit(ask=False), coach)
    LOG.info("started %s %s", APP_NAME, __version__)
    show(app, coach, options, notices)
    if interrupted and options.start is None:
        QTimer.singleShot(0, lambda: coach.sessions.offer_resume(interrupted[-1]))
    try:
        return app.exec()
    finally:
        coach.ctx.cues.shut_down()  # killed, not waited for: quitting never hangs on audio
        store.close()
        instance.release()  # last: nothing after this can still be using the data


def wait_in_tray(
    app: QApplication, waiting: TrayStart[Coach], make: Callable[..., Coach],
    instance: SingleInstance, store: Store,
) -> int:  # fmt: skip
    """Only the tray and the reminder clock run until the window is wanted (tray_start)."""
    waiting.wait(lambda w: opened(app, make(waiting=w)))
    instance.sig_message.connect(
        lambda line: window.handle_message(waiting.built().ctx, waiting.built().sessions, line)
    )
    QuitOnSignal(
        lambda: waiting.built().sessions.quit(ask=False) if waiting.is_built() else waiting.quit(),
        app,
    )  # fmt: skip
    LOG.info("started %s %s in the tray", APP_NAME, __version__)
    try:
        return app.exec()
    finally:
        if waiting.is_built():
            waiting.built().ctx.cues.shut_down()
        store.close()
        instance.release()


def opened(app: QApplication, coach: Coach) -> Coach:
    """Built from the tray: the window opens where it was left; Settings follows the helpers."""
    FirstPaintReporter.install(coach.ctx.window)
    window.place(coach.ctx, app)
    settings.follow_cues(coach.ctx)
    return coach


def forget_sources() -> None:
    """PySide reads the source of every module imported after it (for `from __feature__`),
    and Python's line cache keeps it: megabytes read once, held for nothing.
    https://github.com/napari/napari/issues/8584"""
    linecache.clearcache()


def show(app: QApplication, coach: Coach, options: Options, notices: list[str]) -> None:
    for text in notices:
        print(text, file=sys.stderr)  # also for a terminal, and when no window can be seen
    ctx = coach.ctx
    FirstPaintReporter.install(ctx.window)
    if ctx.tray is not None:
        app.setQuitOnLastWindowClosed(False)  # closing the window leaves the tray running
        ctx.tray.show()
    window.place(ctx, app)
    if options.start is not None:
        ctx.window.show_page("session")  # it opens on the session, not on the exercises first
    if not options.minimized or ctx.tray is None:
        ctx.window.show()  # with no tray, a hidden window could never be found again
    for text in notices:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, parent=ctx.window)
        box.open()
    # The reminder clock (one may be due at once) and Settings' view of the audio helpers.
    steps = [coach.reminders.start, lambda: settings.follow_cues(ctx), forget_sources]
    if not ctx.settings.value.first_run_done and not options.minimized and options.start is None:
        steps.append(lambda: help.welcome(ctx))  # over the window, once the window is seen
    after_first_paint(ctx.window, ctx.window.isVisible(), *steps)
    if options.start is not None:
        ids = [options.start] if options.start else list(ctx.routine_ids())
        QTimer.singleShot(0, lambda: coach.sessions.start(ids))
