"""A routine as one file: the order, the rest, the person's own exercises and their pictures.

The format is TOML so a physiotherapist can read and write it by hand (see the README).
Reading checks everything before anything is used: every problem is a RoutineFileError that
names the field and the reason, and nothing else escapes, whatever the bytes are.
"""

from __future__ import annotations

import base64
import binascii
import re
import struct
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from foot_coach.core import toml_read, toml_text
from foot_coach.core.catalog import (
    BUILTIN_PICTURE,
    MAX_NAME,
    PICTURE_NAME_RE,
    PLAIN_PICTURE_NAME,
    USED_TWICE,
    Catalog,
    CatalogError,
    Exercise,
    parse_exercise,
)
from foot_coach.core.svg_check import svg_problem
from foot_coach.core.words import QT_TR_NOOP, Words, where

FORMAT = "foot-coach-routine"
VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_PICTURE_BYTES = 2 * 1024 * 1024
MAX_PICTURE_SIDE = 4096
MAX_EXERCISES = 30
REST_LIMITS = (5, 120)


class RoutineFileError(ValueError):
    """A file that cannot be used; the message says which field and why."""

    def __init__(self, words: Words) -> None:
        super().__init__(words)
        self.words = words


@dataclass(frozen=True)
class RoutineFile:
    name: str
    exercise_ids: tuple[str, ...]
    exercises: tuple[Exercise, ...] = ()  # own exercises the routine brings along
    pictures: Mapping[str, bytes] = field(default_factory=dict)
    rest_s: int | None = None


