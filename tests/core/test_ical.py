"""The calendar file, read back with the `icalendar` package: a phone would remind at exactly
the moments the app's own schedule does, across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil.rrule import rrulestr

from foot_coach.core.ical import Texts, calendar, escape, fold
from foot_coach.core.schedule import Rule, next_fire

BERLIN = ZoneInfo("Europe/Berlin")
TEXTS = Texts("Foot exercises", "Five gentle exercises; about ten minutes.", "Time, now")
RULES = [
    Rule(time(2, 30)),  # inside the spring gap, twice in the autumn
    Rule(time(9, 0), frozenset({0, 2, 4})),
    Rule(time(18, 15), frozenset({5}), enabled=False),
    Rule(time(20, 0), frozenset()),
]


def read(data: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(data)


def fires_in(cal: icalendar.Calendar, after: datetime, count: int) -> list[datetime]:
    """The next instants of every event, by expanding each RRULE from its DTSTART."""
    found: list[datetime] = []
    for event in cal.walk("VEVENT"):
        start = event.decoded("DTSTART")
        rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
        found += [f.astimezone(UTC) for f in rule.xafter(after, count=count)]
    return sorted(found)[:count]


def app_fires(rules: list[Rule], after: datetime, tz: tzinfo, count: int) -> list[datetime]:
    out = []
    while len(out) < count and (after := next_fire(rules, after, tz)) is not None:
        out.append(after)
    return out


@pytest.mark.parametrize(
    "now",
    [datetime(2026, 3, 20, 12, tzinfo=BERLIN), datetime(2026, 10, 19, 12, tzinfo=BERLIN)],
    ids=["spring-forward", "fall-back"],
)
def test_next_fires_equal_the_apps_schedule_across_a_dst_change(now: datetime) -> None:
    cal = read(calendar(RULES, BERLIN, now, TEXTS))
    assert fires_in(cal, now, 30) == app_fires(RULES, now, BERLIN, 30)
    changed = [f.astimezone(BERLIN).utcoffset() for f in fires_in(cal, now, 30)]
    assert len(set(changed)) == 2  # the window really crosses the change


def test_one_weekly_event_per_reminder_that_is_on_with_zone_and_alarm() -> None:
    cal = read(calendar(RULES, BERLIN, datetime(2026, 11, 24, 8, tzinfo=BERLIN), TEXTS))
    events = cal.walk("VEVENT")
    assert [e["RRULE"].to_ical().decode() for e in events] == [
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU",
        "FREQ=WEEKLY;BYDAY=MO,WE,FR",
    ]
    assert [e.decoded("DTSTART") for e in events] == [
        datetime(2026, 11, 24, 2, 30, tzinfo=BERLIN),
        datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN),  # the first Monday/Wednesday/Friday
    ]
    assert events[0]["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert str(events[1]["SUMMARY"]) == TEXTS.title
    assert str(events[1]["DESCRIPTION"]) == TEXTS.description
    alarm = events[0].walk("VALARM")[0]
    assert (str(alarm["ACTION"]), alarm.decoded("TRIGGER")) == ("DISPLAY", timedelta(0))
    assert len({str(e["UID"]) for e in events}) == 2


@pytest.mark.parametrize(
    "name", ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Tokyo"]
)
def test_vtimezone_gives_the_zones_offsets(name: str) -> None:
    tz = ZoneInfo(name)
    now = datetime(2026, 6, 1, tzinfo=UTC)
    cal = read(calendar(RULES, tz, now, TEXTS))
    (block,) = cal.walk("VTIMEZONE")
    built = block.to_tz(lookup_tzid=False)
    for hours in range(0, 24 * 365 * 8, 7):
        instant = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(hours=hours)
        assert instant.astimezone(built).utcoffset() == instant.astimezone(tz).utcoffset()


IRREGULAR_STARTS = {2025: (4, 2), 2026: (3, 9), 2027: (4, 20)}


class Irregular(tzinfo):
    """Summer time on dates no yearly rule gives: each change must be listed as it is."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return timedelta(hours=1) + self.dst(dt)

    def dst(self, dt: datetime | None) -> timedelta:
        assert dt is not None
        month, day = IRREGULAR_STARTS.get(dt.year, (13, 1))
        naive = dt.replace(tzinfo=None)
        summer = month <= 12 and datetime(dt.year, month, day) <= naive < datetime(dt.year, 10, 5)
        return timedelta(hours=1) if summer else timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        return "IRS" if self.dst(dt) else "IRR"

    def fromutc(self, dt: datetime) -> datetime:
        local = dt + timedelta(hours=1)
        return local + self.dst(local.replace(tzinfo=self))


def test_vtimezone_lists_changes_no_yearly_rule_gives() -> None:
    zone = Irregular()
    cal = read(calendar(RULES, zone, datetime(2026, 1, 10, tzinfo=UTC), TEXTS))
    (block,) = cal.walk("VTIMEZONE")
    assert str(block["TZID"]) == "UTC+0100"
    built = block.to_tz(lookup_tzid=False)
    for hours in range(0, 24 * 365 * 3, 5):
        instant = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(hours=hours)
        assert instant.astimezone(built).utcoffset() == instant.astimezone(zone).utcoffset()


def test_fixed_offset_zone_gets_a_name_and_one_offset() -> None:
    zone = timezone(timedelta(hours=-3, minutes=-30))
    cal = read(calendar(RULES, zone, datetime(2026, 1, 10, tzinfo=UTC), TEXTS))
    assert str(cal.walk("VTIMEZONE")[0]["TZID"]) == "UTC-0330"
    now = datetime(2026, 1, 10, tzinfo=UTC)
    assert fires_in(cal, now, 5) == app_fires(RULES, now, zone, 5)


def test_text_is_escaped_and_long_lines_folded_at_75_octets() -> None:
    assert escape("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne"
    line = "DESCRIPTION:" + "Fußübungen " * 20
    folded = fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line
    texts = Texts("Fuß; Übung, jetzt", "Zeile eins\nZeile zwei " + "ä" * 80, "Los")
    event = read(calendar(RULES, BERLIN, datetime(2026, 1, 10, tzinfo=UTC), texts)).walk("VEVENT")
    assert (str(event[0]["SUMMARY"]), str(event[0]["DESCRIPTION"])) == (
        texts.title,
        texts.description,
    )
