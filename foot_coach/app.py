"""The composition root: builds the parts (runner, cues, pages, window, tray) on what start.py
has opened (files, store, settings) and connects each action to the parts it uses. No rules
of its own; only the entry point (__main__) imports it, and hands it to start.py.

What the first paint shows (the window, its first page) is built at once; the other parts
and the actions' wiring once the window is seen (`Coach.finish`), their modules only then."""

from __future__ import annotations

import linecache
import logging
import sys
from collections.abc import Callable
from datetime import datetime, tzinfo
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from foot_coach import APP_NAME
from foot_coach.cli import Options
from foot_coach.core import progression
from foot_coach.core.catalog import Catalog
from foot_coach.store import log
from foot_coach.store.db import Store
from foot_coach.store.own_exercises import OwnExercisesFile
from foot_coach.store.settings import Settings, SettingsFile
from foot_coach.system.clock import local_now, local_zone
from foot_coach.system.first_paint import FirstPaintReporter, after_first_paint
from foot_coach.system.paths import Paths
from foot_coach.ui import collector, illustration, theme, window_place
from foot_coach.ui.in_turn import InTurn
from foot_coach.ui.main_window import MainWindow
from foot_coach.ui.pages.book import Pages

if TYPE_CHECKING:  # built by Coach.finish, after the first paint
    from PySide6.QtWidgets import QDialog  # the boxes at start open after the paint

    from foot_coach.actions.context import Context, Notifications
    from foot_coach.actions.reminder_clock import Reminders
    from foot_coach.actions.session import Sessions
    from foot_coach.core.stats import Range
    from foot_coach.store.queries import Snapshot
    from foot_coach.tray_start import TrayStart
    from foot_coach.ui.cues import Cues
    from foot_coach.ui.reminder_gate import Probe
    from foot_coach.ui.runner import Scheduler, SessionClock
    from foot_coach.ui.tray import Tray, TrayState

LOG = logging.getLogger("foot_coach")


