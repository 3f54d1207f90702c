"""When the next reminder fires: times of day on chosen weekdays, in the person's time zone.

Daylight-saving rules, decided once here:
- spring forward (the time does not exist that day, e.g. 02:30): the reminder fires once, at
  the moment the clock would have shown it had it not jumped (02:30 on the old offset, which
  the clock shows as 03:30);
- fall back (the time happens twice): it fires once, at the first of the two.
Missed reminders (asleep, app closed, clock moved) produce at most one reminder, and only
within the grace window. A reminder already shown is not shown again when the clock is set
back (see `counting_from`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

ALL_DAYS = frozenset(range(7))
# A reminder shown up to this far "in the future" (the clock was set back) still counts as
# shown; beyond it the clock was wrong when it was shown, and reminders must not stay silent.
SET_BACK_LIMIT = timedelta(days=1)


@dataclass(frozen=True)
class Rule:
    at: time
    weekdays: frozenset[int] = ALL_DAYS  # Monday = 0
    enabled: bool = True


@dataclass(frozen=True)
class Quiet:
    """What keeps reminders quiet: days already exercised, a pause for today, a snooze."""

    done_days: Collection[date] = ()
    paused_on: date | None = None
    snoozed_until: datetime | None = None
    # The day whose reminder was snoozed: a snooze asked for at 23:55 belongs to that evening
    # even when it lands after midnight. None (saved before this was kept): the day it lands on.
    snoozed_on: date | None = None


def parse_time(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def occurrence(rule: Rule, day: date, tz: tzinfo) -> datetime:
    """The instant a rule fires on a local date (fold=0: the first of a repeated hour; the
    old offset inside a skipped hour, which lands just after the jump)."""
    # Returned in UTC: aware datetimes sharing a tzinfo compare as naive wall times, which
    # would put the two 02:30s of a fall-back night in the wrong order.
    return datetime.combine(day, rule.at).replace(tzinfo=tz, fold=0).astimezone(UTC)


def _fires(rules: Iterable[Rule], first: date, last: date, tz: tzinfo) -> Iterator[datetime]:
    day = first
    while day <= last:
        for rule in rules:
            if rule.enabled and day.weekday() in rule.weekdays:
                yield occurrence(rule, day, tz)
        day += timedelta(days=1)


def _quiet_day(day: date, quiet: Quiet) -> bool:
    return day == quiet.paused_on or day in quiet.done_days


def _quiet(fire: datetime, tz: tzinfo, quiet: Quiet) -> bool:
    return _quiet_day(fire.astimezone(tz).date(), quiet)


def _snooze(quiet: Quiet, tz: tzinfo) -> datetime | None:
    """The snoozed reminder, unless its day has since been paused or exercised: asked for
    again in ten minutes, it is not wanted after 'not today' or a finished routine. Its day
    is the one it was asked on; the day it lands on counts too (done after midnight)."""
    snooze = quiet.snoozed_until
    if snooze is None:
        return None
    days = (quiet.snoozed_on, snooze.astimezone(tz).date())
    return None if any(d is not None and _quiet_day(d, quiet) for d in days) else snooze


def next_fire(
    rules: Collection[Rule], after: datetime, tz: tzinfo, quiet: Quiet | None = None
) -> datetime | None:
    """The first reminder strictly after `after` (an aware datetime), or None if none is set."""
    quiet = quiet or Quiet()
    after = after.astimezone(UTC)
    start = after.astimezone(tz).date() - timedelta(days=1)
    candidates = [
        f
        for f in _fires(rules, start, start + timedelta(days=9), tz)
        if f > after and not _quiet(f, tz, quiet)
    ]
    if (snooze := _snooze(quiet, tz)) is not None and snooze > after:
        candidates.append(snooze)
    return min(candidates, default=None)


def missed(
    rules: Collection[Rule],
    since: datetime,
    now: datetime,
    tz: tzinfo,
    grace: timedelta,
    quiet: Quiet | None = None,
) -> datetime | None:
    """The one reminder owed after a gap (since, now]: the latest, if within `grace` of now."""
    quiet = quiet or Quiet()
    since, now = since.astimezone(UTC), now.astimezone(UTC)
    first = max(since, now - grace)
    first_day = first.astimezone(tz).date() - timedelta(days=1)
    fires = _fires(rules, first_day, now.astimezone(tz).date(), tz)
    owed = [f for f in fires if first < f <= now and not _quiet(f, tz, quiet)]
    snooze = _snooze(quiet, tz)
    if snooze is not None and first < snooze <= now:
        owed.append(snooze)
    return max(owed, default=None)


def counting_from(now: datetime, shown: datetime | None) -> datetime:
    """Where the next reminder is looked for: after `now`, and after the last one shown even
    when the clock has since been set back, so 09:00 is not shown twice."""
    if shown is None or shown <= now or shown - now > SET_BACK_LIMIT:
        return now
    return shown


def already_shown(owed: datetime, shown: datetime | None, now: datetime) -> bool:
    """True for a reminder at or before the last one shown: the clock was set back over it.
    A `shown` far in the future came from a wrong clock and silences nothing."""
    return shown is not None and owed <= shown and shown - now <= SET_BACK_LIMIT
