"""The exercise catalogue: typed, validated records loaded from exercises.toml."""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from foot_coach.core.exercise import (
    COUNT_LIMITS,
    HOLD_LIMITS,
    PACE_LIMITS,
    RELEASE_LIMITS,
    Catalog,
    Counting,
    Direction,
    Exercise,
    Posture,
    Prescription,
    Side,
)
from foot_coach.core.record import replace
from foot_coach.core.words import QT_TR_NOOP, Words, where

# Callers take the exercise types from here too, with the reader that makes them.
__all__ = [
    "BUILTIN_PICTURE",
    "COUNT_LIMITS",
    "HOLD_LIMITS",
    "MAX_LINES",
    "MAX_NAME",
    "MAX_TEXT",
    "OWN_ID_RE",
    "PACE_LIMITS",
    "PICTURE_NAME_RE",
    "PLAIN_PICTURE_NAME",
    "RELEASE_LIMITS",
    "USED_TWICE",
    "Catalog",
    "CatalogError",
    "Counting",
    "Direction",
    "Exercise",
    "Posture",
    "Prescription",
    "Side",
    "parse_catalog",
    "parse_exercise",
    "translate_catalog",
]

E = TypeVar("E", bound=Enum)

# Limits that keep a hand-made or imported exercise readable and the files small.
MAX_TEXT = 500
MAX_NAME = 80
MAX_LINES = 20
# Patterns, compiled by `re` when first matched: start-up reads no own exercise. \Z: "$"
# would let a newline end the name.
OWN_ID_RE = r"^[a-z0-9][a-z0-9-]{2,39}\Z"
PICTURE_NAME_RE = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,59}\.(png|jpg|jpeg|svg)\Z"
BUILTIN_PICTURE = "builtin:"


# Shared with the routine file, which checks the same things of what it carries.
PLAIN_PICTURE_NAME = QT_TR_NOOP("a plain file name ending .png, .jpg or .svg, without folders")
USED_TWICE = QT_TR_NOOP("used twice")


class CatalogError(ValueError):
    """A malformed catalogue; the message names the file, the exercise and the field.

    `field` is the key to blame, if one is, and `problem` what is wrong with it: the exercise
    editor shows the two beside each other.
    """

    def __init__(
        self, source: str, located: Words, field: str = "", problem: Words | None = None
    ) -> None:
        super().__init__(where(source, located))
        self.located, self.field, self.problem = located, field, problem or located


class _Reader:
    """Reads fields of one exercise table, raising errors that say where the problem is."""

    def __init__(self, source: str, label: str, table: Mapping[str, Any]) -> None:
        self.source, self.label, self.table = source, label, table

    def fail(self, field: str, problem: Words) -> CatalogError:
        located = Words(QT_TR_NOOP("exercise %1: field '%2': %3"), self.label, field, problem)
        return CatalogError(self.source, located, field, problem)

    def text(self, field: str, longest: int = MAX_TEXT) -> str:
        value = self.table.get(field)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(field, Words(QT_TR_NOOP("expected non-empty text")))
        if len(value) > longest:
            raise self.fail(field, Words(QT_TR_NOOP("longer than %1 characters"), longest))
        return value.strip()

    def texts(self, field: str, *, allow_empty: bool = False) -> tuple[str, ...]:
        value = self.table.get(field, [] if allow_empty else None)
        ok = isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
        if not ok or (not value and not allow_empty):
            raise self.fail(field, Words(QT_TR_NOOP("expected a list of non-empty texts")))
        if len(value) > MAX_LINES or any(len(v) > MAX_TEXT for v in value):
            raise self.fail(
                field, Words(QT_TR_NOOP("at most %1 lines of %2 characters"), MAX_LINES, MAX_TEXT)
            )
        return tuple(v.strip() for v in value)

    def flag(self, field: str, default: bool) -> bool:
        value = self.table.get(field, default)
        if not isinstance(value, bool):
            raise self.fail(field, Words(QT_TR_NOOP("expected true or false")))
        return value

    def choice(self, field: str, kind: type[E], value: Any = None) -> E:
        raw = self.table.get(field) if value is None else value
        try:
            return kind(raw)
        except ValueError:
            allowed = ", ".join(repr(m.value) for m in kind)
            raise self.fail(
                field, Words(QT_TR_NOOP("%1 is not one of %2"), repr(raw), allowed)
            ) from None

    def number(self, table: Mapping[str, Any], field: str, low: int, high: int) -> int:
        value = table.get(field)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(
                f"prescription.{field}",
                Words(QT_TR_NOOP("expected a whole number %1..%2"), low, high),
            )
        return value


def _prescription(r: _Reader, counting: Counting) -> tuple[Prescription, tuple[int, int]]:
    table = r.table.get("prescription")
    if not isinstance(table, dict):
        raise r.fail("prescription", Words(QT_TR_NOOP("expected a table")))
    low = r.number(table, "count_min", *COUNT_LIMITS)
    high = r.number(table, "count_max", low, COUNT_LIMITS[1])
    count = r.number(table, "count", low, high)
    if counting.paced:
        return Prescription(count, pace_s=r.number(table, "pace_s", *PACE_LIMITS)), (low, high)
    hold = r.number(table, "hold_s", *HOLD_LIMITS)
    release = r.number(table, "release_s", *RELEASE_LIMITS)
    return Prescription(count, hold_s=hold, release_s=release), (low, high)


