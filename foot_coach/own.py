"""Wiring for own exercises and routine files: editor, copy, delete, import and export.

Rules live in core (catalog, routine_file); storage in own_exercises; this module connects the
Routine page's buttons to them and rebuilds the pages when the catalogue changes.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QMessageBox

from foot_coach import APP_NAME, coaching, i18n, preferences
from foot_coach.core import routine_file
from foot_coach.core.catalog import (
    BUILTIN_PICTURE,
    Counting,
    Exercise,
    Posture,
    Prescription,
    Side,
    parse_exercise,
)
from foot_coach.core.words import where
from foot_coach.i18n import tr
from foot_coach.own_exercises import OwnExercises, OwnExercisesError, free_id, rename_pictures
from foot_coach.ui import illustration

if TYPE_CHECKING:
    from foot_coach.app import Coach
    from foot_coach.ui.exercise_editor import ExerciseEditor

LOG = logging.getLogger("foot_coach")
SOURCE = "own exercise"


def wire_own(coach: Coach) -> None:
    page = coach.routine_page
    page.sig_new.connect(lambda: edit(coach, None))
    page.sig_edit.connect(lambda exercise_id: exercise_id and edit(coach, exercise_id))
    page.sig_copy.connect(lambda exercise_id: exercise_id and copy(coach, exercise_id))
    page.sig_delete.connect(lambda exercise_id: exercise_id and delete(coach, exercise_id))
    page.sig_import.connect(lambda: choose_import(coach))
    page.sig_export.connect(lambda: choose_export(coach))


def pictures(coach: Coach) -> dict[str, str | Path]:
    """Own exercise id -> the built-in it borrows pictures from, or its picture file."""
    out: dict[str, str | Path] = {}
    for exercise in (*coach.catalog.exercises, *coach.catalog.retired):
        if not exercise.own:
            continue
        if exercise.picture.startswith(BUILTIN_PICTURE) or not exercise.picture:
            out[exercise.id] = exercise.picture.removeprefix(BUILTIN_PICTURE)
        else:
            out[exercise.id] = coach.paths.pictures_dir / exercise.picture
    return out


def apply_catalog(coach: Coach) -> None:
    """Show the built-in and own exercises everywhere after any change."""
    coach.catalog = coach.builtin.with_own(coach.own.value.active, coach.own.value.retired)
    illustration.set_own_pictures(pictures(coach))
    coach.exercises.set_catalog(coach.catalog, {})  # the amounts follow, from one query
    coach.routine_page.set_catalog(coach.catalog)
    coach.history.names = coach.catalog.names()
    coach.history.mark_stale()
    preferences.show_prescriptions(coach)


def blank() -> Exercise:
    return Exercise(
        id="",
        name="",
        posture=Posture.SEATED,
        counting=Counting.HOLD_REPS,
        sides=(Side.BOTH,),
        directions=(),
        summary="",
        steps=(),
        feel="",
        mistakes=(),
        safety="",
        prescription=Prescription(10, hold_s=5, release_s=5),
        count_range=(10, 15),
        own=True,
    )


def _taken(coach: Coach) -> set[str]:
    return {*coach.builtin.ids, *coach.own.value.ids()}


def open_editor(coach: Coach, start: Exercise, new: bool) -> ExerciseEditor:
    from foot_coach.ui.exercise_editor import ExerciseEditor  # not needed before first use

    def check(table: dict[str, Any]) -> Exercise:
        if new:
            table = table | {"id": free_id(str(table.get("name", "")), _taken(coach))}
        return parse_exercise(SOURCE, 0, table, coach.builtin)

    def store_picture(path: str) -> str:
        source = Path(path)
        if source.stat().st_size > routine_file.MAX_PICTURE_BYTES:  # never read a huge file
            too_big = routine_file.larger_than(routine_file.MAX_PICTURE_BYTES)
            raise ValueError(where(source.name, too_big))
        return coach.own.add_picture(source.name, source.read_bytes())

    names = {e.id: e.name for e in coach.builtin.exercises}
    editor = ExerciseEditor(start, names, check, store_picture, coach.window)
    editor.finished.connect(lambda result: result and save(coach, editor.exercise, start))
    editor.open()
    return editor


def edit(coach: Coach, exercise_id: str | None) -> ExerciseEditor:
    if exercise_id is None:
        return open_editor(coach, blank(), new=True)
    return open_editor(coach, coach.catalog.get(exercise_id), new=False)


def copy(coach: Coach, exercise_id: str) -> ExerciseEditor:
    """Any exercise, built-in or own, as the start of a new own one."""
    original = coach.catalog.get(exercise_id)
    picture = original.picture if original.own else f"{BUILTIN_PICTURE}{original.id}"
    name = tr("%1 (my version)").replace("%1", original.name)
    start = replace(original, name=name[:80], picture=picture, own=True)
    return open_editor(coach, start, new=True)


def _store(coach: Coach, own: OwnExercises) -> bool:
    try:
        coach.own.save(own)
    except OwnExercisesError as exc:
        QMessageBox.warning(coach.window, APP_NAME, i18n.explain(exc))
        return False
    return True


def save(coach: Coach, exercise: Exercise | None, start: Exercise) -> None:
    if exercise is None or not _store(coach, coach.own.value.put(exercise)):
        return
    LOG.info("saved own exercise %s", exercise.id)
    if exercise.prescription != start.prescription or not start.id:
        # The amount typed in the editor is what the next session uses.
        reason = "changed in the exercise editor"
        coaching.record(coach, exercise.id, exercise.prescription, "reset", reason)
    apply_catalog(coach)


def delete(coach: Coach, exercise_id: str) -> QMessageBox | None:
    exercise = coach.catalog.get(exercise_id)
    if not exercise.own:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Question, APP_NAME,
        tr(
            "Delete “%1”? It leaves your routine; what you have done of it stays in your history."
        ).replace("%1", exercise.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, coach.window,
    )  # fmt: skip
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.finished.connect(
        lambda result: result == QMessageBox.StandardButton.Yes and retire(coach, exercise_id)
    )
    box.open()
    return box


def retire(coach: Coach, exercise_id: str) -> None:
    if not _store(coach, coach.own.value.retire(exercise_id)):
        return
    routine = tuple(i for i in coach.keeper.value.routine if i != exercise_id)
    preferences.change(coach, routine=routine or coach.builtin.ids)
    LOG.info("deleted own exercise %s (history kept)", exercise_id)
    apply_catalog(coach)


# --- routine files ---------------------------------------------------------------------------
def export_routine(coach: Coach, target: Path) -> None:
    ids = coach.routine_ids()
    own = [e for e in coach.catalog.exercises if e.own and e.id in ids]
    files = {e.picture for e in own if e.picture and not e.picture.startswith(BUILTIN_PICTURE)}
    chosen = routine_file.RoutineFile(
        name=tr("My Foot Coach routine"),
        exercise_ids=ids,
        exercises=tuple(own),
        pictures={name: (coach.paths.pictures_dir / name).read_bytes() for name in files},
        rest_s=coach.keeper.value.rest_s,
    )
    target.write_text(routine_file.dumps(chosen), encoding="utf-8")


def choose_export(coach: Coach) -> None:
    path, _ = QFileDialog.getSaveFileName(
        coach.window, tr("Export this routine"),
        str(Path.home() / "foot-coach-routine.toml"),
        tr("Foot Coach routine (*.toml)"),
    )  # fmt: skip
    if not path:
        return
    try:
        export_routine(coach, Path(path))
    except OSError as exc:
        text = tr("The routine could not be written to %1: %2")
        QMessageBox.warning(
            coach.window, APP_NAME, text.replace("%1", path).replace("%2", str(exc.strerror))
        )
        return
    preferences.tell(coach, None)
    coach.routine_page.message.setText(
        tr("Exported to %1. Give this file to whoever should have it.").replace("%1", path)
    )


def read_routine(coach: Coach, source: Path) -> routine_file.RoutineFile:
    """A checked routine file; RoutineFileError (or OSError) when it cannot be used."""
    with source.open("rb") as handle:
        content = handle.read(routine_file.MAX_FILE_BYTES + 1)
    return routine_file.parse(content, coach.builtin, source.name)


def preview_text(coach: Coach, chosen: routine_file.RoutineFile) -> str:
    existing = coach.own.value.ids()
    known = {e.id: e for e in chosen.exercises}
    lines = []
    for exercise_id in chosen.exercise_ids:
        if exercise_id in known:
            what = tr("changes your own") if exercise_id in existing else tr("new")
            lines.append(f"• {known[exercise_id].name} ({what})")
        else:
            lines.append(f"• {coach.builtin.get(exercise_id).name}")
    head = tr("This routine file holds:") if not chosen.name else chosen.name
    tail = tr("Add it and make it your routine?")
    return "\n".join([head, "", *lines, "", tail])


def choose_import(coach: Coach) -> QMessageBox | None:
    path, _ = QFileDialog.getOpenFileName(
        coach.window, tr("Import a routine"), str(Path.home()),
        tr("Foot Coach routine (*.toml)"),
    )  # fmt: skip
    return preview_import(coach, Path(path)) if path else None


def preview_import(coach: Coach, source: Path) -> QMessageBox:
    """Read and check the file, then ask; nothing is added until the person says yes."""
    try:
        chosen = read_routine(coach, source)
    except (OSError, routine_file.RoutineFileError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else i18n.explain(exc)
        text = tr("%1 cannot be used, and nothing was changed.\n\n%2")
        box = QMessageBox(
            QMessageBox.Icon.Warning, APP_NAME,
            text.replace("%1", source.name).replace("%2", str(reason)), parent=coach.window,
        )  # fmt: skip
        box.open()
        return box
    box = QMessageBox(
        QMessageBox.Icon.Question, APP_NAME, preview_text(coach, chosen),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, coach.window,
    )  # fmt: skip
    box.finished.connect(
        lambda result: result == QMessageBox.StandardButton.Yes and apply_import(coach, chosen)
    )
    box.open()
    return box


def apply_import(coach: Coach, chosen: routine_file.RoutineFile) -> bool:
    try:
        names = coach.own.add_pictures(chosen.pictures)
    except (OwnExercisesError, ValueError) as exc:
        QMessageBox.warning(coach.window, APP_NAME, i18n.explain(exc))
        return False
    own = coach.own.value
    for exercise in rename_pictures(chosen.exercises, names):
        own = own.put(exercise)
    if not _store(coach, own):
        return False
    for exercise in chosen.exercises:
        reason = "imported from a routine file"
        coaching.record(coach, exercise.id, exercise.prescription, "reset", reason)
    changes: dict[str, Any] = {"routine": chosen.exercise_ids}
    if chosen.rest_s is not None:
        changes["rest_s"] = chosen.rest_s
    preferences.change(coach, **changes)
    LOG.info("imported a routine of %d exercises", len(chosen.exercise_ids))
    apply_catalog(coach)
    return True
