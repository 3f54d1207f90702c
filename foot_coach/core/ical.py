"""The reminders as an iCalendar file, so a phone's calendar reminds the person when the
computer is shut.

One weekly event per reminder that is on, at its time of day on its weekdays, in the person's
own time zone (named, with its VTIMEZONE), with an alarm at the start. Calendar apps read a
local time that does not exist or happens twice (RFC 5545, 3.3.5) exactly as core.schedule
decides it, so the phone and the app remind at the same moments.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from foot_coach.core.schedule import Rule
from foot_coach.core.vtimezone import DAYS, vtimezone

PRODUCT = "-//Foot Coach//Reminders//EN"
EVENT_MINUTES = 10  # how long the routine takes, as the event's length


@dataclass(frozen=True)
class Texts:
    """What the person reads in their calendar, already in their language."""

    title: str
    description: str
    alarm: str


def escape(text: str) -> str:
    """TEXT values: backslash, semicolon, comma and newline are written escaped."""
    for raw, escaped in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n")):
        text = text.replace(raw, escaped)
    return text


def fold(line: str) -> str:
    """Lines longer than 75 octets go on in lines that start with a space (RFC 5545, 3.1)."""
    parts: list[str] = []
    current = b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not parts else 74):
            parts.append(current.decode("utf-8"))
            current = b""
        current += encoded
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def zone_id(tz: tzinfo, now: datetime) -> str:
    """The IANA name (e.g. Europe/Berlin), or a made-up one for a bare UTC offset."""
    key = getattr(tz, "key", None)
    if isinstance(key, str) and key:
        return key
    offset = now.astimezone(tz).utcoffset() or timedelta()
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"UTC{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def first_day(rule: Rule, today: date) -> date:
    """The first of the rule's weekdays on or after today: the event's first date."""
    return next(
        today + timedelta(days=n)
        for n in range(7)
        if (today + timedelta(days=n)).weekday() in rule.weekdays
    )


def _event(
    rule: Rule, index: int, tzid: str, today: date, now: datetime, texts: Texts
) -> Iterator[str]:
    start = datetime.combine(first_day(rule, today), rule.at)
    days = ",".join(DAYS[d] for d in sorted(rule.weekdays))
    yield "BEGIN:VEVENT"
    # The same place in the list keeps its UID, so importing a newer file updates the event.
    yield f"UID:reminder-{index + 1}@foot-coach.invalid"
    yield f"DTSTAMP:{now.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}"
    yield f"SEQUENCE:{int(now.timestamp()) // 60 % 2**31}"  # newer exports win
    yield f"DTSTART;TZID={tzid}:{start.strftime('%Y%m%dT%H%M%S')}"
    yield f"DURATION:PT{EVENT_MINUTES}M"
    yield f"RRULE:FREQ=WEEKLY;BYDAY={days}"
    yield f"SUMMARY:{escape(texts.title)}"
    yield f"DESCRIPTION:{escape(texts.description)}"
    yield "TRANSP:TRANSPARENT"  # a reminder, not a busy meeting
    yield from ("BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{escape(texts.alarm)}")
    yield from ("TRIGGER:PT0M", "END:VALARM", "END:VEVENT")


def calendar(rules: Sequence[Rule], tz: tzinfo, now: datetime, texts: Texts) -> bytes:
    """The whole file, CRLF line ends, UTF-8. `now` (aware) dates it and sets the first day."""
    today = now.astimezone(tz).date()
    tzid = zone_id(tz, now)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODUCT}", "CALSCALE:GREGORIAN"]
    lines += ["METHOD:PUBLISH", *vtimezone(tz, tzid, today)]
    for index, rule in enumerate(rules):
        if rule.enabled and rule.weekdays:
            lines += _event(rule, index, tzid, today, now, texts)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines).encode("utf-8")
