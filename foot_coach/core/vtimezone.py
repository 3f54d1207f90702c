"""A time zone's daylight-saving changes as an iCalendar VTIMEZONE, found by asking the zone.

Calendar apps on phones know zones by their IANA name and mostly ignore this block, but the
standard asks for it and some apps need it. The yearly rule ("last Sunday of March") is read
off the first change in the window and kept only if it predicts every later change there;
otherwise each change is listed as it is, so the block is never wrong inside the window.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
YEARS = 12  # the window: two years back, the rest ahead


@dataclass(frozen=True)
class Change:
    at: datetime  # the instant, in UTC
    before: timedelta  # UTC offset before it
    after: timedelta
    summer: bool  # daylight-saving time after it
    name: str  # the abbreviation after it, e.g. CEST

    @property
    def onset(self) -> datetime:
        """Local time of the change on the clock before it, as VTIMEZONE writes it."""
        return (self.at + self.before).replace(tzinfo=None)


def _offset(tz: tzinfo, instant: datetime) -> timedelta:
    return instant.astimezone(tz).utcoffset() or timedelta()


def changes(tz: tzinfo, first: datetime, last: datetime) -> list[Change]:
    """Every change of UTC offset between two UTC instants, each to the second."""
    found, day = [], timedelta(days=1)
    at = first
    while at < last:
        if _offset(tz, at) != _offset(tz, at + day):
            found.append(_change(tz, at, at + day))
        at += day
    return found


def _change(tz: tzinfo, low: datetime, high: datetime) -> Change:
    before = _offset(tz, low)
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        middle = middle.replace(microsecond=0)
        if _offset(tz, middle) == before:
            low = middle
        else:
            high = middle
    local = high.astimezone(tz)
    return Change(high, before, _offset(tz, high), bool(local.dst()), local.tzname() or "")


def _byday(day: date) -> str:
    """The weekday rule for a date: "-1SU" in the last week of the month, else e.g. "2SU"."""
    last = calendar.monthrange(day.year, day.month)[1]
    nth = -1 if day.day + 7 > last else (day.day - 1) // 7 + 1
    return f"{nth}{DAYS[day.weekday()]}"


def _on(year: int, month: int, byday: str) -> date:
    nth, weekday = int(byday[:-2]), DAYS.index(byday[-2:])
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month]
    matching = [d for d in days if d.weekday() == weekday]
    return matching[nth - 1] if nth > 0 else matching[nth]


def _yearly(kind: list[Change]) -> str | None:
    """The RRULE that gives exactly these changes, one a year, or None if there is none."""
    first = kind[0]
    byday = _byday(first.onset.date())
    years = [c.onset.year for c in kind]
    if years != list(range(years[0], years[0] + len(kind))):
        return None
    for change in kind:
        day = _on(change.onset.year, first.onset.month, byday)
        if datetime.combine(day, first.onset.time()) != change.onset:
            return None
        if (change.before, change.after, change.name) != (first.before, first.after, first.name):
            return None
    return f"FREQ=YEARLY;BYMONTH={first.onset.month};BYDAY={byday}"


def _stamp(value: datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%S")


def _utc_offset(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    sign, seconds = ("-" if seconds < 0 else "+"), abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{seconds:02d}" if seconds else "")


def _component(kind: list[Change], rule: str | None) -> Iterator[str]:
    first = kind[0]
    name = "DAYLIGHT" if first.summer else "STANDARD"
    yield f"BEGIN:{name}"
    yield f"DTSTART:{_stamp(first.onset)}"
    if rule is not None:
        yield f"RRULE:{rule}"
    else:
        yield from (f"RDATE:{_stamp(c.onset)}" for c in kind[1:])
    yield f"TZOFFSETFROM:{_utc_offset(first.before)}"
    yield f"TZOFFSETTO:{_utc_offset(first.after)}"
    if first.name:
        yield f"TZNAME:{first.name}"
    yield f"END:{name}"


def _groups(found: list[Change]) -> list[list[Change]]:
    """Changes of the same kind (same offsets and name) together, each group in time order."""
    groups: dict[tuple[timedelta, timedelta, str], list[Change]] = {}
    for change in found:
        groups.setdefault((change.before, change.after, change.name), []).append(change)
    return list(groups.values())


def vtimezone(tz: tzinfo, tzid: str, today: date) -> list[str]:
    """The VTIMEZONE lines (unfolded) for `tz`, exact from a year before `today` on."""
    # Two years back: readers take the offset at a moment from the change before it, which
    # for the start of last year (summer in Sydney) lies in the year before.
    first = datetime(today.year - 2, 1, 1, tzinfo=UTC)
    last = datetime(today.year - 2 + YEARS, 1, 1, tzinfo=UTC)
    found = changes(tz, first, last)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if not found:
        lines += _fixed(tz, first)
    for kind in _groups(found):
        lines += _component(kind, _yearly(kind))
    return [*lines, "END:VTIMEZONE"]


def _fixed(tz: tzinfo, at: datetime) -> list[str]:
    offset = _utc_offset(_offset(tz, at))
    name = at.astimezone(tz).tzname() or ""
    lines = ["BEGIN:STANDARD", "DTSTART:19700101T000000"]
    lines += [f"TZOFFSETFROM:{offset}", f"TZOFFSETTO:{offset}"]
    return [*lines, *([f"TZNAME:{name}"] if name else []), "END:STANDARD"]
