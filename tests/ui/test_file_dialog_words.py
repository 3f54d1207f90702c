"""Qt's own file dialog (where the desktop brings none) speaks the person's language: Qt's
Spanish translation has no "&Look in:" nor "Files of &type:", and a Spanish dialog said them
in English; the app ships them (resources/translations/qt_extra_es.ts)."""

from __future__ import annotations

from conftest import NOT_ENGLISH
from PySide6.QtCore import QFileInfo, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileIconProvider, QLabel

from foot_coach.ui import file_dialog

WORDS = {
    "de": ["&Suchen in:", "Datei&name:", "Dateien des &Typs:"],
    "es": ["&Buscar en:", "&Nombre de archivo:", "&Tipo de archivo:"],
}


@NOT_ENGLISH
def test_the_file_dialogs_lines_are_in_the_persons_language(qtbot, tmp_path, language) -> None:
    seen: list[list[str]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
        seen.append(labels)
        dialog.reject()

    QTimer.singleShot(0, look)
    file_dialog.save_file(None, "-", str(tmp_path / "report.pdf"), file_dialog.FileKind("-", "pdf"))
    [labels] = seen
    assert [words for words in WORDS[language] if words in labels] == WORDS[language], labels
    assert not {"&Look in:", "Files of &type:", "File &name:"} & set(labels), labels


@NOT_ENGLISH
def test_its_detail_view_names_a_folder_in_the_persons_language(tmp_path, language) -> None:
    """Spanish said "Folder" in the Type column."""
    folder = QFileIconProvider().type(QFileInfo(str(tmp_path)))
    assert folder == {"de": "Verzeichnis", "es": "Carpeta"}[language]
