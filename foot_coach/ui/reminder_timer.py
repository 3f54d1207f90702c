"""Reminders on one single-shot timer, armed to the next fire time from core.schedule.

The timer never sleeps more than 15 minutes at a time, so a clock that jumped (sleep and
wake, a manual change, a new time zone) is noticed soon; each wake asks core which reminder,
if any, is owed since the last check, so a long gap gives one reminder, never a burst, and
a clock set back never brings one already shown.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import UTC, datetime, timedelta, tzinfo

from PySide6.QtCore import QObject, Signal

from foot_coach.core.schedule import (
    Quiet,
    Rule,
    already_shown,
    counting_from,
    missed,
    next_fire,
)
from foot_coach.ui.runner import QtScheduler, Scheduler

MAX_WAIT = timedelta(minutes=15)


class ReminderTimer(QObject):
    sig_due = Signal(object)  # the datetime of the reminder that is owed
    sig_rearmed = Signal(object)  # the next fire time, or None

    def __init__(
        self,
        wall: Callable[[], datetime],
        tz: Callable[[], tzinfo],
        scheduler: Scheduler | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.wall, self.tz = wall, tz
        self.scheduler = scheduler or QtScheduler(self)
        self.rules: Collection[Rule] = ()
        self.quiet = Quiet()
        self.grace = timedelta(hours=2)
        self.last_check = wall()
        self.shown: datetime | None = None  # the latest reminder handed out
        self.next: datetime | None = None

    def configure(
        self,
        rules: Collection[Rule],
        quiet: Quiet,
        grace: timedelta,
        since: datetime | None = None,
        shown: datetime | None = None,
    ) -> None:
        """New settings: re-arm now. `since` bounds catch-up; `shown` is the last reminder
        shown (by an earlier run, too): nothing at or before it is shown again."""
        self.rules, self.quiet, self.grace = tuple(rules), quiet, grace
        if since is not None:
            self.last_check = since
        if shown is not None:
            self.shown = max(shown, self.shown or shown)
        self._wake()

    def _wake(self) -> None:
        now = self.wall()
        owed = missed(self.rules, self.last_check, now, self._zone(), self.grace, self.quiet)
        self.last_check = now
        if owed is not None and not already_shown(owed, self.shown, now):
            self.shown = owed
            self.sig_due.emit(owed)
        self._rearm(now)

    def _zone(self) -> tzinfo:
        """The person's time zone, asked only while a reminder or a snooze is set: with none,
        nothing is owed or armed in any zone, and the asking loads zoneinfo and sysconfig
        (about 0.4 MB, kept for as long as the app runs)."""
        if self.rules or self.quiet.snoozed_until is not None:
            return self.tz()
        return UTC

    def _rearm(self, now: datetime) -> None:
        after = counting_from(now, self.shown)
        self.next = next_fire(self.rules, after, self._zone(), self.quiet)
        self.sig_rearmed.emit(self.next)
        if self.next is None:
            self.scheduler.cancel()  # nothing set: nothing wakes at all
            return
        wait = min(self.next - now, MAX_WAIT)
        self.scheduler.arm(max(1, int(wait.total_seconds() * 1000) + 1), self._wake)