class Coach(QObject):
    """The running app: its window and pages at once; its other parts in `ctx` and the
    session lifecycle in `sessions` once `finish()` has run (at once, unless `later`)."""

    ctx: Context
    sessions: Sessions
    reminders: Reminders

    def __init__(
        self, options: Options, paths: Paths, store: Store, catalog: Catalog,
        clock: SessionClock | None = None, scheduler: Scheduler | None = None,
        settings_file: SettingsFile | None = None, tray_available: bool | None = None,
        wall: Callable[[], datetime] = local_now, zone: Callable[[], tzinfo] = local_zone,
        reminder_scheduler: Scheduler | None = None, own: OwnExercisesFile | None = None,
        notifier: Notifications | None = None, probe: Probe | None = None, cues: Cues | None = None,
        waiting: TrayStart[Coach] | None = None, later: bool = False,
    ) -> None:  # fmt: skip
        super().__init__()
        own = own or OwnExercisesFile(paths.own_exercises, paths.pictures_dir, catalog)
        self.settings = settings_file or SettingsFile(paths.settings, Settings())
        illustration.set_own_pictures(own.picture_sources())
        self.window = MainWindow()
        self.in_turn = InTurn(self)  # the boxes at start: warnings, welcome, carrying on
        amounts = lambda: progression.current(  # noqa: E731  (today's, from the first paint)
            own.catalog.exercises, log.latest_prescriptions(store.conn)
        )
        pages = Pages(self.window, lambda: own.catalog, self._history, lambda: wall().date(),
                      amounts)  # fmt: skip
        self._tray_available = tray_available  # asked only when wanted: an X11 round trip
        self._heard: list[str] = []  # what later launches said before the parts were built
        self._built = False
        self._parts: Callable[[], None] | None = partial(
            self._build, options, paths, store, own, pages, clock, scheduler, wall, zone,
            reminder_scheduler, notifier, probe, cues, waiting,
        )  # fmt: skip
        if not later:
            self.finish()

    def finish(self) -> None:
        """Build the parts the first paint does not show and wire the actions (once)."""
        build, self._parts = self._parts, None
        if build is not None:
            build()
            self._built = True
            for line in self._heard:
                self.later_launch(line)

    def finished(self) -> bool:
        """The parts are built: not while they are being built, nor after that failed."""
        return self._built

    def tray_available(self) -> bool:
        if self._tray_available is None:
            from foot_coach.ui.tray import Tray

            self._tray_available = Tray.available()
        return self._tray_available

    def _build(
        self, options: Options, paths: Paths, store: Store, own: OwnExercisesFile, pages: Pages,
        clock: SessionClock | None, scheduler: Scheduler | None, wall: Callable[[], datetime],
        zone: Callable[[], tzinfo], reminder_scheduler: Scheduler | None,
        notifier: Notifications | None, probe: Probe | None, cues: Cues | None,
        waiting: TrayStart[Coach] | None,
    ) -> None:  # fmt: skip
        from foot_coach.actions import window
        from foot_coach.actions.context import Context
        from foot_coach.actions.reminder_clock import Reminders
        from foot_coach.core.clock import ScaledClock
        from foot_coach.system.autostart import Autostart
        from foot_coach.system.clock import awake_or_asleep_ns
        from foot_coach.ui.cues import LINGER_MS, Cues
        from foot_coach.ui.runner import Runner

        scale = options.time_scale
        runner = Runner(clock or ScaledClock(scale, awake_or_asleep_ns), scheduler, self)
        self.reminders = waiting.reminders if waiting else Reminders.of_history(
            self.settings, store, scale, self, probe, wall, zone, reminder_scheduler
        )  # fmt: skip
        tray = self._tray(waiting, partial(window.tray_state, self.reminders, runner))
        self.ctx = Context(
            paths=paths, portable=options.data_dir is not None,
            store=store, settings=self.settings, own=own, wall=wall, window=self.window,
            pages=pages, runner=runner, reminders=self.reminders,
            cues=cues or Cues(parent=self, linger_ms=int(LINGER_MS / scale)),
            autostart=Autostart(), tray=tray, notifier=notifier,
        )  # fmt: skip
        self.window.close_to_tray = tray is not None
        self.window.fill_help_menu()
        self._wire()

    def _tray(
        self, waiting: TrayStart[Coach] | None, state: Callable[[], TrayState]
    ) -> Tray | None:
        """The tray start's icon, taken over (not made twice), or a new one where a tray is."""
        from foot_coach.ui.tray import Tray

        tray = waiting.tray if waiting else None
        if tray is not None:  # from the tray start: a session may run from now on
            tray.state = state
        elif self.tray_available():
            tray = Tray(theme.app_icon(), state, self)
        return tray

    def _wire(self) -> None:
        from foot_coach.actions import coaching, help, history, own_exercises  # noqa: I001
        from foot_coach.actions import reminders, routine_files, settings, window
        from foot_coach.actions.session import Sessions

        ctx = self.ctx
        self.sessions = sessions = Sessions(ctx, self)
        for wire in (history.wire, own_exercises.wire, routine_files.wire, settings.wire):
            wire(ctx)
        reminders.wire(ctx, self.reminders, sessions)
        window.wire(ctx, sessions)
        help.wire(ctx)
        coaching.wire(ctx, sessions.session_id)
        sessions.wire()
        settings.show_settings(ctx)

    def _history(self, chosen: Range) -> Snapshot:
        from foot_coach.actions import history

        return history.snapshot(self.ctx, chosen)

    def later_launch(self, line: str) -> None:
        """A later launch spoke: bring the window forward, or start what it asked for. Heard
        before the parts are built, it waits for them."""
        if not self.finished():
            self._heard.append(line)
            return
        from foot_coach.actions import window

        window.handle_message(self.ctx, self.sessions, line)

    def quit(self) -> None:
        """At logout or on a signal: the session, if any, is saved first."""
        if self.finished():
            self.sessions.quit(ask=False)
        else:
            QApplication.quit()


