"""Own exercises: write a new one, change or copy one, delete one (its history stays).

Rules live in core.catalog; the file in store.own_exercises; this module connects the Routine
page's buttons to them and shows the new catalogue everywhere after a change.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

from foot_coach.actions import coaching, history, settings
from foot_coach.actions.context import Context
from foot_coach.actions.messages import ask, warn
from foot_coach.core.catalog import (
    BUILTIN_PICTURE,
    Counting,
    Exercise,
    Posture,
    Prescription,
    Side,
    parse_exercise,
)
from foot_coach.core.progression import EDITED, Source
from foot_coach.core.record import replace
from foot_coach.core.words import fill, where
from foot_coach.store.own_exercises import OwnExercises, OwnExercisesError, free_id
from foot_coach.system import i18n
from foot_coach.system.i18n import tr
from foot_coach.ui import illustration

if TYPE_CHECKING:
    from foot_coach.ui.exercise_editor import ExerciseEditor

LOG = logging.getLogger("foot_coach")
SOURCE = "own exercise"


def wire(ctx: Context) -> None:
    ctx.pages.when_made("routine", lambda: connect(ctx))


def connect(ctx: Context) -> None:
    page = ctx.pages.routine
    page.sig_new.connect(lambda: edit(ctx, None))
    page.sig_edit.connect(lambda exercise_id: exercise_id and edit(ctx, exercise_id))
    page.sig_copy.connect(lambda exercise_id: exercise_id and copy(ctx, exercise_id))
    page.sig_delete.connect(lambda exercise_id: exercise_id and delete(ctx, exercise_id))


def apply_catalog(ctx: Context) -> None:
    """Show the built-in and own exercises everywhere after any change."""
    illustration.set_own_pictures(ctx.own.picture_sources())
    pages = ctx.pages  # a page not made yet is made with the catalogue as it is then

    def rename_history() -> None:
        pages.history.names = ctx.catalog.names()

    pages.if_made("exercises", lambda: pages.exercises.set_catalog(ctx.catalog, {}))
    pages.if_made("routine", lambda: pages.routine.set_catalog(ctx.catalog))
    pages.if_made("history", rename_history)
    history.changed(ctx)
    coaching.show_amounts(ctx)  # the amounts follow, from one query


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


def _taken(ctx: Context) -> set[str]:
    return {*ctx.builtin.ids, *ctx.own.value.ids()}


def open_editor(ctx: Context, start: Exercise, new: bool) -> ExerciseEditor:
    from foot_coach.ui.exercise_editor import ExerciseEditor  # not needed before first use

    def check(table: dict[str, Any]) -> Exercise:
        if new:
            table = table | {"id": free_id(str(table.get("name", "")), _taken(ctx))}
        return parse_exercise(SOURCE, 0, table, ctx.builtin)

    def store_picture(path: str) -> str:
        from foot_coach.core import routine_file

        source = Path(path)
        if source.stat().st_size > routine_file.MAX_PICTURE_BYTES:  # never read a huge file
            too_big = routine_file.larger_than(routine_file.MAX_PICTURE_BYTES)
            raise ValueError(where(source.name, too_big))
        return ctx.own.add_picture(source.name, source.read_bytes())

    names = {e.id: e.name for e in ctx.builtin.exercises}
    editor = ExerciseEditor(start, names, check, store_picture, ctx.window)
    editor.finished.connect(lambda result: result and save(ctx, editor.exercise, start))
    editor.open()
    return editor


def edit(ctx: Context, exercise_id: str | None) -> ExerciseEditor:
    if exercise_id is None:
        return open_editor(ctx, blank(), new=True)
    return open_editor(ctx, ctx.catalog.get(exercise_id), new=False)


def copy(ctx: Context, exercise_id: str) -> ExerciseEditor:
    """Any exercise, built-in or own, as the start of a new own one."""
    original = ctx.catalog.get(exercise_id)
    picture = original.picture if original.own else f"{BUILTIN_PICTURE}{original.id}"
    name = fill(tr("%1 (my version)"), original.name)
    start = replace(original, name=name[:80], picture=picture, own=True)
    return open_editor(ctx, start, new=True)


def keep(ctx: Context, own: OwnExercises) -> bool:
    """Save the own exercises; False, and the person told, when the file cannot be written."""
    try:
        ctx.own.save(own)
    except OwnExercisesError as exc:
        warn(ctx.window, i18n.explain(exc))
        return False
    return True


def save(ctx: Context, exercise: Exercise | None, start: Exercise) -> None:
    if exercise is None or not keep(ctx, ctx.own.value.put(exercise)):
        return
    LOG.info("saved own exercise %s", exercise.id)
    if exercise.prescription != start.prescription or not start.id:
        # The amount typed in the editor is what the next session uses.
        coaching.record(ctx, exercise.id, exercise.prescription, Source.RESET, EDITED)
    apply_catalog(ctx)


def delete(ctx: Context, exercise_id: str) -> QMessageBox | None:
    exercise = ctx.catalog.get(exercise_id)
    if not exercise.own:
        return None
    text = tr(
        "Delete “%1”? It leaves your routine; what you have done of it stays in your history."
    )
    return ask(
        ctx.window, fill(text, exercise.name), lambda: retire(ctx, exercise_id), yes_first=False
    )


def retire(ctx: Context, exercise_id: str) -> None:
    if not keep(ctx, ctx.own.value.retire(exercise_id)):
        return
    routine = tuple(i for i in ctx.settings.value.routine if i != exercise_id)
    settings.change(ctx, routine=routine or ctx.builtin.ids)
    LOG.info("deleted own exercise %s (history kept)", exercise_id)
    apply_catalog(ctx)