def _picture(r: _Reader, builtin: Catalog) -> str:
    value = r.table.get("picture", "")
    if not isinstance(value, str):
        raise r.fail("picture", Words(QT_TR_NOOP("expected text")))
    if value.startswith(BUILTIN_PICTURE):
        if value.removeprefix(BUILTIN_PICTURE) not in builtin.ids:
            raise r.fail("picture", Words(QT_TR_NOOP("%1 names no built-in exercise"), repr(value)))
    elif value and not re.match(PICTURE_NAME_RE, value):
        raise r.fail("picture", Words(PLAIN_PICTURE_NAME))
    return value


def _id(r: _Reader, own_beside: Catalog | None) -> str:
    """The exercise's id; an own one's is stricter, and may not take a built-in's."""
    exercise_id = r.text("id", longest=40)
    if not all(c.isalnum() or c == "-" for c in exercise_id):
        raise r.fail("id", Words(QT_TR_NOOP("use letters, digits and '-' only")))
    if own_beside is not None:
        if not re.match(OWN_ID_RE, exercise_id):
            raise r.fail("id", Words(QT_TR_NOOP("3 to 40 small letters, digits and '-'")))
        if exercise_id in own_beside.ids:
            raise r.fail("id", Words(QT_TR_NOOP("already used by a built-in exercise")))
    return exercise_id


def _feet(r: _Reader) -> tuple[tuple[Side, ...], tuple[Direction, ...]]:
    """Which feet, in order, and which ways: each once, and 'both' only alone."""
    sides = tuple(r.choice("sides", Side, v) for v in r.texts("sides"))
    directions = tuple(
        r.choice("directions", Direction, v) for v in r.texts("directions", allow_empty=True)
    )
    if len(set(sides)) != len(sides) or (Side.BOTH in sides and len(sides) > 1):
        raise r.fail("sides", Words(QT_TR_NOOP("either ['both'] or each foot once")))
    if len(set(directions)) != len(directions):
        raise r.fail("directions", Words(QT_TR_NOOP("each direction once")))
    return sides, directions


def parse_exercise(
    source: str, index: int, table: Mapping[str, Any], own_beside: Catalog | None = None
) -> Exercise:
    """One exercise table. With `own_beside` (the built-in catalogue) it is the person's own:
    a stricter id that may not clash with a built-in, a picture, optional mistakes."""
    if not isinstance(table, Mapping):
        raise CatalogError(source, Words(QT_TR_NOOP("exercise #%1: expected a table"), index + 1))
    raw_id = table.get("id")
    label = repr(raw_id[:50]) if isinstance(raw_id, str) else f"#{index + 1}"
    r = _Reader(source, label, table)
    exercise_id = _id(r, own_beside)
    own = own_beside is not None
    counting = r.choice("counting", Counting)
    sides, directions = _feet(r)
    prescription, count_range = _prescription(r, counting)
    return Exercise(
        id=exercise_id,
        name=r.text("name", longest=MAX_NAME),
        posture=r.choice("posture", Posture),
        counting=counting,
        sides=sides,
        directions=directions,
        summary=r.text("summary"),
        steps=r.texts("steps"),
        feel=r.text("feel"),
        mistakes=r.texts("mistakes", allow_empty=own),
        safety=r.text("safety"),
        prescription=prescription,
        count_range=count_range,
        picture=_picture(r, own_beside) if own_beside is not None else "",
        grows=r.flag("grows", True) if own else True,
        own=own,
    )


def parse_catalog(text: str, source: str = "exercises.toml") -> Catalog:
    import tomllib  # here: start-up reads the built-in catalogue already parsed (catalog_from)

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(source, Words(QT_TR_NOOP("not valid TOML: %1"), exc)) from None
    return catalog_from(data, source)


def catalog_from(data: Mapping[str, Any], source: str = "exercises.toml") -> Catalog:
    """The catalogue from a TOML document already read (resources/exercises_table.py)."""
    tables = data.get("exercise")
    if not isinstance(tables, list) or not tables:
        raise CatalogError(source, Words(QT_TR_NOOP("no [[exercise]] tables found")))
    exercises = tuple(parse_exercise(source, i, t) for i, t in enumerate(tables))
    seen: set[str] = set()
    for exercise in exercises:
        if exercise.id in seen:
            raise _Reader(source, repr(exercise.id), {}).fail("id", Words(USED_TWICE))
        seen.add(exercise.id)
    return Catalog(exercises)


def translate_catalog(base: Catalog, text: str, source: str) -> Catalog:
    """The catalogue with its words from a per-language file: the same ids, the same number of
    steps and mistakes, nothing else (amounts and counting always come from the English file)."""
    import tomllib

    try:
        tables = tomllib.loads(text).get("exercise")
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(source, Words(QT_TR_NOOP("not valid TOML: %1"), exc)) from None
    if not isinstance(tables, list):
        raise CatalogError(source, Words(QT_TR_NOOP("no [[exercise]] tables found")))
    words = {t.get("id"): t for t in tables if isinstance(t, dict)}
    translated = []
    for exercise in base.exercises:
        table = words.get(exercise.id)
        if table is None or exercise.own:
            translated.append(exercise)
            continue
        r = _Reader(source, repr(exercise.id), table)
        changes: dict[str, Any] = {"name": r.text("name", longest=MAX_NAME)}
        for field in ("summary", "feel", "safety"):
            changes[field] = r.text(field)
        for field in ("steps", "mistakes"):
            lines = r.texts(field, allow_empty=True)
            if len(lines) != len(getattr(exercise, field)):
                raise r.fail(
                    field, Words(QT_TR_NOOP("expected %1 lines"), len(getattr(exercise, field)))
                )
            changes[field] = lines
        translated.append(replace(exercise, **changes))
    return Catalog(tuple(translated), base.retired)
