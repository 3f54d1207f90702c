"""The window and the tray: bringing the window forward, the tray's menu, closing to the tray,
and what a later launch asks for."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from foot_coach import APP_NAME
from foot_coach.actions.context import Context, Schedule
from foot_coach.actions.session import Sessions
from foot_coach.system.i18n import tr
from foot_coach.ui import window_place
from foot_coach.ui.runner import Runner
from foot_coach.ui.tray import TrayState

LOG = logging.getLogger("foot_coach")


def wire(ctx: Context, sessions: Sessions) -> None:
    ctx.window.sig_closing.connect(lambda: closing(ctx, sessions))
    if ctx.tray is not None:
        ctx.tray.sig_start.connect(lambda: start_routine(ctx, sessions))
        ctx.tray.sig_open.connect(lambda: bring_to_front(ctx))
        ctx.tray.sig_quit.connect(sessions.quit)
        ctx.tray.sig_notification_clicked.connect(lambda: start_routine(ctx, sessions))


def follow_place(ctx: Context, app: QCoreApplication) -> None:
    """The window opened where the person left it (ui.window_place.place); remember where
    that is when it closes."""
    ctx.window.sig_closing.connect(lambda: remember_place(ctx))
    app.aboutToQuit.connect(lambda: remember_place(ctx))


def remember_place(ctx: Context) -> None:
    """The next start opens the window where the person left it."""
    ctx.settings.change(window=window_place.encoded(ctx.window))


def tray_state(reminders: Schedule, runner: Runner) -> TrayState:
    return TrayState(reminders.next_text(), reminders.paused_today(), runner.active())


def start_routine(ctx: Context, sessions: Sessions) -> None:
    bring_to_front(ctx)
    sessions.start(ctx.routine_ids())


def bring_to_front(ctx: Context) -> None:
    if ctx.window.isMinimized():
        ctx.window.showNormal()
    ctx.window.show()
    ctx.window.raise_()
    ctx.window.activateWindow()


def handle_message(ctx: Context, sessions: Sessions, line: str) -> None:
    """A later launch spoke: bring the window forward, or start what it asked for."""
    from foot_coach.system.single_instance import parse_message

    command, exercise = parse_message(line)
    LOG.info("message from a later launch: %s", command)
    bring_to_front(ctx)
    if command == "start":
        sessions.start([exercise] if exercise else ctx.routine_ids())


def closing(ctx: Context, sessions: Sessions) -> None:
    if ctx.tray is None:
        if not sessions.quit():
            ctx.window.show()  # staying open: with no tray, the window is the app
        return
    if not sessions.active():
        ctx.cues.let_go(at_once=True)  # back to the tray's lean state: no audio helpers
    if not ctx.settings.value.tray_notice_shown:
        ctx.tray.notify(
            APP_NAME,
            tr("Foot Coach keeps running here to remind you. Quit from this menu."),
        )
        ctx.settings.change(tray_notice_shown=True)
