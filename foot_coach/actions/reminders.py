"""Reminders: the Reminders page, and a due reminder reaching the person as a desktop
notification with buttons, a tray balloon, or (with neither) a prompt in the window; its
answers (start, snooze, not today) and the tray's snooze and pause.

The timing lives in actions.reminder_clock (and its rules in core.schedule).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from foot_coach.actions import settings as settings_actions
from foot_coach.actions import window
from foot_coach.actions.context import Context
from foot_coach.actions.messages import tell
from foot_coach.actions.reminder_clock import Reminders
from foot_coach.actions.session import Sessions
from foot_coach.core.session import Status
from foot_coach.core.words import Words, fill
from foot_coach.system.i18n import tr

if TYPE_CHECKING:
    from foot_coach.ui.reminder_prompt import ReminderPrompt

LOG = logging.getLogger("foot_coach")


def wire(ctx: Context, reminders: Reminders, sessions: Sessions) -> None:
    ctx.pages.when_made("reminders", lambda: connect(ctx, reminders))
    prompt: list[ReminderPrompt] = []  # made when first needed, then shown again
    reminders.sig_due.connect(lambda when: present(ctx, sessions, prompt))
    if (notifier := ctx.notifier) is not None:
        notifier.sig_action.connect(lambda key: answered(ctx, sessions, key))
        notifier.sig_failed.connect(
            lambda _why: present_without_notification(ctx, sessions, prompt)
        )
        # Started some other way: the notification asking to start has had its answer.
        ctx.runner.sig_status.connect(
            lambda note: note.status is Status.RUNNING and notifier.close()
        )
    if ctx.tray is not None:
        ctx.tray.sig_snooze.connect(lambda minutes: quiet(ctx, reminders.snooze(minutes)))
        ctx.tray.sig_pause_today.connect(lambda: quiet(ctx, reminders.pause_today()))


def connect(ctx: Context, reminders: Reminders) -> None:
    """The Reminders page, once made: its answers go to the settings, and it shows the next
    reminder and why a due one waits, from now on and as they are now."""
    page = ctx.pages.reminders
    page.sig_reminders.connect(lambda value: settings_actions.change(ctx, reminders=value))
    page.sig_skip_if_done.connect(lambda on: settings_actions.change(ctx, skip_if_done=on))
    page.sig_pause_today.connect(lambda on: quiet(ctx, reminders.pause_today(on)))
    page.sig_add_to_calendar.connect(lambda path: add_to_calendar(ctx, reminders, path))
    page.holds.sig_hold.connect(lambda key, on: settings_actions.change(ctx, **{key: on}))
    reminders.sig_next.connect(page.show_next)
    reminders.sig_waiting.connect(page.waiting.show_reason)
    page.show_next(reminders.next_text())
    page.waiting.show_reason(reminders.gate.reason)


def quiet(ctx: Context, problem: Words | None) -> None:
    """After a snooze or a pause (a snooze ends one), wherever it was asked for: the Reminders
    page, if made, shows whether today is paused, and a problem saving it is told."""
    shown = ctx.reminders.paused_today()
    ctx.pages.if_made("reminders", lambda: ctx.pages.reminders.show_paused(shown))
    tell(ctx, problem)


def present(ctx: Context, sessions: Sessions, made: list[ReminderPrompt]) -> None:
    if sessions.active():
        return  # already exercising: a reminder now would only interrupt
    ctx.cues.prepare()  # "Start now" may come: its first words on time (stopped if it does not)
    if ctx.notifier is not None and ctx.notifier.available():
        buttons = [
            ("default", tr("Start now")), ("start", tr("Start now")),
            ("snooze", tr("In 10 minutes")), ("not-today", tr("Not today")),
        ]  # fmt: skip
        body = tr("The routine takes about ten minutes. Shall we start?")
        ctx.notifier.show(tr("Time for your foot exercises"), body, buttons)
        return
    present_without_notification(ctx, sessions, made)


def answered(ctx: Context, sessions: Sessions, key: str) -> None:
    """A button of the desktop notification: it acts even while the window is hidden."""
    LOG.info("reminder answered: %s", key)
    if key in ("default", "start"):
        window.start_routine(ctx, sessions)
    elif key == "snooze":
        quiet(ctx, ctx.reminders.snooze(10))
    elif key == "not-today":
        quiet(ctx, ctx.reminders.pause_today())


def present_without_notification(
    ctx: Context, sessions: Sessions, made: list[ReminderPrompt]
) -> None:
    """The tray balloon, or with no tray the prompt in the window."""
    title = tr("Time for your foot exercises")
    if ctx.tray is not None:
        ctx.tray.notify(title, tr("Click here to start the routine."))
        return
    window.bring_to_front(ctx)
    if not made:
        from foot_coach.ui.reminder_prompt import ReminderPrompt

        prompt = ReminderPrompt(ctx.window)
        prompt.sig_start.connect(lambda: window.start_routine(ctx, sessions))
        prompt.sig_snooze.connect(lambda m: quiet(ctx, ctx.reminders.snooze(m)))
        prompt.sig_not_today.connect(lambda: quiet(ctx, ctx.reminders.pause_today()))
        made.append(prompt)
    made[0].show()
    made[0].raise_()


def add_to_calendar(ctx: Context, reminders: Reminders, path: str) -> None:
    problem = reminders.save_calendar(Path(path))
    if problem is not None:
        tell(ctx, problem)
        return
    saved = tr(
        "Saved as %1. Open this file with your calendar, or send it to your phone, and it "
        "reminds you at the same times. After changing the times, add the new file again."
    )
    ctx.pages.reminders.show_message(fill(saved, path))
