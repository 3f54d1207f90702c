"""A due reminder waits here until the person's moment is right (core.interrupt decides).

It asks the desktop once when a reminder falls due; if the answer is "not now", it looks
again on one slow single-shot timer (every 45 s or so) only while a reminder waits, and not
at all otherwise. A newer due reminder takes the place of a waiting one, so at most one
comes when the person is back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from foot_coach.core.interrupt import CHECK_EVERY, Checks, Reason, Seen, Verdict, decide
from foot_coach.ui.runner import QtScheduler, Scheduler

LOG = logging.getLogger("foot_coach")


class Probe(Protocol):
    def look(self, checks: Checks, done: Callable[[Seen], None]) -> None: ...


class ReminderGate(QObject):
    sig_deliver = Signal(object)  # the due datetime: present it now
    sig_waiting = Signal(object)  # Reason while one waits, None when nothing waits

    def __init__(
        self,
        wall: Callable[[], datetime],
        probe: Probe,
        checks: Callable[[], Checks],
        grace: Callable[[], timedelta],
        scheduler: Scheduler | None = None,
        parent: QObject | None = None,
        every: timedelta = CHECK_EVERY,
    ) -> None:
        super().__init__(parent)
        self.wall, self.probe, self.checks, self.grace = wall, probe, checks, grace
        self.every = every
        self.scheduler = scheduler or QtScheduler(self)
        self.pending: datetime | None = None
        self.reason: Reason | None = None
        self._asked = 0  # answers to an older question are ignored

    def offer(self, due: datetime) -> None:
        """A reminder fell due: deliver it now or keep it until the moment is right."""
        self.pending = due
        self._look()

    def clear(self) -> None:
        """Nothing should come any more (started, snoozed, paused for today)."""
        self.pending = None
        self._asked += 1
        self.scheduler.cancel()
        self._set_reason(None)

    def _look(self) -> None:
        checks = self.checks()
        self._asked += 1
        asked = self._asked
        if not (checks.locked or checks.away or checks.full_screen):
            self._decide(Seen(), asked)
            return
        self.probe.look(checks, lambda seen: self._decide(seen, asked))

    def _decide(self, seen: Seen, asked: int) -> None:
        if asked != self._asked or self.pending is None:
            return
        now = self.wall()
        decision = decide(self.pending, now, self.grace(), seen, self.checks(), self.every)
        why = decision.reason.name if decision.reason else ""
        LOG.info("reminder due %s: %s %s", self.pending, decision.verdict.name, why)
        if decision.verdict is Verdict.HOLD and decision.check_again is not None:
            self._set_reason(decision.reason)
            wait = max(1, int((decision.check_again - now).total_seconds() * 1000))
            self.scheduler.arm(wait, self._look)
            return
        due, self.pending = self.pending, None
        self._set_reason(None)
        if decision.verdict is Verdict.DELIVER:
            self.sig_deliver.emit(due)

    def _set_reason(self, reason: Reason | None) -> None:
        if reason != self.reason:
            self.reason = reason
            self.sig_waiting.emit(reason)
