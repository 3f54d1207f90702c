"""What a person does with their history: each action is one small function that calls the
store and then tells the page to redraw. File choices come from Qt dialogs here, so pages
only emit signals."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from contextlib import suppress
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from foot_coach.actions.context import Context
from foot_coach.actions.messages import history_written, inform_saved, notice, warn, why
from foot_coach.core.words import fill
from foot_coach.store import log
from foot_coach.store.errors import StoreError
from foot_coach.system import i18n
from foot_coach.system.clock import local_now, stamp
from foot_coach.system.i18n import tr
from foot_coach.ui import warm

LOG = logging.getLogger("foot_coach")

if TYPE_CHECKING:  # loaded with the History page or the file actions, not at start
    from foot_coach.core.stats import Range
    from foot_coach.store.queries import Snapshot
    from foot_coach.ui.file_dialog import FileKind
    from foot_coach.ui.report import Extras


def wire(ctx: Context) -> None:
    ctx.pages.when_made("history", lambda: connect(ctx))
    ctx.window.sig_nav_near.connect(lambda key: key == "history" and warm.charts_in_background())


def connect(ctx: Context) -> None:
    page = ctx.pages.history
    page.sig_annotate.connect(lambda sid, note: annotate(ctx, sid, note))
    page.sig_delete.connect(lambda sid: delete(ctx, sid))
    page.sig_export_csv.connect(lambda: export_csv(ctx))
    page.sig_backup.connect(lambda: make_backup(ctx))
    page.sig_restore.connect(lambda: restore(ctx))
    page.sig_report.connect(lambda: report(ctx))


def changed(ctx: Context) -> None:
    """The history was written: the History page redraws (one not made yet reads it anew)."""
    ctx.pages.if_made("history", lambda: ctx.pages.history.mark_stale())


def put_back(ctx: Context) -> None:
    """A history file deleted or replaced while the app runs is written back, and the person
    told: a session went on into a file no folder showed, lost with everything before it at
    quit. The box waits for no answer: a session stopped to quit (at logout) comes here."""
    try:
        kept = ctx.store.put_back(stamp())
    except StoreError as exc:
        LOG.warning("the history file went and cannot be put back: %s", exc)
        notice(ctx.window, i18n.explain(exc))
        return
    if kept is None:
        return
    LOG.warning("the history file went while open: written back (%s)", kept)
    text = tr(
        "The history file %1 was deleted while Foot Coach was open. Everything in it has "
        "been written back, and nothing is lost. To remove your history, quit Foot Coach "
        "first."
    ) if kept == ctx.store.path else tr(
        "The history file %1 was replaced by another file while Foot Coach was open. Your "
        "history has been written back, and nothing is lost; the other file is kept as %2."
    )  # fmt: skip
    notice(ctx.window, fill(text, ctx.store.path, kept))


def snapshot(ctx: Context, chosen: Range) -> Snapshot:
    """What the History page draws for the chosen range."""
    from foot_coach.core.stats import range_start, week_start
    from foot_coach.store import queries

    today = local_now().date()
    start = range_start(chosen, today, queries.first_day(ctx.store.conn))
    return queries.snapshot(
        ctx.store.conn, start, today, week_start(today), date(today.year, 1, 1),
        tuple(ctx.catalog.names()),
    )  # fmt: skip


def annotate(ctx: Context, session_id: int, note: str) -> None:
    if history_written(ctx, lambda: log.annotate_session(ctx.store.conn, session_id, note)):
        changed(ctx)


def delete(ctx: Context, session_id: int) -> None:
    if history_written(ctx, lambda: log.delete_session(ctx.store.conn, session_id)):
        changed(ctx)


def export_csv(ctx: Context) -> None:
    from foot_coach.ui import file_dialog  # Qt's file dialog types: not made at start

    chosen = file_dialog.choose_folder(ctx.window, tr("Export to folder"), documents())
    if chosen:
        from foot_coach.store import backup

        # A folder of its own: written loose into the documents folder, the four files (named
        # sessions.csv and the like) replaced any of the person's own files of those names.
        folder = str(Path(chosen) / f"foot-coach-export-{stamp()}")

        try:
            files = backup.export_csv(ctx.store.conn, Path(folder))
        except OSError as exc:
            warn(ctx.window, fill(tr("Could not write to %1: %2"), folder, why(exc)))
            return
        names = ", ".join(f.name for f in files)
        inform_saved(
            ctx.window, fill(tr("Saved %1 in %2."), names, folder), folder, tr("Open the folder")
        )


def documents() -> str:
    """Where a person keeps their own files: exports start there, not in the app's folder.
    Without one, the home folder: Qt's dialog opened where the app was started, with the whole
    missing path typed in as the file's name."""
    from PySide6.QtCore import QDir, QStandardPaths  # their types made when first asked

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if Path(found).is_dir() else QDir.homePath()


