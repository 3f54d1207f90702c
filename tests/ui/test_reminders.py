"""Reminders from saved settings: arming, snooze, pause, skip-if-done, and the page's edits."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from wall_fakes import Steps, Wall

from foot_coach.actions.reminder_clock import Reminders, next_in_words
from foot_coach.store import settings
from foot_coach.store.settings import Reminder, Settings, SettingsFile
from foot_coach.ui.pages.reminders_page import RemindersPage

BERLIN = ZoneInfo("Europe/Berlin")


def make(tmp_path: Path, start: datetime, exercised=lambda day: False, **values):
    wall = Wall(start)
    steps = Steps(wall)
    keeper = SettingsFile(tmp_path / "settings.toml", Settings(**values))
    reminders = Reminders(keeper, wall, lambda: BERLIN, exercised, steps)
    due: list[datetime] = []
    reminders.sig_due.connect(due.append)
    reminders.start()
    return SimpleNamespace(wall=wall, steps=steps, keeper=keeper, reminders=reminders, due=due)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BERLIN)


def test_fires_and_records_when_it_was_shown(qtbot, tmp_path: Path) -> None:
    rig = make(tmp_path, at(24, 8), reminders=(Reminder("09:00"),))
    assert rig.reminders.next_text() == "Next reminder: today at 09:00"
    rig.steps.run_to(at(24, 9))
    assert rig.due == [at(24, 9)]
    assert rig.keeper.value.last_reminded.startswith("2026-11-24T09:00")
    saved, _ = settings.load(tmp_path / "settings.toml", "x")
    assert saved.last_reminded == rig.keeper.value.last_reminded


def test_snooze_fires_again_after_the_minutes(qtbot, tmp_path: Path) -> None:
    rig = make(tmp_path, at(24, 9), reminders=(Reminder("09:00"),))
    rig.reminders.snooze(10)
    assert rig.reminders.timer.next == at(24, 9, 10)
    rig.steps.run_to(at(24, 9, 10))
    assert rig.due == [at(24, 9, 10)]
    assert rig.keeper.value.snoozed_until == ""  # used up


def test_pause_for_today_moves_to_tomorrow(qtbot, tmp_path: Path) -> None:
    rig = make(tmp_path, at(24, 8), reminders=(Reminder("09:00"), Reminder("18:00")))
    rig.reminders.pause_today()
    assert rig.reminders.paused_today()
    assert rig.reminders.timer.next == at(25, 9)
    assert rig.reminders.next_text() == "Next reminder: tomorrow at 09:00"
    rig.reminders.pause_today(False)
    assert rig.reminders.timer.next == at(24, 9)


def test_the_last_of_snooze_and_pause_is_the_one_that_holds(qtbot, tmp_path: Path) -> None:
    rig = make(tmp_path, at(24, 9), reminders=(Reminder("09:00"),))
    rig.reminders.snooze(10)
    rig.reminders.pause_today()  # 'not today' after all: the snooze does not come back
    assert rig.reminders.timer.next == at(25, 9)
    rig.reminders.snooze(5)  # and asked again after the pause: it ends the pause
    assert not rig.reminders.paused_today()
    assert rig.reminders.timer.next == at(24, 9, 5)


def test_not_today_drops_a_snooze_that_would_come_after_midnight(qtbot, tmp_path: Path) -> None:
    """Snoozed at 23:55, then 'Pause reminders for today': the snooze answered 'not today' too,
    and must not wake the person at five past midnight."""
    rig = make(tmp_path, at(24, 23, 55), reminders=(Reminder("09:00"),))
    rig.reminders.snooze(10)
    rig.reminders.pause_today()
    assert rig.keeper.value.snoozed_until == ""
    assert rig.reminders.timer.next == at(25, 9)


def test_the_routine_done_that_evening_answers_a_snooze_after_midnight(
    qtbot, tmp_path: Path
) -> None:
    """Snoozed at 23:55 for ten minutes, then the routine done at 23:58: the snooze belonged
    to that evening's reminder and must not come at 00:05, nor after a restart at 00:03."""
    done: set[date] = set()
    rig = make(tmp_path, at(24, 23, 55), lambda day: day in done, reminders=(Reminder("09:00"),))
    rig.reminders.snooze(10)
    assert rig.keeper.value.snoozed_on == "2026-11-24"
    assert rig.reminders.timer.next == at(25, 0, 5)
    rig.wall.now = at(24, 23, 58)
    done.add(date(2026, 11, 24))
    rig.reminders.refresh()  # a session ended
    assert rig.reminders.timer.next == at(25, 9)
    again = make(tmp_path, at(25, 0, 3), lambda day: day in done, **vars(rig.keeper.value))
    assert again.reminders.timer.next == at(25, 9)
    again.steps.run_to(at(25, 0, 10))
    assert again.due == []