# --- pictures --------------------------------------------------------------------------------
def larger_than(limit: int) -> Words:
    return Words(QT_TR_NOOP("larger than %1 MB"), limit // (1024 * 1024))


def _png_problem(data: bytes) -> Words | None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        return Words(QT_TR_NOOP("a damaged PNG picture"))
    width, height = struct.unpack(">II", data[16:24])
    if not (0 < width <= MAX_PICTURE_SIDE and 0 < height <= MAX_PICTURE_SIDE):
        return Words(QT_TR_NOOP("a picture larger than %1 pixels a side"), MAX_PICTURE_SIDE)
    return None


def picture_problem(name: str, data: bytes) -> Words | None:
    """Why these bytes cannot be a picture called `name`, or None when they can."""
    if not re.match(PICTURE_NAME_RE, name):
        return Words(PLAIN_PICTURE_NAME)
    if len(data) > MAX_PICTURE_BYTES:
        return larger_than(MAX_PICTURE_BYTES)
    kind = name.rsplit(".", 1)[-1].lower()
    if kind == "png":
        if not data.startswith(b"\x89PNG\r\n\x1a\n"):
            return Words(QT_TR_NOOP("not a PNG picture"))
        return _png_problem(data)
    if kind in ("jpg", "jpeg"):
        return None if data.startswith(b"\xff\xd8\xff") else Words(QT_TR_NOOP("not a JPEG picture"))
    return svg_problem(data)


# --- reading ---------------------------------------------------------------------------------
def _fail(place: str | Words, problem: Words) -> RoutineFileError:
    return RoutineFileError(where(place, problem))


def _in_exercise(exercise_id: str, field_name: str) -> Words:
    return Words(QT_TR_NOOP("exercise %1: field '%2'"), repr(exercise_id), field_name)


def _routine_table(data: Mapping[str, Any]) -> Mapping[str, Any]:
    if data.get("format") != FORMAT:
        raise _fail(
            "format",
            Words(QT_TR_NOOP("expected %1: this is not a Foot Coach routine file"), repr(FORMAT)),
        )
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _fail("version", Words(QT_TR_NOOP("expected a whole number")))
    if version > VERSION:
        raise _fail(
            "version",
            Words(QT_TR_NOOP("%1 is from a newer Foot Coach; please update it first"), version),
        )
    if version < 1:
        raise _fail("version", Words(QT_TR_NOOP("expected 1")))
    routine = data.get("routine")
    if not isinstance(routine, dict):
        raise _fail("routine", Words(QT_TR_NOOP("expected a [routine] table")))
    return routine


def _name(routine: Mapping[str, Any]) -> str:
    name = routine.get("name", "")
    if not isinstance(name, str) or len(name) > MAX_NAME:
        raise _fail(
            "routine.name", Words(QT_TR_NOOP("expected text of at most %1 characters"), MAX_NAME)
        )
    return name.strip()


def _rest(routine: Mapping[str, Any]) -> int | None:
    rest = routine.get("rest_s")
    if rest is None:
        return None
    low, high = REST_LIMITS
    if isinstance(rest, bool) or not isinstance(rest, int) or not low <= rest <= high:
        raise _fail(
            "routine.rest_s", Words(QT_TR_NOOP("expected a whole number %1..%2"), low, high)
        )
    return rest


def _exercises(data: Mapping[str, Any], builtin: Catalog, source: str) -> tuple[Exercise, ...]:
    tables = data.get("exercise", [])
    if not isinstance(tables, list):
        raise _fail("exercise", Words(QT_TR_NOOP("expected [[exercise]] tables")))
    if len(tables) > MAX_EXERCISES:
        raise _fail("exercise", Words(QT_TR_NOOP("more than %1 exercises"), MAX_EXERCISES))
    try:
        exercises = tuple(parse_exercise(source, i, t, builtin) for i, t in enumerate(tables))
    except CatalogError as exc:
        raise RoutineFileError(exc.located) from None
    ids = [e.id for e in exercises]
    for exercise_id in ids:
        if ids.count(exercise_id) > 1:
            raise _fail(_in_exercise(exercise_id, "id"), Words(USED_TWICE))
    return exercises


def _pictures(data: Mapping[str, Any], exercises: Sequence[Exercise]) -> dict[str, bytes]:
    table = data.get("pictures", {})
    if not isinstance(table, dict):
        raise _fail("pictures", Words(QT_TR_NOOP("expected a [pictures] table")))
    if len(table) > MAX_EXERCISES:  # one picture per exercise at most
        raise _fail("pictures", Words(QT_TR_NOOP("more than %1 pictures"), MAX_EXERCISES))
    used = {e.picture for e in exercises}
    pictures = {}
    for name, encoded in table.items():
        place = f"pictures.{name[:60]!r}"
        if not re.match(PICTURE_NAME_RE, name):
            raise _fail(place, Words(PLAIN_PICTURE_NAME))
        if name not in used:
            continue  # nobody would see it: it is neither decoded nor kept
        if not isinstance(encoded, str):
            raise _fail(place, Words(QT_TR_NOOP("expected the picture as base64 text")))
        if len(encoded) > MAX_PICTURE_BYTES * 4 // 3 + 8:
            raise _fail(place, larger_than(MAX_PICTURE_BYTES))
        try:
            raw = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise _fail(place, Words(QT_TR_NOOP("not valid base64"))) from None
        if problem := picture_problem(name, raw):
            raise _fail(place, problem)
        pictures[name] = raw
    for exercise in exercises:
        own_file = exercise.picture and not exercise.picture.startswith(BUILTIN_PICTURE)
        if own_file and exercise.picture not in pictures:
            raise _fail(
                _in_exercise(exercise.id, "picture"), Words(QT_TR_NOOP("not in [pictures]"))
            )
    return pictures


def parse(content: bytes, builtin: Catalog, source: str = "routine file") -> RoutineFile:
    """A checked routine, or RoutineFileError naming the field and the reason."""
    if len(content) > MAX_FILE_BYTES:
        raise _fail("file", larger_than(MAX_FILE_BYTES))
    try:
        data = toml_read.loads(content.decode("utf-8"))
    except UnicodeDecodeError:
        raise _fail("file", Words(QT_TR_NOOP("not a text file (UTF-8)"))) from None
    except toml_read.TomlError as exc:
        raise _fail("file", exc.words) from None
    routine = _routine_table(data)
    exercises = _exercises(data, builtin, source)
    ids = routine.get("exercises")
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
        raise _fail("routine.exercises", Words(QT_TR_NOOP("expected a list of exercise ids")))
    known = {*builtin.ids, *(e.id for e in exercises)}
    for exercise_id in ids:
        if exercise_id not in known:
            raise _fail(
                "routine.exercises",
                Words(QT_TR_NOOP("%1 is not defined in the file"), repr(exercise_id[:50])),
            )
    if len(set(ids)) != len(ids):
        raise _fail("routine.exercises", Words(QT_TR_NOOP("an exercise is listed twice")))
    return RoutineFile(
        name=_name(routine),
        exercise_ids=tuple(ids),
        exercises=exercises,
        pictures=_pictures(data, exercises),
        rest_s=_rest(routine),
    )


# --- writing ---------------------------------------------------------------------------------
def exercise_table(exercise: Exercise) -> dict[str, Any]:
    """An own exercise as a TOML table, the same fields parse_exercise reads."""
    rx = exercise.prescription
    low, high = exercise.count_range
    amounts: dict[str, Any] = {"count": rx.count, "count_min": low, "count_max": high}
    if exercise.counting.paced:
        amounts["pace_s"] = rx.pace_s
    else:
        amounts |= {"hold_s": rx.hold_s, "release_s": rx.release_s}
    return {
        "id": exercise.id,
        "name": exercise.name,
        "posture": exercise.posture.value,
        "counting": exercise.counting.value,
        "sides": [s.value for s in exercise.sides],
        "directions": [d.value for d in exercise.directions],
        "summary": exercise.summary,
        "steps": list(exercise.steps),
        "feel": exercise.feel,
        "mistakes": list(exercise.mistakes),
        "safety": exercise.safety,
        "picture": exercise.picture,
        "grows": exercise.grows,
        "prescription": amounts,
    }


def dumps(routine: RoutineFile) -> str:
    head: dict[str, Any] = {"name": routine.name, "exercises": list(routine.exercise_ids)}
    if routine.rest_s is not None:
        head["rest_s"] = routine.rest_s
    document: dict[str, Any] = {"format": FORMAT, "version": VERSION, "routine": head}
    if routine.exercises:
        document["exercise"] = [exercise_table(e) for e in routine.exercises]
    if routine.pictures:
        document["pictures"] = {
            name: base64.b64encode(data).decode("ascii") for name, data in routine.pictures.items()
        }
    return toml_text.dumps(
        document, "A Foot Coach routine. Open it in Foot Coach: Routine, Import."
    )
