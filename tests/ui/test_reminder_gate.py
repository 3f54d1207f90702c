"""Due reminders that wait for the person's moment: held, then delivered once, or let go."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from wall_fakes import Steps, Wall

from foot_coach.actions.reminder_clock import Reminders
from foot_coach.core.interrupt import CHECK_EVERY, Checks, Reason, Seen
from foot_coach.store.settings import Reminder, Settings, SettingsFile

BERLIN = ZoneInfo("Europe/Berlin")
FILM = Seen(locked=False, idle=timedelta(0), full_screen=True)
BACK = Seen(locked=False, idle=timedelta(0), full_screen=False)


class Desktop:
    """Answers what the test says the desktop shows; `later` keeps answers until `answer()`."""

    def __init__(self, seen: Seen = BACK, later: bool = False) -> None:
        self.seen, self.later = seen, later
        self.asked: list[Checks] = []
        self.waiting: list[Callable[[Seen], None]] = []

    def look(self, checks: Checks, done: Callable[[Seen], None]) -> None:
        self.asked.append(checks)
        self.waiting.append(done) if self.later else done(self.seen)

    def answer(self) -> None:
        for done in self.waiting:
            done(self.seen)
        self.waiting.clear()


def at(hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, 11, 24, hour, minute, second, tzinfo=BERLIN)


def make(tmp_path: Path, desktop: Desktop, **values):
    wall = Wall(at(8))
    steps, gate_steps = Steps(wall), Steps(wall)
    keeper = SettingsFile(tmp_path / "settings.toml", Settings(**values))
    reminders = Reminders(
        keeper, wall, lambda: BERLIN, lambda day: False, steps,
        probe=desktop, gate_scheduler=gate_steps,
    )  # fmt: skip
    due: list[datetime] = []
    waiting: list[Reason | None] = []
    reminders.sig_due.connect(due.append)
    reminders.sig_waiting.connect(waiting.append)
    reminders.start()
    return SimpleNamespace(
        wall=wall, steps=steps, gate=gate_steps, keeper=keeper, reminders=reminders,
        due=due, waiting=waiting,
    )  # fmt: skip


def test_due_during_a_film_waits_and_comes_once_when_it_ends(qtbot, tmp_path: Path) -> None:
    desktop = Desktop(FILM)
    rig = make(tmp_path, desktop, reminders=(Reminder("09:00"),))
    rig.steps.run_to(at(9))
    assert rig.due == [] and rig.waiting == [Reason.FULL_SCREEN]
    assert rig.gate.delays == [CHECK_EVERY // timedelta(milliseconds=1)]  # one slow look
    rig.gate.advance()
    assert rig.due == [] and rig.gate.pending is not None  # still the film
    desktop.seen = BACK
    rig.gate.advance()
    assert rig.due == [at(9)] and rig.waiting == [Reason.FULL_SCREEN, None]
    assert rig.gate.pending is None  # nothing waits: nothing looks
    assert rig.keeper.value.last_reminded.startswith("2026-11-24T09:01:30")


def test_held_past_the_grace_window_it_is_let_go(qtbot, tmp_path: Path) -> None:
    desktop = Desktop(Seen(locked=True))
    rig = make(tmp_path, desktop, reminders=(Reminder("09:00"),), grace_minutes=1)
    rig.steps.run_to(at(9))
    assert rig.waiting == [Reason.LOCKED]
    rig.gate.advance()  # 45 s
    rig.gate.advance()  # the last 15 s of the grace window
    assert rig.wall.now == at(9, 1)
    assert rig.due == [] and rig.waiting == [Reason.LOCKED, None]
    assert rig.gate.pending is None
    assert rig.keeper.value.last_reminded == ""


def test_each_check_can_be_switched_off(qtbot, tmp_path: Path) -> None:
    desktop = Desktop(FILM)
    rig = make(tmp_path, desktop, reminders=(Reminder("09:00"),), hold_when_full_screen=False)
    rig.steps.run_to(at(9))
    assert rig.due == [at(9)]
    assert desktop.asked == [Checks(locked=True, away=True, full_screen=False)]


def test_with_every_check_off_the_desktop_is_not_asked(qtbot, tmp_path: Path) -> None:
    desktop = Desktop(Seen(locked=True))
    rig = make(
        tmp_path, desktop, reminders=(Reminder("09:00"),),
        hold_when_locked=False, hold_when_away=False, hold_when_full_screen=False,
    )  # fmt: skip
    rig.steps.run_to(at(9))
    assert rig.due == [at(9)] and desktop.asked == []


def test_a_newer_reminder_takes_the_place_of_a_waiting_one(qtbot, tmp_path: Path) -> None:
    desktop = Desktop(Seen(idle=timedelta(hours=1)))
    rig = make(tmp_path, desktop, reminders=(Reminder("09:00"), Reminder("09:01")))
    rig.steps.run_to(at(9, 1))
    assert rig.waiting == [Reason.AWAY]
    desktop.seen = BACK
    rig.gate.advance()
    assert rig.due == [at(9, 1)]


def test_pausing_for_today_answers_a_waiting_reminder(qtbot, tmp_path: Path) -> None:
    rig = make(tmp_path, Desktop(FILM), reminders=(Reminder("09:00"),))
    rig.steps.run_to(at(9))
    rig.reminders.pause_today()
    assert rig.waiting == [Reason.FULL_SCREEN, None] and rig.gate.pending is None


def test_an_answer_that_comes_after_a_snooze_is_ignored(qtbot, tmp_path: Path) -> None:
    desktop = Desktop(BACK, later=True)
    rig = make(tmp_path, desktop, reminders=(Reminder("09:00"),))
    rig.steps.run_to(at(9))
    rig.reminders.snooze(10)
    desktop.answer()
    assert rig.due == []
    rig.steps.run_to(at(9, 10))
    desktop.answer()
    assert rig.due == [at(9, 10)]
