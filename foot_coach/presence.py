"""Being there when wanted: reminders presented in the tray or the window, later launches
heard, the window brought forward, and closing to the tray."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from foot_coach import APP_NAME
from foot_coach.core.session import Status
from foot_coach.i18n import tr
from foot_coach.preferences import tell
from foot_coach.ui.reminder_prompt import ReminderPrompt
from foot_coach.ui.single_instance import parse_message

if TYPE_CHECKING:
    from foot_coach.app import Coach

LOG = logging.getLogger("foot_coach")


def wire_presence(coach: Coach) -> None:
    coach.reminders.sig_due.connect(lambda when: present_reminder(coach, when))
    if (notifier := coach.notifier) is not None:
        notifier.sig_action.connect(lambda key: notification_action(coach, key))
        notifier.sig_failed.connect(lambda _why: present_without_notification(coach))
        # Started some other way: the notification asking to start has had its answer.
        coach.runner.sig_status.connect(
            lambda note: note.status is Status.RUNNING and notifier.close()
        )
    coach.window.sig_closing.connect(lambda: closing(coach))
    if coach.tray is not None:
        coach.tray.sig_start.connect(lambda: start_routine(coach))
        coach.tray.sig_open.connect(lambda: bring_to_front(coach))
        coach.tray.sig_snooze.connect(lambda minutes: tell(coach, coach.reminders.snooze(minutes)))
        coach.tray.sig_pause_today.connect(lambda: tell(coach, coach.reminders.pause_today()))
        coach.tray.sig_quit.connect(coach.quit)
        coach.tray.sig_notification_clicked.connect(lambda: start_routine(coach))


def start_routine(coach: Coach) -> None:
    bring_to_front(coach)
    coach.start(coach.routine_ids())


def bring_to_front(coach: Coach) -> None:
    if coach.window.isMinimized():
        coach.window.showNormal()
    coach.window.show()
    coach.window.raise_()
    coach.window.activateWindow()


def present_reminder(coach: Coach, _when: datetime) -> None:
    if coach.tray_state().session_running:
        return  # already exercising: a reminder now would only interrupt
    if coach.notifier is not None and coach.notifier.available():
        buttons = [
            ("default", tr("Start now")), ("start", tr("Start now")),
            ("snooze", tr("In 10 minutes")), ("not-today", tr("Not today")),
        ]  # fmt: skip
        body = tr("The routine takes about ten minutes. Shall we start?")
        coach.notifier.show(tr("Time for your foot exercises"), body, buttons)
        return
    present_without_notification(coach)


def notification_action(coach: Coach, key: str) -> None:
    """A button of the desktop notification: it acts even while the window is hidden."""
    LOG.info("reminder answered: %s", key)
    if key in ("default", "start"):
        start_routine(coach)
    elif key == "snooze":
        tell(coach, coach.reminders.snooze(10))
    elif key == "not-today":
        tell(coach, coach.reminders.pause_today())


def present_without_notification(coach: Coach) -> None:
    """The tray balloon, or with no tray the prompt in the window."""
    title = tr("Time for your foot exercises")
    if coach.tray is not None:
        coach.tray.notify(title, tr("Click here to start the routine."))
        return
    bring_to_front(coach)
    if coach.prompt is None:
        coach.prompt = ReminderPrompt(coach.window)
        coach.prompt.sig_start.connect(lambda: start_routine(coach))
        coach.prompt.sig_snooze.connect(lambda m: tell(coach, coach.reminders.snooze(m)))
        coach.prompt.sig_not_today.connect(lambda: tell(coach, coach.reminders.pause_today()))
    coach.prompt.show()
    coach.prompt.raise_()


def handle_message(coach: Coach, line: str) -> None:
    """A later launch spoke: bring the window forward, or start what it asked for."""
    command, exercise = parse_message(line)
    LOG.info("message from a later launch: %s", command)
    if command == "start":
        bring_to_front(coach)
        coach.start([exercise] if exercise else coach.routine_ids())
    else:
        bring_to_front(coach)


def closing(coach: Coach) -> None:
    if coach.tray is None:
        if not coach.quit():
            coach.window.show()  # staying open: with no tray, the window is the app
    elif not coach.keeper.value.tray_notice_shown:
        coach.tray.notify(
            APP_NAME,
            tr("Foot Coach keeps running here to remind you. Quit from this menu."),
        )
        coach.keeper.change(tray_notice_shown=True)
