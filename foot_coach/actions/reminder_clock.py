"""The reminder clock: saved settings become schedule inputs for the timer and the gate that
holds a due reminder back while the person is away, and a due reminder is handed on
(`sig_due`) to whoever presents it (actions.reminders).

The rules live in core.schedule and core.interrupt; this module only converts values and
keeps them in step.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal

from foot_coach.core.interrupt import CHECK_EVERY, Checks, Seen
from foot_coach.core.schedule import Quiet, Rule, parse_time
from foot_coach.core.words import QT_TR_NOOP, Words, fill
from foot_coach.store import atomic
from foot_coach.store.db import Store
from foot_coach.store.errors import reason
from foot_coach.store.settings import Settings, SettingsFile
from foot_coach.system.i18n import tr
from foot_coach.ui.reminder_gate import Probe, ReminderGate
from foot_coach.ui.reminder_timer import ReminderTimer
from foot_coach.ui.runner import Scheduler


def rules_from(settings: Settings) -> list[Rule]:
    return [Rule(parse_time(r.time), frozenset(r.weekdays), r.enabled) for r in settings.reminders]


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _instant(text: str) -> datetime | None:
    try:
        value = datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    return value if value is None or value.tzinfo is not None else None


def quiet_from(settings: Settings, today: date, exercised_on: Callable[[date], bool]) -> Quiet:
    """Today, and the evening a snooze pending was asked on, count as done once exercised."""
    snoozed_on = _date(settings.snoozed_on)
    days = {today} if snoozed_on is None else {today, snoozed_on}
    done = {d for d in days if exercised_on(d)} if settings.skip_if_done else set()
    until = _instant(settings.snoozed_until)
    return Quiet(done, _date(settings.paused_on), until, snoozed_on)


def checks_from(settings: Settings) -> Checks:
    return Checks(
        settings.hold_when_locked, settings.hold_when_away, settings.hold_when_full_screen
    )


def exercised(store: Store) -> Callable[[date], bool]:
    """Whether the history has exercise on a day: a done day needs no reminder."""

    def done(day: date) -> bool:
        from foot_coach.store import coaching_queries  # asked after start-up, not before

        return bool(coaching_queries.active_days(store.conn, day, day))

    return done


class Unknown:
    """A desktop that says nothing: no reminder is ever held back."""

    def look(self, checks: Checks, done: Callable[[Seen], None]) -> None:
        done(Seen())


def next_in_words(when: datetime | None, now: datetime) -> str:
    if when is None:
        return tr("No reminder is set.")
    local = when.astimezone(now.tzinfo)
    clock = local.strftime("%H:%M")
    days = (local.date() - now.date()).days
    if days == 0:
        return fill(tr("Next reminder: today at %1"), clock)
    if days == 1:
        return fill(tr("Next reminder: tomorrow at %1"), clock)
    weekday = QLocale().dayName(local.isoweekday(), QLocale.FormatType.LongFormat)
    return fill(tr("Next reminder: %1 at %2"), weekday, clock)


class Reminders(QObject):
    sig_due = Signal(object)  # the reminder's datetime: present it
    sig_next = Signal(str)  # the next reminder, in words
    sig_waiting = Signal(object)  # core.interrupt.Reason while a due one waits, else None

    def __init__(
        self,
        keeper: SettingsFile,
        wall: Callable[[], datetime],
        tz: Callable[[], tzinfo],
        exercised_on: Callable[[date], bool],
        scheduler: Scheduler | None = None,
        parent: QObject | None = None,
        probe: Probe | None = None,
        gate_scheduler: Scheduler | None = None,
        hold_every: timedelta = CHECK_EVERY,
    ) -> None:
        super().__init__(parent)
        self.keeper, self.wall, self.tz, self.exercised_on = keeper, wall, tz, exercised_on
        self.timer = ReminderTimer(wall, tz, scheduler, self)
        self.gate = ReminderGate(
            wall, probe or Unknown(), lambda: checks_from(self.keeper.value),
            lambda: timedelta(minutes=self.keeper.value.grace_minutes), gate_scheduler, self,
            hold_every,
        )  # fmt: skip
        self.timer.sig_due.connect(self.gate.offer)
        self.gate.sig_deliver.connect(self._due)
        self.gate.sig_waiting.connect(self.sig_waiting)
        self.timer.sig_rearmed.connect(lambda when: self.sig_next.emit(self.next_text()))

    @classmethod
    def of_history(
        cls, keeper: SettingsFile, store: Store, time_scale: float, parent: QObject,
        probe: Probe | None, wall: Callable[[], datetime], zone: Callable[[], tzinfo],
        scheduler: Scheduler | None = None,
    ) -> Reminders:  # fmt: skip
        """The app's clock, the same whether the window or the tray start makes it: a day
        with exercise in `store` needs no reminder, and the desktop is looked at again
        `time_scale` times sooner (sped up for demos and tests)."""
        return cls(
            keeper, wall, zone, exercised(store), scheduler, parent, probe,
            hold_every=CHECK_EVERY / time_scale,
        )  # fmt: skip

    def start(self) -> None:
        """Arm from the saved settings; a reminder missed while the app was closed is owed."""
        now = self.wall()
        last = _instant(self.keeper.value.last_reminded)
        grace = timedelta(minutes=self.keeper.value.grace_minutes)
        since = max(last, now - grace) if last else now
        self._configure(since, shown=last)

    def refresh(self) -> None:
        """Settings changed, or a session ended (today may now count as done): re-arm."""
        self._configure(None)

    def _configure(self, since: datetime | None, shown: datetime | None = None) -> None:
        settings, now = self.keeper.value, self.wall()
        quiet = quiet_from(settings, now.date(), self.exercised_on)
        if now.date() in quiet.done_days or quiet.paused_on == now.date():
            self.gate.clear()  # done or paused for today: a waiting reminder is not wanted
        grace = timedelta(minutes=settings.grace_minutes)
        self.timer.configure(rules_from(settings), quiet, grace, since, shown)

    def next_text(self) -> str:
        return next_in_words(self.timer.next, self.wall())

    def paused_today(self) -> bool:
        return _date(self.keeper.value.paused_on) == self.wall().date()

    def snooze(self, minutes: int) -> Words | None:
        """Remind again in `minutes`; asked for after a pause for today, it ends the pause
        (a snooze on a paused day would never come). The snooze keeps the day it was asked
        on: the routine done that evening answers it even when it would come after midnight."""
        now = self.wall()
        until = now + timedelta(minutes=minutes)
        problem = self.keeper.change(
            snoozed_until=until.isoformat(timespec="seconds"),
            snoozed_on=now.date().isoformat(), paused_on="",
        )  # fmt: skip
        self.gate.clear()  # the snooze brings it back; the waiting one is answered
        self.refresh()
        return problem

    def pause_today(self, paused: bool = True) -> Words | None:
        """No more reminders today; a snooze pending is answered too, also one that would come
        after midnight (a snooze ends a pause in turn: the last asked for holds)."""
        if paused:
            problem = self.keeper.change(
                paused_on=self.wall().date().isoformat(), snoozed_until="", snoozed_on=""
            )  # fmt: skip
            self.gate.clear()
        else:
            problem = self.keeper.change(paused_on="")
        self.refresh()
        return problem

    def save_calendar(self, path: Path) -> Words | None:
        """The reminders as a calendar file (readable by the person alone); a problem names it."""
        from foot_coach.core import ical  # only when asked for

        texts = ical.Texts(
            tr("Foot exercises"),
            tr("Time for your foot exercises: the routine takes about ten minutes."),
            tr("Time for your foot exercises"),
        )
        data = ical.calendar(rules_from(self.keeper.value), self.tz(), self.wall(), texts)
        try:
            atomic.write(path, data)
        except OSError as exc:
            return Words(
                QT_TR_NOOP("The calendar file %1 could not be saved: %2"), path, reason(exc)
            )
        return None

    def _due(self, when: datetime) -> None:
        changes = {"last_reminded": self.wall().isoformat(timespec="seconds")}
        snooze = _instant(self.keeper.value.snoozed_until)
        if snooze is not None and snooze <= self.wall():
            changes.update(snoozed_until="", snoozed_on="")  # used up
        self.keeper.change(**changes)
        self.sig_due.emit(when)
