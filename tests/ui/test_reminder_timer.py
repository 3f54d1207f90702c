"""The reminder adapter on an injected wall clock: on time, after gaps, after changes."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from wall_fakes import Steps, Wall

from foot_coach.core.schedule import Quiet, Rule
from foot_coach.ui.reminder_timer import MAX_WAIT, ReminderTimer

BERLIN = ZoneInfo("Europe/Berlin")


def make(qtbot, start: datetime):
    wall = Wall(start)
    steps = Steps(wall)
    timer = ReminderTimer(wall, lambda: BERLIN, steps)
    due = []
    timer.sig_due.connect(due.append)
    return wall, steps, timer, due


def test_fires_on_time_and_rearms(qtbot) -> None:
    _wall, steps, timer, due = make(qtbot, datetime(2026, 11, 24, 8, 50, tzinfo=BERLIN))
    timer.configure([Rule(time(9))], Quiet(), timedelta(hours=2))
    assert timer.next == datetime(2026, 11, 24, 9, tzinfo=BERLIN)
    steps.advance()
    assert due == [datetime(2026, 11, 24, 9, tzinfo=BERLIN)]
    assert timer.next == datetime(2026, 11, 25, 9, tzinfo=BERLIN)
    assert steps.pending is not None


def test_never_waits_longer_than_the_cap(qtbot) -> None:
    _wall, steps, timer, due = make(qtbot, datetime(2026, 11, 24, 10, tzinfo=BERLIN))
    timer.configure([Rule(time(9))], Quiet(), timedelta(hours=2))
    fired_after = 0
    while not due:
        steps.advance()
        fired_after += 1
    assert max(steps.delays) <= MAX_WAIT.total_seconds() * 1000 + 1
    assert all(d >= 60_000 for d in steps.delays[:-1])  # never wakes more than once a minute
    assert due == [datetime(2026, 11, 25, 9, tzinfo=BERLIN)]


def test_jump_of_hours_gives_one_missed_reminder(qtbot) -> None:
    _wall, steps, timer, due = make(qtbot, datetime(2026, 11, 24, 7, 55, tzinfo=BERLIN))
    rules = [Rule(time(8)), Rule(time(9)), Rule(time(10))]
    timer.configure(rules, Quiet(), timedelta(hours=2))
    steps.advance(extra=timedelta(hours=3))  # asleep from 07:55 to about 11:00
    assert due == [datetime(2026, 11, 24, 10, tzinfo=BERLIN)]


def test_gap_beyond_grace_gives_none(qtbot) -> None:
    _wall, steps, timer, due = make(qtbot, datetime(2026, 11, 24, 7, 55, tzinfo=BERLIN))
    timer.configure([Rule(time(8))], Quiet(), timedelta(hours=2))
    steps.advance(extra=timedelta(hours=6))
    assert due == []


def test_settings_change_rearms(qtbot) -> None:
    _wall, steps, timer, _due = make(qtbot, datetime(2026, 11, 24, 7, 0, tzinfo=BERLIN))
    timer.configure([Rule(time(20))], Quiet(), timedelta(hours=2))
    assert timer.next == datetime(2026, 11, 24, 20, tzinfo=BERLIN)
    timer.configure([Rule(time(7, 30))], Quiet(), timedelta(hours=2))
    assert timer.next == datetime(2026, 11, 24, 7, 30, tzinfo=BERLIN)
    assert steps.delays[-1] == 15 * 60_000 + 1  # capped: a clock jump is noticed soon
    timer.configure([], Quiet(), timedelta(hours=2))
    assert timer.next is None and steps.pending is None


def test_app_restart_catches_up_once(qtbot) -> None:
    _wall, _steps, timer, due = make(qtbot, datetime(2026, 11, 24, 9, 30, tzinfo=BERLIN))
    last_shown = datetime(2026, 11, 23, 9, tzinfo=BERLIN)
    timer.configure([Rule(time(9))], Quiet(), timedelta(hours=2), since=last_shown)
    assert due == [datetime(2026, 11, 24, 9, tzinfo=BERLIN)]


def test_a_clock_set_back_an_hour_does_not_bring_the_reminder_again(qtbot) -> None:
    wall, steps, timer, due = make(qtbot, datetime(2026, 11, 24, 8, 50, tzinfo=BERLIN))
    timer.configure([Rule(time(9))], Quiet(), timedelta(hours=2))
    steps.advance()
    assert due == [datetime(2026, 11, 24, 9, tzinfo=BERLIN)]
    wall.now -= timedelta(hours=1)  # 08:00 again
    timer.configure([Rule(time(9))], Quiet(), timedelta(hours=2))  # e.g. a settings change
    steps.run_to(datetime(2026, 11, 24, 12, tzinfo=BERLIN))
    assert due == [datetime(2026, 11, 24, 9, tzinfo=BERLIN)]
    assert timer.next == datetime(2026, 11, 25, 9, tzinfo=BERLIN)
    steps.run_to(datetime(2026, 11, 25, 9, 1, tzinfo=BERLIN))
    assert due[-1] == datetime(2026, 11, 25, 9, tzinfo=BERLIN) and len(due) == 2


def test_after_a_restart_the_one_shown_before_the_clock_went_back_stays_shown(qtbot) -> None:
    _wall, steps, timer, due = make(qtbot, datetime(2026, 11, 24, 8, 5, tzinfo=BERLIN))
    shown = datetime(2026, 11, 24, 9, 0, 2, tzinfo=BERLIN)  # last_reminded, saved at 09:00:02
    timer.configure([Rule(time(9))], Quiet(), timedelta(hours=2), since=shown, shown=shown)
    steps.run_to(datetime(2026, 11, 24, 12, tzinfo=BERLIN))
    assert due == []


def test_a_reminder_shown_by_a_clock_years_ahead_silences_nothing(qtbot) -> None:
    _wall, steps, timer, due = make(qtbot, datetime(2026, 11, 24, 8, 50, tzinfo=BERLIN))
    wrong = datetime(2030, 1, 1, 9, tzinfo=BERLIN)
    timer.configure([Rule(time(9))], Quiet(), timedelta(hours=2), shown=wrong)
    steps.advance()
    assert due == [datetime(2026, 11, 24, 9, tzinfo=BERLIN)]


def test_the_zone_is_asked_only_while_a_reminder_or_a_snooze_is_set(qtbot) -> None:
    wall = Wall(datetime(2026, 11, 24, 8, 50, tzinfo=BERLIN))
    asked = []
    timer = ReminderTimer(wall, lambda: asked.append(1) or BERLIN, Steps(wall))
    timer.configure([], Quiet(), timedelta(hours=2))  # loading the zone rules would be waste
    assert (asked, timer.next) == ([], None)
    snoozed = Quiet(snoozed_until=datetime(2026, 11, 24, 9, tzinfo=BERLIN))
    timer.configure([], snoozed, timedelta(hours=2))
    assert asked and timer.next == datetime(2026, 11, 24, 9, tzinfo=BERLIN)