def test_a_snooze_saved_without_its_day_still_comes(qtbot, tmp_path: Path) -> None:
    """Settings saved before the snooze kept its day: it goes by the day it lands on."""
    rig = make(
        tmp_path, at(25, 0, 3), lambda day: day == date(2026, 11, 24),
        reminders=(Reminder("09:00"),), snoozed_until=at(25, 0, 5).isoformat(),
    )  # fmt: skip
    rig.steps.run_to(at(25, 0, 5))
    assert rig.due == [at(25, 0, 5)]


def test_skip_if_done_follows_todays_log(qtbot, tmp_path: Path) -> None:
    done: set[date] = set()
    rig = make(tmp_path, at(24, 8), lambda day: day in done, reminders=(Reminder("18:00"),))
    assert rig.reminders.timer.next == at(24, 18)
    done.add(date(2026, 11, 24))
    rig.reminders.refresh()
    assert rig.reminders.timer.next == at(25, 18)
    rig.keeper.change(skip_if_done=False)
    rig.reminders.refresh()
    assert rig.reminders.timer.next == at(24, 18)


def test_reminder_missed_while_closed_is_owed_once_on_start(qtbot, tmp_path: Path) -> None:
    rig = make(
        tmp_path,
        at(24, 10),
        reminders=(Reminder("09:00"), Reminder("09:30")),
        last_reminded=at(23, 9).isoformat(),
    )
    assert rig.due == [at(24, 9, 30)]


def test_no_catch_up_beyond_the_grace_window(qtbot, tmp_path: Path) -> None:
    rig = make(
        tmp_path, at(24, 14), reminders=(Reminder("09:00"),), last_reminded=at(23, 9).isoformat()
    )
    assert rig.due == []


def test_words_for_the_next_reminder() -> None:
    now = at(24, 8)
    assert next_in_words(None, now) == "No reminder is set."
    assert next_in_words(at(26, 9), now) == "Next reminder: Thursday at 09:00"


def test_page_forwards_whole_values(qtbot) -> None:
    page = RemindersPage()
    qtbot.addWidget(page)
    page.show_values((Reminder("07:30", (0, 2)),), True, False, False)
    seen: list[tuple[Reminder, ...]] = []
    page.sig_reminders.connect(seen.append)
    page.add_reminder()
    assert seen[-1] == (Reminder("07:30", (0, 2)), Reminder("09:00"))
    page.rows[0].days[4].setChecked(True)
    assert seen[-1][0] == Reminder("07:30", (0, 2, 4))
    page.rows[1].enabled.setChecked(False)
    assert seen[-1][1].enabled is False
    page.rows[0].sig_remove.emit(page.rows[0])
    assert seen[-1] == (Reminder("09:00", enabled=False),)


def test_showing_values_does_not_echo_changes(qtbot) -> None:
    page = RemindersPage()
    qtbot.addWidget(page)
    echoed: list[object] = []
    for signal in (page.sig_reminders, page.sig_skip_if_done, page.sig_pause_today):
        signal.connect(echoed.append)
    page.show_values((Reminder("08:00"),), False, True, True)
    assert echoed == []
    assert page.paused.isChecked() and page.at_login.isChecked()