def backups_folder(ctx: Context) -> Path:
    """Made if need be: a folder not there yet opened the dialog one level up, in the app's
    data folder, with "backups" typed in as the file's name."""
    # If it cannot be made, the dialog opens one level up and a save there says what is wrong.
    with suppress(OSError):
        ctx.paths.backups_dir.mkdir(parents=True, exist_ok=True)
    return ctx.paths.backups_dir


def make_backup(ctx: Context) -> None:
    from foot_coach.ui import file_dialog

    name = f"foot-coach-backup-{stamp()}.sqlite3"
    target = file_dialog.save_file(
        ctx.window, tr("Back up history"), str(backups_folder(ctx) / name), backups()
    )
    if target:
        from foot_coach.store import backup

        if written(ctx, target, lambda: backup.backup_to(ctx.store.conn, Path(target))):
            # The copy is mostly wanted elsewhere (a USB stick, another computer): its folder
            # is one press away.
            text = fill(tr("Your history was copied to %1."), target)
            inform_saved(ctx.window, text, str(Path(target).parent), tr("Open the folder"))


def backups() -> FileKind:
    from foot_coach.ui.file_dialog import FileKind

    return FileKind(tr("Foot Coach backups"), "sqlite3")


def written(ctx: Context, target: str, write: Callable[[], object]) -> bool:
    """Write the file the person chose; a place that cannot take it (a folder not theirs, a
    full disk) is named in a box, and the history itself is untouched."""
    try:
        write()
    except (OSError, sqlite3.Error) as exc:
        warn(ctx.window, fill(tr("Could not write to %1: %2"), target, why(exc)))
        return False
    return True


def restore(ctx: Context) -> None:
    from foot_coach.ui import file_dialog

    chosen = file_dialog.open_file(
        ctx.window, tr("Restore history"), str(backups_folder(ctx)), backups()
    )
    if chosen:
        restore_file(ctx, chosen)


def restore_file(ctx: Context, chosen: str) -> bool:
    """Check and copy the backup, keep the current history, replace it on the same
    connection. A bad file changes nothing."""
    if ctx.runner.active():  # its next repetition would belong to no session
        warn(ctx.window, tr("Stop the session before restoring a backup."))
        return False
    from foot_coach.store.restore import restore_into

    keep = ctx.paths.backups_dir / f"before-restore-{stamp()}.sqlite3"
    try:
        restore_into(ctx.store.conn, ctx.paths.database, Path(chosen), keep)
    except StoreError as exc:
        warn(ctx.window, i18n.explain(exc))
        return False
    ctx.store.replaced()  # the recorder: its session was in the old history
    changed(ctx)
    return True


def report(ctx: Context) -> None:
    from foot_coach.ui import file_dialog

    name = f"foot-coach-report-{local_now():%Y-%m-%d}.pdf"
    pdf = file_dialog.FileKind(tr("PDF documents"), "pdf")
    target = file_dialog.save_file(
        ctx.window, tr("Save report"), str(Path(documents()) / name), pdf
    )
    if target:
        # Printing and PDF writing load now, on the one occasion they are needed, not at start.
        from foot_coach.ui.report import write_report

        page = ctx.pages.history
        snap = page.snapshot or snapshot(ctx, page.range.currentData())
        extras = report_extras(ctx, snap)
        names = ctx.catalog.names()
        today = local_now().date()
        if written(ctx, target, lambda: write_report(Path(target), snap, today, names, extras)):
            text = fill(tr("The report was saved as %1."), target)
            inform_saved(ctx.window, text, target, tr("Open the report"))


def report_extras(ctx: Context, snap: Snapshot) -> Extras:
    """The changes to each amount, today's amounts in the routine, pain by period."""
    from foot_coach.core import progression
    from foot_coach.store import report_queries
    from foot_coach.ui.report import Extras

    conn, exercises = ctx.store.conn, ctx.catalog.exercises
    now = progression.current(exercises, log.latest_prescriptions(conn))
    defaults = {e.id: e.prescription for e in exercises}
    return Extras(
        changes=report_queries.amount_changes(conn, snap.start, snap.end, defaults),
        exercises={e.id: e for e in exercises},
        now=[(ctx.catalog.get(i), now[i]) for i in ctx.routine_ids()],
        pain=report_queries.pain_table(conn, snap.start, snap.end),
    )
