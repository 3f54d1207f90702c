"""The files a person saves end as what they hold: a report named "for my physio" in the save
dialog was written as a PDF with no ending, which another computer would not open as one. The
dialogs name the kind of file in the person's language, and a backup can still be restored
from a copy renamed by hand."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from foot_coach.actions import history
from foot_coach.ui import file_dialog

PDF = file_dialog.FileKind("PDF documents", "pdf")


def _answer(seen: list[list[str]], typed: str | None = None) -> None:
    """When the dialog opens: note the kinds it lists, then type a name and accept, or close."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen.append(dialog.nameFilters())
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        if typed is None or field is None:
            dialog.reject()
            return
        field.setText(typed)
        dialog.accept()

    QTimer.singleShot(0, look)


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("for my physio", "for my physio.pdf"),
        ("report.pdf", "report.pdf"),
        ("Report.PDF", "Report.PDF"),
    ],
)
def test_a_name_typed_without_its_ending_gets_it(qtbot, tmp_path: Path, typed, saved) -> None:
    seen: list[list[str]] = []
    _answer(seen, typed)
    chosen = file_dialog.save_file(None, "Save report", str(tmp_path / "report.pdf"), PDF)
    assert chosen == str(tmp_path / saved)
    assert seen == [["PDF documents (*.pdf)"]]


def test_any_file_can_still_be_opened(qtbot, tmp_path: Path) -> None:
    copy = tmp_path / "history copy from my sister"
    copy.write_bytes(b"")
    seen: list[list[str]] = []
    _answer(seen, copy.name)
    kind = file_dialog.FileKind("Foot Coach backups", "sqlite3")
    assert file_dialog.open_file(None, "Restore history", str(tmp_path), kind) == str(copy)
    assert seen == [["Foot Coach backups (*.sqlite3)", "All Files (*)"]]


ACTIONS: dict[str, Callable] = {
    "report": history.report,
    "backup": history.make_backup,
    "restore": history.restore,
}
KINDS = {
    "en": {
        "report": ["PDF documents (*.pdf)"],
        "backup": ["Foot Coach backups (*.sqlite3)"],
        "restore": ["Foot Coach backups (*.sqlite3)", "All Files (*)"],
    },
    "de": {
        "report": ["PDF-Dokumente (*.pdf)"],
        "backup": ["Foot-Coach-Sicherungen (*.sqlite3)"],
        "restore": ["Foot-Coach-Sicherungen (*.sqlite3)", "Alle Dateien (*)"],
    },
    "es": {
        "report": ["Documentos PDF (*.pdf)"],
        "backup": ["Copias de seguridad (*.sqlite3)"],
        "restore": ["Copias de seguridad (*.sqlite3)", "Todos los archivos (*)"],
    },
}


@pytest.mark.parametrize("action", ACTIONS)
def test_each_dialog_names_its_kind_of_file_in_the_persons_language(
    language: str, make_coach, action: str
) -> None:
    coach = make_coach()
    seen: list[list[str]] = []
    _answer(seen)
    ACTIONS[action](coach.ctx)
    assert seen == [KINDS[language][action]]
