"""The real clocks: the person's wall clock and time zone, and the session's monotonic source.

Everything else is handed these as plain callables, so tests give their own.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import QTimeZone

BOOTTIME: int | None = getattr(time, "CLOCK_BOOTTIME", None)


def local_now() -> datetime:
    """The person's wall clock, with its UTC offset, for the history log."""
    return datetime.now().astimezone()


def stamp() -> str:
    """The local time as it goes into the names of kept copies: 20261130-074500."""
    return local_now().strftime("%Y%m%d-%H%M%S")


def local_zone() -> tzinfo:
    """The system time zone with its daylight-saving rules, read anew each time (people
    travel); a fixed offset only where the zone database does not know the name. zoneinfo
    loads when first asked (2 ms), after the first paint."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return local_now().tzinfo or UTC


def awake_or_asleep_ns() -> int:
    """A monotonic clock that keeps counting while the computer sleeps, where there is one.

    Linux's CLOCK_MONOTONIC stops during suspend, so a session timer on it could never tell
    that the person's laptop slept mid-hold; CLOCK_BOOTTIME does not stop.
    """
    return time.clock_gettime_ns(BOOTTIME) if BOOTTIME is not None else time.monotonic_ns()
