"""Settings, declared once (key, type, default, allowed values), read leniently, written atomically.

A bad value never stops the app: that key falls back to its default, the warning names it,
and the original file is kept as a backup before it is rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from foot_coach.core import toml_read, toml_text
from foot_coach.core.record import fields, record, replace
from foot_coach.core.words import QT_TR_NOOP, Words, where
from foot_coach.store import atomic
from foot_coach.store.errors import reason

# Patterns, compiled by `re` when a file first holds what they check. \Z: "$" would let a
# newline end the value.
TIME_RE = r"^([01]\d|2[0-3]):[0-5]\d\Z"
ID_RE = r"^[a-z0-9][a-z0-9-]{0,39}\Z"
MAX_REMINDERS = 8  # what the Reminders page offers; a file with more keeps the first ones
DEFAULT_ROUTINE = ("toe-curls", "arch-raises", "heel-to-toe-walk", "ankle-circles", "toe-spreading")


@record
class Reminder:
    time: str  # "HH:MM" local time
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 6)  # Monday = 0
    enabled: bool = True


@record
class Settings:
    volume: int = 70
    muted: bool = False
    voice: bool = True
    rest_s: int = 15
    larger_text: int = 100
    language: str = "system"
    theme: str = "system"
    first_run_done: bool = False
    tray_notice_shown: bool = False
    start_at_login: bool = False
    routine: tuple[str, ...] = DEFAULT_ROUTINE
    skip_if_done: bool = True
    grace_minutes: int = 120
    reminders: tuple[Reminder, ...] = ()
    snoozed_until: str = ""
    snoozed_on: str = ""  # the day whose reminder was snoozed; empty in files saved before
    paused_on: str = ""
    last_reminded: str = ""
    pain_checkins: bool = True
    window: str = ""  # the main window's size and place (Qt's saveGeometry, base64)
    hold_when_locked: bool = True  # a reminder due then waits until the person is back
    hold_when_away: bool = True
    hold_when_full_screen: bool = True


def _int_in(low: int, high: int) -> Callable[[Any], bool]:
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def _is_str(value: Any) -> bool:
    return isinstance(value, str) and len(value) < 200


def _is_instant(value: Any) -> bool:
    """Empty, or a date and time with its UTC offset that every clock sum can hold (a year
    like 9999 would overflow when moved to another zone)."""
    if value == "":
        return True
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return False
    return moment is not None and moment.tzinfo is not None and 1970 <= moment.year <= 9000


def _one_of(*choices: str) -> Callable[[Any], bool]:
    return lambda v: v in choices


def _is_routine(value: Any) -> bool:
    # Own exercises have ids too; one no longer in the catalogue is skipped when starting.
    ok = isinstance(value, list) and all(isinstance(v, str) and re.match(ID_RE, v) for v in value)
    return ok and len(set(value)) == len(value) and bool(value)


# key -> (check, description). Every key of Settings is declared here exactly once.
RULES: dict[str, tuple[Callable[[Any], bool], str]] = {
    "volume": (_int_in(0, 100), QT_TR_NOOP("a whole number 0-100")),
    "muted": (_is_bool, QT_TR_NOOP("true or false")),
    "voice": (_is_bool, QT_TR_NOOP("true or false")),
    "rest_s": (_int_in(5, 120), QT_TR_NOOP("seconds 5-120")),
    "larger_text": (_int_in(100, 200), QT_TR_NOOP("a percentage 100-200")),
    "language": (_one_of("system", "en", "de", "es"), QT_TR_NOOP("system, en, de or es")),
    "theme": (_one_of("system", "light", "dark"), QT_TR_NOOP("system, light or dark")),
    "first_run_done": (_is_bool, QT_TR_NOOP("true or false")),
    "tray_notice_shown": (_is_bool, QT_TR_NOOP("true or false")),
    "start_at_login": (_is_bool, QT_TR_NOOP("true or false")),
    "routine": (_is_routine, QT_TR_NOOP("a list of exercise ids, each once")),
    "skip_if_done": (_is_bool, QT_TR_NOOP("true or false")),
    "grace_minutes": (_int_in(0, 720), QT_TR_NOOP("minutes 0-720")),
    "reminders": (lambda v: isinstance(v, list), QT_TR_NOOP("a list of reminders")),
    "snoozed_until": (_is_instant, QT_TR_NOOP("a date and time, or empty")),
    "snoozed_on": (_is_str, QT_TR_NOOP("a date, or empty")),
    "paused_on": (_is_str, QT_TR_NOOP("a date, or empty")),
    "last_reminded": (_is_instant, QT_TR_NOOP("a date and time, or empty")),
    "pain_checkins": (_is_bool, QT_TR_NOOP("true or false")),
    "window": (_is_str, QT_TR_NOOP("a window size and place, or empty")),
    "hold_when_locked": (_is_bool, QT_TR_NOOP("true or false")),
    "hold_when_away": (_is_bool, QT_TR_NOOP("true or false")),
    "hold_when_full_screen": (_is_bool, QT_TR_NOOP("true or false")),
}
assert set(RULES) == set(fields(Settings))


def _reminder(raw: Any) -> Reminder | None:
    if not isinstance(raw, dict) or not re.match(TIME_RE, str(raw.get("time", ""))):
        return None
    days = raw.get("weekdays", list(range(7)))
    if not isinstance(days, list) or not all(_int_in(0, 6)(d) for d in days):
        return None
    enabled = raw.get("enabled", True)
    return Reminder(raw["time"], tuple(sorted(set(days))), enabled if _is_bool(enabled) else True)


def _reminders(raw: list[Any], warnings: list[Words]) -> tuple[Reminder, ...]:
    parsed = [_reminder(r) for r in raw[: MAX_REMINDERS * 4]]
    if None in parsed:
        problem = QT_TR_NOOP("setting 'reminders' has a bad entry; it was left out")
        warnings.append(Words(problem))
    kept = tuple(r for r in parsed if r is not None)
    if len(kept) > MAX_REMINDERS or len(raw) > len(parsed):
        problem = QT_TR_NOOP("setting 'reminders' has more than %1; the first %1 were kept")
        warnings.append(Words(problem, MAX_REMINDERS))
    return kept[:MAX_REMINDERS]


def parse(text: str) -> tuple[Settings, list[Words]]:
    """Settings from TOML text, and one warning per key that was bad and fell back."""
    try:
        data = toml_read.loads(text)
    except toml_read.TomlError as exc:
        return Settings(), [Words(QT_TR_NOOP("%1; using all defaults"), exc.words)]
    values: dict[str, Any] = {}
    unknown = QT_TR_NOOP("unknown setting '%1' ignored")
    warnings = [Words(unknown, k) for k in data if k not in RULES]
    for key, (check, wanted) in RULES.items():
        if key not in data:
            continue
        if not check(data[key]):
            problem = QT_TR_NOOP("setting '%1' must be %2; using the default")
            warnings.append(Words(problem, key, Words(wanted)))
        elif key == "reminders":
            values[key] = _reminders(data[key], warnings)
        else:
            values[key] = tuple(data[key]) if key == "routine" else data[key]
    return Settings(**values), warnings


def dumps(settings: Settings) -> str:
    document: dict[str, Any] = {name: getattr(settings, name) for name in fields(Settings)}
    document["reminders"] = [vars(r) for r in settings.reminders]
    return toml_text.dumps(
        document, "Foot Coach settings. The app rewrites this file; a bad value falls back."
    )


def save(path: Path, settings: Settings) -> None:
    atomic.write(path, dumps(settings).encode("utf-8"))


def load(path: Path, stamp: str, *, read_only: bool = False) -> tuple[Settings, list[Words]]:
    """Read the file; if anything was wrong, keep it as a backup and write a clean one.
    `read_only` never writes (the file belongs to another running Foot Coach): the values
    and the warnings are the same, the file stays as it is."""
    raw: bytes | None = None
    try:
        raw = path.read_bytes()
        settings, warnings = parse(raw.decode("utf-8"))
    except FileNotFoundError:
        return Settings(), []
    except (OSError, UnicodeDecodeError) as exc:
        settings, warnings = Settings(), [Words(QT_TR_NOOP("could not read %1: %2"), path, exc)]
    if warnings and not read_only:
        try:
            if raw is not None:
                path.with_name(f"{path.name}.bak-{stamp}").write_bytes(raw)
            save(path, settings)
        except OSError as exc:  # the app still starts, on the defaults, and says why
            warnings.append(_not_saved(path, exc))
    return settings, [where(path, w) for w in warnings]


def _not_saved(path: Path, exc: OSError) -> Words:
    text = QT_TR_NOOP("Your settings could not be saved to %1: %2")
    return Words(text, path, reason(exc))


class SettingsFile:
    """The one copy of the settings in a running app: changes are saved at once, then shared.

    A save that fails (full disk, read-only folder) keeps the new values for this run and
    returns a message naming the file, so the person is told and nothing else breaks;
    `unsaved` says the last save failed.
    """

    def __init__(self, path: Path, value: Settings) -> None:
        self.path, self.value = path, value
        self.listeners: list[Callable[[Settings], None]] = []
        self.unsaved = False

    def change(self, **changes: Any) -> Words | None:
        changed = replace(self.value, **changes)
        if changed == self.value and not self.unsaved and self.path.exists():
            # Quitting keeps the window's place more than once (the window closing, the app
            # ending): each write is a flush to disk, on the way out of a logout.
            return None
        self.value = changed
        problem = None
        try:
            save(self.path, self.value)
        except OSError as exc:
            problem = _not_saved(self.path, exc)
        self.unsaved = problem is not None
        for listener in self.listeners:
            listener(self.value)
        return problem
