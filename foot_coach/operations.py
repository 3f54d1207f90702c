"""What a person does with their history: each action is one small function that calls the
store and then tells the page to redraw. File choices come from Qt dialogs here, so pages
only emit signals."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from foot_coach import APP_NAME, i18n
from foot_coach.i18n import tr
from foot_coach.report import write_report
from foot_coach.store import backup, log, queries
from foot_coach.store.db import Store
from foot_coach.store.errors import StoreError

if TYPE_CHECKING:
    from foot_coach.app import Coach


def _stamp(coach: Coach) -> str:
    from foot_coach.app import local_now

    return local_now().strftime("%Y%m%d-%H%M%S")


def _tell(coach: Coach, text: str, warn: bool = False) -> None:
    if warn:
        QMessageBox.warning(coach.window, APP_NAME, text)
    else:
        QMessageBox.information(coach.window, APP_NAME, text)


def annotate(coach: Coach, session_id: int, note: str) -> None:
    log.annotate_session(coach.store.conn, session_id, note)
    coach.history.mark_stale()


def delete(coach: Coach, session_id: int) -> None:
    log.delete_session(coach.store.conn, session_id)
    coach.history.mark_stale()


def export_csv(coach: Coach) -> None:
    folder = QFileDialog.getExistingDirectory(coach.window, tr("Export to folder"), documents())
    if folder:
        try:
            files = backup.export_csv(coach.store.conn, Path(folder))
        except OSError as exc:
            _tell(coach, tr("Could not write to %1: %2").replace("%1", folder)
                  .replace("%2", exc.strerror or str(exc)), warn=True)  # fmt: skip
            return
        names = ", ".join(f.name for f in files)
        _tell(coach, tr("Saved %1 in %2.").replace("%1", names).replace("%2", folder))


def documents() -> str:
    """Where a person keeps their own files: exports start there, not in the app's folder."""
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def make_backup(coach: Coach) -> None:
    name = f"foot-coach-backup-{_stamp(coach)}.sqlite3"
    target, _ = QFileDialog.getSaveFileName(
        coach.window, tr("Back up history"), str(coach.paths.backups_dir / name)
    )
    if target:
        backup.backup_to(coach.store.conn, Path(target))
        _tell(coach, tr("Your history was copied to %1.").replace("%1", target))


def restore(coach: Coach) -> None:
    chosen, _ = QFileDialog.getOpenFileName(
        coach.window, tr("Restore history"), str(coach.paths.backups_dir)
    )
    if chosen:
        restore_file(coach, chosen)


def restore_file(coach: Coach, chosen: str) -> bool:
    """Check, keep the current file, swap, reopen. A bad file changes nothing."""
    try:
        backup.check_backup(Path(chosen))
    except StoreError as exc:
        _tell(coach, i18n.explain(exc), warn=True)
        return False
    keep = coach.paths.backups_dir / f"before-restore-{_stamp(coach)}.sqlite3"
    coach.store.close()
    try:
        backup.restore_from(coach.paths.database, Path(chosen), keep)
    finally:
        coach.store = Store.open(coach.paths.database, coach.paths.backups_dir)
    coach.history.mark_stale()
    return True


def report(coach: Coach) -> None:
    from foot_coach.app import local_now

    name = f"foot-coach-report-{local_now():%Y-%m-%d}.pdf"
    target, _ = QFileDialog.getSaveFileName(
        coach.window, tr("Save report"), str(Path(documents()) / name)
    )
    if target:
        snap = coach.history.snapshot or coach.history_snapshot(coach.history.range.currentData())
        changes = queries.prescription_history(coach.store.conn, snap.start, snap.end)
        names = coach.catalog.names()
        write_report(Path(target), snap, local_now().date(), names, changes)
        _tell(coach, tr("The report was saved as %1.").replace("%1", target))


def wire_history(coach: Coach) -> None:
    page = coach.history
    page.sig_annotate.connect(lambda sid, note: annotate(coach, sid, note))
    page.sig_delete.connect(lambda sid: delete(coach, sid))
    page.sig_export_csv.connect(lambda: export_csv(coach))
    page.sig_backup.connect(lambda: make_backup(coach))
    page.sig_restore.connect(lambda: restore(coach))
    page.sig_report.connect(lambda: report(coach))
