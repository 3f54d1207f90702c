"""After saving a report or an export, the box that says where it went also opens it: the
path alone ("/home/ann/Documents/foot-coach-report-2026-12-03.pdf") left a person to find the
file on their own before they could look at it or send it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import NOT_ENGLISH
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from foot_coach.actions import history
from foot_coach.system import i18n, opener
from foot_coach.ui import file_dialog


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """What the desktop was asked to open; it answers as a computer with a program for it."""
    asked: list[str] = []
    monkeypatch.setattr(opener, "open_path", lambda path, _failed: asked.append(path))
    return asked


def _press(seen: list[str], button: str | None) -> None:
    """When the box comes: note its text and buttons, then press one (None: Enter)."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        seen.extend(b.text() for b in box.buttons())
        chosen = next((b for b in box.buttons() if b.text() == button), box.defaultButton())
        chosen.click()

    QTimer.singleShot(0, look)


def _report(coach, monkeypatch, target: Path) -> None:
    monkeypatch.setattr(file_dialog, "save_file", lambda *_: str(target))
    history.report(coach.ctx)


def test_the_saved_report_opens_from_the_box(make_coach, monkeypatch, opened, tmp_path) -> None:
    target = tmp_path / "for my physio.pdf"
    seen: list[str] = []
    _press(seen, "Open the report")
    _report(make_coach(), monkeypatch, target)
    assert seen[0] == f"The report was saved as {target}." and "OK" in seen
    assert opened == [str(target)]
    assert target.read_bytes().startswith(b"%PDF")


def test_enter_only_closes_the_box(make_coach, monkeypatch, opened, tmp_path) -> None:
    seen: list[str] = []
    _press(seen, None)
    _report(make_coach(), monkeypatch, tmp_path / "report.pdf")
    assert "Open the report" in seen and opened == []


def test_an_export_goes_into_a_folder_of_its_own_which_opens(
    make_coach, monkeypatch, opened, tmp_path
) -> None:
    """Written loose into the documents folder, it replaced a file of the person's own that
    was called sessions.csv."""
    own = tmp_path / "sessions.csv"
    own.write_text("the person's own\n")
    monkeypatch.setattr(file_dialog, "choose_folder", lambda *_: str(tmp_path))
    seen: list[str] = []
    _press(seen, "Open the folder")
    history.export_csv(make_coach().ctx)
    [folder] = tmp_path.glob("foot-coach-export-*")
    assert re.fullmatch(r"foot-coach-export-\d{8}-\d{6}", folder.name)
    assert sorted(p.name for p in folder.iterdir()) == [
        "checkins.csv", "ratings.csv", "sessions.csv", "sets.csv"]  # fmt: skip
    assert own.read_text() == "the person's own\n"
    assert seen[0].startswith("Saved ") and seen[0].endswith(f" in {folder}.")
    assert opened == [str(folder)]


def test_a_backup_opens_the_folder_it_is_in(make_coach, monkeypatch, opened, tmp_path) -> None:
    target = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(file_dialog, "save_file", lambda *_: str(target))
    seen: list[str] = []
    _press(seen, "Open the folder")
    history.make_backup(make_coach().ctx)
    assert seen[0] == f"Your history was copied to {target}."
    assert opened == [str(tmp_path)] and target.stat().st_size > 0


def test_nothing_to_open_it_with_is_said(make_coach, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(opener, "open_path", lambda _path, failed: failed())
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    target = tmp_path / "report.pdf"
    _press([], "Open the report")
    _report(make_coach(), monkeypatch, target)
    assert told == [f"No program on this computer could open {target}."]


@NOT_ENGLISH
def test_the_data_folder_that_cannot_be_opened_is_said(language, monkeypatch, tmp_path) -> None:
    """About's "Open folder" did nothing on a computer with no file manager."""
    from foot_coach.ui import help as help_ui

    monkeypatch.setattr(opener, "open_path", lambda _path, failed: failed())
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    dialog = help_ui.about_dialog(None, "1.0", tmp_path)
    [button] = [b for b in dialog.findChildren(QPushButton) if b.accessibleName() == i18n.tr(
        "Open the data folder")]  # fmt: skip
    button.click()
    nothing = {
        "de": "Auf diesem Computer wurde kein Programm gefunden, das %1 öffnen kann.",
        "es": "No se encontró en este equipo ningún programa que pueda abrir %1.",
    }
    assert told == [nothing[language].replace("%1", str(tmp_path))]