def opened(app: QApplication, coach: Coach) -> Coach:
    """Built from the tray: the window opens where it was left; Settings follows the helpers."""
    from foot_coach.actions import settings, window

    FirstPaintReporter.install(coach.window)
    window_place.place(coach.window, coach.settings.value.window)
    window.follow_place(coach.ctx, app)
    settings.follow_cues(coach.ctx)
    return coach


def forget_sources() -> None:
    """Empty Python's line cache once the window has painted. Nearly empty already while
    system/source_cache answers PySide's question for each module; a PySide that asks it
    another way reads every module's source into it: megabytes held for nothing.
    https://github.com/napari/napari/issues/8584"""
    linecache.clearcache()


def show(
    app: QApplication, coach: Coach, options: Options, notices: list[str],
    resume: int | None = None,
) -> None:  # fmt: skip
    """Show the window; the other parts are built once it has painted, then the rest starts
    (and the offer to carry on with session `resume`, if one stopped unexpectedly)."""
    for text in notices:
        print(text, file=sys.stderr)  # also for a terminal, and when no window can be seen
    FirstPaintReporter.install(coach.window)
    window_place.place(coach.window, coach.settings.value.window)
    if options.start is not None:
        coach.window.show_page("session")  # it opens on the session, not on the exercises first
    shown = not options.minimized or not coach.tray_available()
    if shown:
        coach.window.show()  # with no tray, a hidden window could never be found again
    for text in notices:  # each read and closed before the next box, or the welcome
        coach.in_turn.add(partial(warning, coach.window, text))
    after_first_paint(
        coach.window, shown, collector.enable, partial(theme.give_icon, app),
        partial(ready, app, coach, options, resume),
    )  # fmt: skip


def warning(window: MainWindow, text: str) -> QDialog:
    """A problem met at start, told over the window."""
    from PySide6.QtCore import Qt  # not for the first paint (ui/by_name.py)
    from PySide6.QtWidgets import QMessageBox  # rarely: start-up pays for it only then

    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, parent=window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def ready(app: QApplication, coach: Coach, options: Options, resume: int | None) -> None:
    """Once the window has painted: the other parts, then the rest of the start. Parts that
    cannot be built end the app with the reason in its log, as a failed start does: the
    window would stay with nothing behind it, its buttons doing nothing."""
    from foot_coach.system.signals import QuitOnSignal

    # Logging out or `kill` quits properly (a session is saved first) from here on: before
    # the first paint there is nothing to save, and setting it up there cost 0.7 ms.
    QuitOnSignal(coach.quit, coach)
    try:
        coach.finish()
    except Exception:
        LOG.exception("the window's parts could not be built")
        coach.window.hide()
        QApplication.exit(1)
        return
    started(app, coach, options, resume)


def started(app: QApplication, coach: Coach, options: Options, resume: int | None) -> None:
    """Once the window is seen and the parts are built."""
    from foot_coach.actions import help, settings, window

    ctx = coach.ctx
    if ctx.tray is not None:
        app.setQuitOnLastWindowClosed(False)  # closing the window leaves the tray running
        ctx.tray.show()
    window.follow_place(ctx, app)
    coach.reminders.start()  # one may be due at once
    settings.follow_cues(ctx)  # Settings' view of the audio helpers
    forget_sources()
    # What happened before (a session cut off) is asked before the welcome to what comes.
    if resume is not None and options.start is None:
        coach.in_turn.add(partial(coach.sessions.offer_resume, resume))
    if not ctx.settings.value.first_run_done and not options.minimized and options.start is None:
        coach.in_turn.add(lambda: help.welcome(ctx))  # over the window, once it is seen
    if options.start is not None:
        ids = [options.start] if options.start else list(ctx.routine_ids())
        QTimer.singleShot(0, lambda: coach.sessions.start(ids))
