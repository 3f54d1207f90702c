"""The person's own exercises: one TOML file and a pictures folder in the data folder.

Read leniently: an exercise that cannot be read is left out with a warning that names it, and
the file is copied aside before it is ever rewritten, so nothing typed in is lost. Written
atomically. A deleted exercise is kept as "retired" so its history keeps its name.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from foot_coach.core import toml_read, toml_text
from foot_coach.core.catalog import (
    BUILTIN_PICTURE,
    Catalog,
    CatalogError,
    Exercise,
    parse_exercise,
)
from foot_coach.core.record import record, replace
from foot_coach.core.words import QT_TR_NOOP, Words, where, words_of
from foot_coach.store import atomic
from foot_coach.store.errors import reason

FORMAT = "foot-coach-own-exercises"
VERSION = 1


class OwnExercisesError(OSError):
    """The file or a picture could not be written; the message names the file."""


@record
class OwnExercises:
    active: tuple[Exercise, ...] = ()
    retired: tuple[Exercise, ...] = ()

    def ids(self) -> set[str]:
        return {e.id for e in (*self.active, *self.retired)}

    def put(self, exercise: Exercise) -> OwnExercises:
        """Add or replace by id (a retired one with the same id comes back)."""
        active = [e for e in self.active if e.id != exercise.id]
        index = next((i for i, e in enumerate(self.active) if e.id == exercise.id), len(active))
        active.insert(index, exercise)
        return OwnExercises(tuple(active), tuple(e for e in self.retired if e.id != exercise.id))

    def retire(self, exercise_id: str) -> OwnExercises:
        gone = tuple(e for e in self.active if e.id == exercise_id)
        kept = tuple(e for e in self.active if e.id != exercise_id)
        return OwnExercises(kept, (*self.retired, *gone))


def free_id(name: str, taken: set[str]) -> str:
    """An id made from a name, unused so far: "Calf stretch" -> "calf-stretch", "-2", ..."""
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:34] or "exercise"
    base = base if len(base) >= 3 else f"my-{base}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def parse(text: str, builtin: Catalog, source: str) -> tuple[OwnExercises, list[Words]]:
    try:
        data = toml_read.loads(text)
    except toml_read.TomlError as exc:
        problem = QT_TR_NOOP("%1: %2; no own exercises read")
        return OwnExercises(), [Words(problem, source, exc.words)]
    warnings: list[Words] = []
    active: list[Exercise] = []
    retired: list[Exercise] = []
    seen: set[str] = set()
    tables = data.get("exercise", [])
    for index, table in enumerate(tables if isinstance(tables, list) else []):
        try:
            exercise = parse_exercise(source, index, table, builtin)
        except CatalogError as exc:
            warnings.append(Words(QT_TR_NOOP("%1; this exercise was left out"), words_of(exc)))
            continue
        if exercise.id in seen:
            twice = QT_TR_NOOP("%1: exercise %2 appears twice; kept the first")
            warnings.append(Words(twice, source, repr(exercise.id)))
            continue
        seen.add(exercise.id)
        (retired if table.get("retired") is True else active).append(exercise)
    return OwnExercises(tuple(active), tuple(retired)), warnings


def dumps(own: OwnExercises) -> str:
    from foot_coach.core.routine_file import exercise_table  # only when saving, not at start

    tables: list[dict[str, Any]] = [exercise_table(e) for e in own.active]
    tables += [exercise_table(e) | {"retired": True} for e in own.retired]
    document: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    if tables:
        document["exercise"] = tables
    return toml_text.dumps(
        document, "Your own Foot Coach exercises. Foot Coach rewrites this file when you edit."
    )


class OwnExercisesFile:
    """Loads and saves own exercises and copies their pictures into the data folder.

    `catalog` is always the built-in exercises with the own ones as last loaded or saved: the
    one catalogue the rest of the app shows.
    """

    def __init__(self, path: Path, pictures_dir: Path, builtin: Catalog) -> None:
        self.path, self.pictures_dir, self.builtin = path, pictures_dir, builtin
        self.value = OwnExercises()
        self.catalog = builtin

    def _set(self, own: OwnExercises) -> None:
        self.value = own
        self.catalog = self.builtin.with_own(own.active, own.retired)

    def load(self, stamp: str) -> list[Words]:
        try:
            raw = self.path.read_bytes()
            own, warnings = parse(raw.decode("utf-8"), self.builtin, str(self.path))
            self._set(own)
        except FileNotFoundError:
            return []
        except (OSError, UnicodeDecodeError) as exc:
            return [Words(QT_TR_NOOP("could not read %1: %2"), self.path, exc)]
        if warnings:
            # Kept before any rewrite, so a typo made by hand can be mended from the copy.
            copy = self.path.with_name(f"{self.path.name}.bak-{stamp}")
            try:
                copy.write_bytes(raw)
            except OSError as exc:  # a full disk: say so; the file itself is untouched
                with contextlib.suppress(OSError):  # a part written; a read-only disk has none
                    copy.unlink(missing_ok=True)
                problem = QT_TR_NOOP("A copy could not be kept as %1: %2")
                warnings.append(Words(problem, copy, reason(exc)))
        return warnings

    def save(self, own: OwnExercises) -> None:
        try:
            atomic.write(self.path, dumps(own).encode("utf-8"))
        except OSError as exc:
            problem = QT_TR_NOOP("Your own exercises could not be saved to %1: %2")
            raise OwnExercisesError(Words(problem, self.path, reason(exc))) from exc
        self._set(own)

    def picture_sources(self) -> dict[str, str | Path]:
        """Own exercise id -> the built-in it borrows pictures from, or its picture file."""
        out: dict[str, str | Path] = {}
        for exercise in (*self.catalog.exercises, *self.catalog.retired):
            if not exercise.own:
                continue
            if exercise.picture.startswith(BUILTIN_PICTURE) or not exercise.picture:
                out[exercise.id] = exercise.picture.removeprefix(BUILTIN_PICTURE)
            else:
                out[exercise.id] = self.pictures_dir / exercise.picture
        return out

    def add_picture(self, suggested: str, data: bytes) -> str:
        """Store a checked picture under a name derived from its content; return the name."""
        import hashlib  # only when a picture is added, not at every start

        from foot_coach.core.routine_file import picture_problem

        kind = suggested.rsplit(".", 1)[-1].lower() if "." in suggested else ""
        stem = re.sub(r"[^A-Za-z0-9_-]+", "-", suggested.rsplit(".", 1)[0]).strip("-_")[:40]
        digest = hashlib.sha256(data).hexdigest()[:10]
        stem = stem.removesuffix(f"-{digest}")  # a picture that went out and came back
        name = f"{stem or 'picture'}-{digest}.{kind}"
        if problem := picture_problem(name, data):
            raise ValueError(where(suggested, problem))
        target = self.pictures_dir / name
        if not target.exists():
            try:
                atomic.write(target, data)
            except OSError as exc:
                text = QT_TR_NOOP("The picture could not be saved to %1: %2")
                raise OwnExercisesError(Words(text, target, reason(exc))) from exc
        return name

    def add_pictures(self, pictures: Mapping[str, bytes]) -> dict[str, str]:
        """Store each picture; map the name in the file to the name it is kept under."""
        return {name: self.add_picture(name, data) for name, data in pictures.items()}


def rename_pictures(exercises: Sequence[Exercise], names: Mapping[str, str]) -> list[Exercise]:
    return [replace(e, picture=names.get(e.picture, e.picture)) for e in exercises]
