"""Reminder times across weekdays, snoozes, pauses and daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foot_coach.core.schedule import Quiet, Rule, missed, next_fire

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
SYDNEY = ZoneInfo("Australia/Sydney")
SANTIAGO = ZoneInfo("America/Santiago")  # its clocks change at midnight
ZONES = [BERLIN, NEW_YORK, SYDNEY]


def local(tz, *args) -> datetime:
    return datetime(*args, tzinfo=tz)


def test_next_today_then_tomorrow() -> None:
    rules = [Rule(time(9, 0)), Rule(time(18, 30))]
    now = local(BERLIN, 2026, 11, 24, 10, 0)
    assert next_fire(rules, now, BERLIN) == local(BERLIN, 2026, 11, 24, 18, 30)
    later = local(BERLIN, 2026, 11, 24, 18, 30)
    assert next_fire(rules, later, BERLIN) == local(BERLIN, 2026, 11, 25, 9, 0)


def test_weekdays_and_disabled_rules() -> None:
    rules = [Rule(time(9), frozenset({0})), Rule(time(8), enabled=False)]  # Mondays only
    tuesday = local(BERLIN, 2026, 11, 24, 12)
    assert next_fire(rules, tuesday, BERLIN) == local(BERLIN, 2026, 11, 30, 9)
    assert next_fire([Rule(time(8), enabled=False)], tuesday, BERLIN) is None
    assert next_fire([], tuesday, BERLIN) is None


def test_skip_if_done_and_pause_today() -> None:
    rules = [Rule(time(18))]
    now = local(BERLIN, 2026, 11, 24, 10)
    tomorrow = local(BERLIN, 2026, 11, 25, 18)
    assert next_fire(rules, now, BERLIN, Quiet(done_days={date(2026, 11, 24)})) == tomorrow
    assert next_fire(rules, now, BERLIN, Quiet(paused_on=date(2026, 11, 24))) == tomorrow


@pytest.mark.parametrize("minutes", [5, 10, 30])
def test_snooze(minutes: int) -> None:
    now = local(BERLIN, 2026, 11, 24, 18, 0)
    until = now + timedelta(minutes=minutes)
    assert next_fire([Rule(time(18))], now, BERLIN, Quiet(snoozed_until=until)) == until


def test_spring_forward_fires_once_just_after_the_jump() -> None:
    rules = [Rule(time(2, 30))]
    before = local(BERLIN, 2026, 3, 29, 0, 0)  # clocks jump 02:00 -> 03:00
    fire = next_fire(rules, before, BERLIN)
    assert fire is not None
    assert fire.astimezone(BERLIN).strftime("%d %H:%M") == "29 03:30"
    following = next_fire(rules, fire, BERLIN)
    assert following is not None and following.astimezone(BERLIN).day == 30


def test_fall_back_fires_once_at_the_first() -> None:
    rules = [Rule(time(2, 30))]
    before = local(BERLIN, 2026, 10, 25, 0, 0)  # 03:00 -> 02:00, 02:30 happens twice
    fire = next_fire(rules, before, BERLIN)
    assert fire == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 summer time
    following = next_fire(rules, fire, BERLIN)
    assert following is not None and following.astimezone(BERLIN).day == 26


def test_gap_of_hours_owes_one_reminder_only() -> None:
    rules = [Rule(time(h)) for h in (8, 10, 12)]
    since = local(BERLIN, 2026, 11, 24, 7, 0)
    now = local(BERLIN, 2026, 11, 24, 12, 30)
    owed = missed(rules, since, now, BERLIN, timedelta(hours=2))
    assert owed == local(BERLIN, 2026, 11, 24, 12, 0)  # the latest, once
    too_late = missed(rules, since, now + timedelta(hours=3), BERLIN, timedelta(hours=2))
    assert too_late is None


weekday_sets = st.frozensets(st.integers(0, 6), min_size=1)
times = st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))
moments = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)
)


@settings(max_examples=300, deadline=None)
@given(at=times, days=weekday_sets, after=moments, tz=st.sampled_from(ZONES))
def test_next_fire_properties(at, days, after, tz) -> None:
    rule = Rule(at, days)
    fire = next_fire([rule], after, tz)
    assert fire is not None and fire > after
    shown = fire.astimezone(tz)
    assert shown.weekday() in days
    if shown.time().replace(second=0) != at:  # only in a spring-forward gap
        naive = datetime.combine(shown.date(), at)
        assert naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz).replace(tzinfo=None) != naive
    again = next_fire([rule], fire, tz)
    assert again is not None and again.astimezone(tz).date() > shown.date()  # once per day


@settings(max_examples=200, deadline=None)
@given(at=times, start=moments, hours=st.integers(1, 24 * 20), tz=st.sampled_from(ZONES))
def test_missed_is_at_most_one_and_within_grace(at, start, hours, tz) -> None:
    now = start + timedelta(hours=hours)
    grace = timedelta(hours=2)
    owed = missed([Rule(at)], start, now, tz, grace)
    if owed is not None:
        assert start < owed <= now and now - owed <= grace


def test_a_snooze_is_dropped_by_a_pause_or_exercise_on_its_day() -> None:
    """Snoozed, then 'Pause reminders for today' or the routine done anyway: the snoozed
    reminder must not come back that day."""
    rules = [Rule(time(18))]
    now = local(BERLIN, 2026, 11, 24, 18, 0)
    until = now + timedelta(minutes=10)
    tomorrow = local(BERLIN, 2026, 11, 25, 18)
    paused = Quiet(paused_on=date(2026, 11, 24), snoozed_until=until)
    done = Quiet(done_days={date(2026, 11, 24)}, snoozed_until=until)
    assert next_fire(rules, now, BERLIN, paused) == tomorrow
    assert next_fire(rules, now, BERLIN, done) == tomorrow
    later = until + timedelta(minutes=1)
    assert missed(rules, now, later, BERLIN, timedelta(hours=1), paused) is None
    assert missed(rules, now, later, BERLIN, timedelta(hours=1), done) is None
    assert (
        missed(rules, now, later, BERLIN, timedelta(hours=1), Quiet(snoozed_until=until)) == until
    )


@pytest.mark.parametrize(
    ("tz", "asked", "minutes"),
    [
        (BERLIN, datetime(2026, 11, 24, 23, 55), 10),
        (SANTIAGO, datetime(2026, 9, 5, 23, 50), 30),  # lands after the hour that is skipped
        (SANTIAGO, datetime(2026, 4, 4, 23, 50), 90),  # lands after midnight came twice
    ],
)
def test_a_snooze_after_midnight_belongs_to_the_evening_it_was_asked(tz, asked, minutes) -> None:
    """Snoozed late in the evening, the snooze lands after midnight; the routine done (or the
    evening paused) after that must still answer it: that evening's reminder was snoozed."""
    rules = [Rule(time(9))]
    now = asked.replace(tzinfo=tz)
    until = (now.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(tz)
    evening, morning = now.date(), until.date()
    assert morning == evening + timedelta(days=1)
    nine = local(tz, morning.year, morning.month, morning.day, 9)
    kept = Quiet(snoozed_until=until, snoozed_on=evening)
    done = Quiet(done_days={evening}, snoozed_until=until, snoozed_on=evening)
    paused = Quiet(paused_on=evening, snoozed_until=until, snoozed_on=evening)
    assert next_fire(rules, now, tz, kept) == until
    assert next_fire(rules, now, tz, done) == nine
    assert next_fire(rules, now, tz, paused) == nine
    later, grace = until + timedelta(minutes=1), timedelta(hours=2)
    assert missed(rules, now, later, tz, grace, kept) == until
    assert missed(rules, now, later, tz, grace, done) is None
    assert missed(rules, now, later, tz, grace, paused) is None
