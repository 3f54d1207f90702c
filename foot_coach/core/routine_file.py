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
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from foot_coach.core import toml_text
from foot_coach.core.catalog import (
    BUILTIN_PICTURE,
    MAX_NAME,
    PICTURE_NAME_RE,
    Catalog,
    CatalogError,
    Exercise,
    parse_exercise,
)

FORMAT = "foot-coach-routine"
VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_PICTURE_BYTES = 2 * 1024 * 1024
MAX_PICTURE_SIDE = 4096
MAX_EXERCISES = 30
REST_LIMITS = (5, 120)


class RoutineFileError(ValueError):
    """A file that cannot be used; the message says which field and why."""


@dataclass(frozen=True)
class RoutineFile:
    name: str
    exercise_ids: tuple[str, ...]
    exercises: tuple[Exercise, ...] = ()  # own exercises the routine brings along
    pictures: Mapping[str, bytes] = field(default_factory=dict)
    rest_s: int | None = None


# --- pictures --------------------------------------------------------------------------------
_SVG_FORBIDDEN = re.compile(rb"<!DOCTYPE|<!ENTITY|<\?xml-stylesheet", re.IGNORECASE)


def _svg_problem(data: bytes) -> str | None:
    import xml.etree.ElementTree as ET  # only when an SVG arrives, not at every start

    if _SVG_FORBIDDEN.search(data):
        return "an SVG with a DOCTYPE or entities is not accepted"
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return "not a readable SVG file"
    if root.tag.rsplit("}", 1)[-1] != "svg":
        return "not an SVG picture"
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
        if tag in ("script", "foreignObject"):
            return f"an SVG with <{tag}> is not accepted"
        for name, text in element.attrib.items():
            local = name.rsplit("}", 1)[-1].lower()
            if local.startswith("on"):
                return "an SVG with scripts is not accepted"
            if local == "href" and not text.startswith(("#", "data:image/")):
                return "an SVG that loads other files is not accepted"
    return None


def _png_problem(data: bytes) -> str | None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        return "a damaged PNG picture"
    width, height = struct.unpack(">II", data[16:24])
    if not (0 < width <= MAX_PICTURE_SIDE and 0 < height <= MAX_PICTURE_SIDE):
        return f"a picture larger than {MAX_PICTURE_SIDE} pixels a side"
    return None


def picture_problem(name: str, data: bytes) -> str | None:
    """Why these bytes cannot be a picture called `name`, or None when they can."""
    if not PICTURE_NAME_RE.match(name):
        return "a plain file name ending .png, .jpg or .svg, without folders"
    if len(data) > MAX_PICTURE_BYTES:
        return f"larger than {MAX_PICTURE_BYTES // (1024 * 1024)} MB"
    kind = name.rsplit(".", 1)[-1].lower()
    if kind == "png":
        if not data.startswith(b"\x89PNG\r\n\x1a\n"):
            return "not a PNG picture"
        return _png_problem(data)
    if kind in ("jpg", "jpeg"):
        return None if data.startswith(b"\xff\xd8\xff") else "not a JPEG picture"
    return _svg_problem(data)


# --- reading ---------------------------------------------------------------------------------
def _fail(where: str, problem: str) -> RoutineFileError:
    return RoutineFileError(f"{where}: {problem}")


def _routine_table(data: Mapping[str, Any]) -> Mapping[str, Any]:
    if data.get("format") != FORMAT:
        raise _fail("format", f"expected {FORMAT!r}: this is not a Foot Coach routine file")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _fail("version", "expected a whole number")
    if version > VERSION:
        raise _fail("version", f"{version} is from a newer Foot Coach; please update it first")
    if version < 1:
        raise _fail("version", "expected 1")
    routine = data.get("routine")
    if not isinstance(routine, dict):
        raise _fail("routine", "expected a [routine] table")
    return routine


def _name(routine: Mapping[str, Any]) -> str:
    name = routine.get("name", "")
    if not isinstance(name, str) or len(name) > MAX_NAME:
        raise _fail("routine.name", f"expected text of at most {MAX_NAME} characters")
    return name.strip()


def _rest(routine: Mapping[str, Any]) -> int | None:
    rest = routine.get("rest_s")
    if rest is None:
        return None
    low, high = REST_LIMITS
    if isinstance(rest, bool) or not isinstance(rest, int) or not low <= rest <= high:
        raise _fail("routine.rest_s", f"expected a whole number {low}..{high}")
    return rest


def _exercises(data: Mapping[str, Any], builtin: Catalog, source: str) -> tuple[Exercise, ...]:
    tables = data.get("exercise", [])
    if not isinstance(tables, list):
        raise _fail("exercise", "expected [[exercise]] tables")
    if len(tables) > MAX_EXERCISES:
        raise _fail("exercise", f"more than {MAX_EXERCISES} exercises")
    try:
        exercises = tuple(parse_exercise(source, i, t, builtin) for i, t in enumerate(tables))
    except CatalogError as exc:
        raise RoutineFileError(str(exc).removeprefix(f"{source}: ")) from None
    ids = [e.id for e in exercises]
    for exercise_id in ids:
        if ids.count(exercise_id) > 1:
            raise _fail(f"exercise {exercise_id!r}: field 'id'", "used twice")
    return exercises


def _pictures(data: Mapping[str, Any], exercises: Sequence[Exercise]) -> dict[str, bytes]:
    table = data.get("pictures", {})
    if not isinstance(table, dict):
        raise _fail("pictures", "expected a [pictures] table")
    pictures = {}
    for name, encoded in table.items():
        where = f"pictures.{name[:60]!r}"
        if not isinstance(encoded, str):
            raise _fail(where, "expected the picture as base64 text")
        if len(encoded) > MAX_PICTURE_BYTES * 4 // 3 + 8:
            raise _fail(where, f"larger than {MAX_PICTURE_BYTES // (1024 * 1024)} MB")
        try:
            raw = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise _fail(where, "not valid base64") from None
        if problem := picture_problem(name, raw):
            raise _fail(where, problem)
        pictures[name] = raw
    for exercise in exercises:
        own_file = exercise.picture and not exercise.picture.startswith(BUILTIN_PICTURE)
        if own_file and exercise.picture not in pictures:
            raise _fail(f"exercise {exercise.id!r}: field 'picture'", "not in [pictures]")
    return pictures


def parse(content: bytes, builtin: Catalog, source: str = "routine file") -> RoutineFile:
    """A checked routine, or RoutineFileError naming the field and the reason."""
    if len(content) > MAX_FILE_BYTES:
        raise _fail("file", f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    try:
        data = tomllib.loads(content.decode("utf-8"))
    except UnicodeDecodeError:
        raise _fail("file", "not a text file (UTF-8)") from None
    except tomllib.TOMLDecodeError as exc:
        raise _fail("file", f"not valid TOML ({exc})") from None
    except RecursionError:
        raise _fail("file", "nested too deeply") from None
    routine = _routine_table(data)
    exercises = _exercises(data, builtin, source)
    ids = routine.get("exercises")
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
        raise _fail("routine.exercises", "expected a list of exercise ids")
    known = {*builtin.ids, *(e.id for e in exercises)}
    for exercise_id in ids:
        if exercise_id not in known:
            raise _fail("routine.exercises", f"{exercise_id[:50]!r} is not defined in the file")
    if len(set(ids)) != len(ids):
        raise _fail("routine.exercises", "an exercise is listed twice")
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
