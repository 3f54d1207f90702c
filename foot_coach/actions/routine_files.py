"""Routine files: hand a routine (with its own exercises and pictures) to someone else, and
take one in after a preview; nothing is added until the person says yes.

Rules live in core.routine_file; this module connects the Routine page's import and export
buttons to them.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

from foot_coach import APP_NAME
from foot_coach.actions import coaching, own_exercises, settings
from foot_coach.actions.context import Context
from foot_coach.actions.messages import ask, tell, warn, why
from foot_coach.core.catalog import BUILTIN_PICTURE
from foot_coach.core.progression import IMPORTED, Source
from foot_coach.core.words import fill
from foot_coach.store.own_exercises import OwnExercisesError, rename_pictures
from foot_coach.system import i18n
from foot_coach.system.i18n import tr

if TYPE_CHECKING:
    from foot_coach.core import routine_file

LOG = logging.getLogger("foot_coach")


def wire(ctx: Context) -> None:
    ctx.pages.when_made("routine", lambda: connect(ctx))


def connect(ctx: Context) -> None:
    ctx.pages.routine.sig_import.connect(lambda: choose_import(ctx))
    ctx.pages.routine.sig_export.connect(lambda: choose_export(ctx))


def export_routine(ctx: Context, target: Path) -> None:
    from foot_coach.core import routine_file  # the file format loads when first used

    ids = ctx.routine_ids()
    own = [e for e in ctx.catalog.exercises if e.own and e.id in ids]
    files = {e.picture for e in own if e.picture and not e.picture.startswith(BUILTIN_PICTURE)}
    chosen = routine_file.RoutineFile(
        name=tr("My Foot Coach routine"),
        exercise_ids=ids,
        exercises=tuple(own),
        pictures={name: (ctx.paths.pictures_dir / name).read_bytes() for name in files},
        rest_s=ctx.settings.value.rest_s,
    )
    target.write_text(routine_file.dumps(chosen), encoding="utf-8")


def choose_export(ctx: Context) -> None:
    from PySide6.QtWidgets import QFileDialog  # its type made when first asked, not at start

    path, _ = QFileDialog.getSaveFileName(
        ctx.window, tr("Export this routine"),
        str(Path.home() / "foot-coach-routine.toml"),
        tr("Foot Coach routine (*.toml)"),
    )  # fmt: skip
    if not path:
        return
    try:
        export_routine(ctx, Path(path))
    except OSError as exc:
        text = tr("The routine could not be written to %1: %2")
        warn(ctx.window, fill(text, path, why(exc)))
        return
    tell(ctx, None)
    ctx.pages.routine.message.setText(
        fill(tr("Exported to %1. Give this file to whoever should have it."), path)
    )


def read_routine(ctx: Context, source: Path) -> routine_file.RoutineFile:
    """A checked routine file; RoutineFileError (or OSError) when it cannot be used."""
    from foot_coach.core import routine_file

    with source.open("rb") as handle:
        content = handle.read(routine_file.MAX_FILE_BYTES + 1)
    return routine_file.parse(content, ctx.builtin, source.name)


def preview_text(ctx: Context, chosen: routine_file.RoutineFile) -> str:
    existing = ctx.own.value.ids()
    known = {e.id: e for e in chosen.exercises}
    lines = []
    for exercise_id in chosen.exercise_ids:
        if exercise_id in known:
            what = tr("changes your own") if exercise_id in existing else tr("new")
            lines.append(f"• {known[exercise_id].name} ({what})")
        else:
            lines.append(f"• {ctx.builtin.get(exercise_id).name}")
    head = tr("This routine file holds:") if not chosen.name else chosen.name
    tail = tr("Add it and make it your routine?")
    return "\n".join([head, "", *lines, "", tail])


def choose_import(ctx: Context) -> QMessageBox | None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(
        ctx.window, tr("Import a routine"), str(Path.home()),
        tr("Foot Coach routine (*.toml)"),
    )  # fmt: skip
    return preview_import(ctx, Path(path)) if path else None


def preview_import(ctx: Context, source: Path) -> QMessageBox:
    """Read and check the file, then ask; nothing is added until the person says yes."""
    from foot_coach.core import routine_file

    try:
        chosen = read_routine(ctx, source)
    except (OSError, routine_file.RoutineFileError) as exc:
        reason = why(exc) if isinstance(exc, OSError) else i18n.explain(exc)
        text = tr("%1 cannot be used, and nothing was changed.\n\n%2")
        box = QMessageBox(
            QMessageBox.Icon.Warning, APP_NAME,
            fill(text, source.name, str(reason)), parent=ctx.window,
        )  # fmt: skip
        box.open()
        return box
    return ask(ctx.window, preview_text(ctx, chosen), lambda: apply_import(ctx, chosen))


def apply_import(ctx: Context, chosen: routine_file.RoutineFile) -> bool:
    try:
        names = ctx.own.add_pictures(chosen.pictures)
    except (OwnExercisesError, ValueError) as exc:
        warn(ctx.window, i18n.explain(exc))
        return False
    own = ctx.own.value
    for exercise in rename_pictures(chosen.exercises, names):
        own = own.put(exercise)
    if not own_exercises.keep(ctx, own):
        return False
    for exercise in chosen.exercises:
        coaching.record(ctx, exercise.id, exercise.prescription, Source.RESET, IMPORTED)
    changes: dict[str, Any] = {"routine": chosen.exercise_ids}
    if chosen.rest_s is not None:
        changes["rest_s"] = chosen.rest_s
    settings.change(ctx, **changes)
    LOG.info("imported a routine of %d exercises", len(chosen.exercise_ids))
    own_exercises.apply_catalog(ctx)
    return True
