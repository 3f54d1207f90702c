"""The composition root: builds the parts (runner, cues, pages, window, tray) on what start.py
has opened (files, store, settings) and connects each action to the parts it uses. No rules
of its own; only the entry point (__main__) imports it, and hands it to start.py."""

from __future__ import annotations

import linecache
import logging
import sys
from collections.abc import Callable
from datetime import datetime, tzinfo
from functools import partial

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from foot_coach import APP_NAME
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
from foot_coach.core.catalog import Catalog
from foot_coach.core.clock import ScaledClock
from foot_coach.core.interrupt import CHECK_EVERY
from foot_coach.store.db import Store
from foot_coach.store.own_exercises import OwnExercisesFile
from foot_coach.store.settings import Settings, SettingsFile
from foot_coach.system.autostart import Autostart
from foot_coach.system.clock import awake_or_asleep_ns, local_now, local_zone
from foot_coach.system.first_paint import FirstPaintReporter, after_first_paint
from foot_coach.system.paths import Paths
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

    def later_launch(self, line: str) -> None:
        """A later launch spoke: bring the window forward, or start what it asked for."""
        window.handle_message(self.ctx, self.sessions, line)


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
