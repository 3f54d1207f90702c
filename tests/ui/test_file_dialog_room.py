"""Qt's own file dialog (where the desktop brings none) opens as roomy as the text size asks,
with the places beside the files named whole: at its own size it cut 'Computer' to 'C…' at
100 % text, and at 200 % cramped the folder and file names into a third of a laptop screen."""

from __future__ import annotations

import pytest
from conftest import themed
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QListView

from foot_coach.ui import file_dialog, theme
from foot_coach.ui.widgets import measure

PDF = file_dialog.FileKind("PDF documents", "pdf")


@pytest.mark.parametrize("percent", [100, 200])
def test_the_file_dialog_is_roomy_and_names_its_places_whole(qtbot, tmp_path, percent) -> None:
    seen: list[tuple[int, int, int, int]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        places = dialog.findChild(QListView, "sidebar")
        em = dialog.fontMetrics().height()
        free = measure.free_area(dialog.frameGeometry().center()).width()
        seen.append((dialog.width(), min(30 * em, free - 2 * em), places.width(),
                     places.sizeHintForColumn(0)))  # fmt: skip
        dialog.reject()

    with themed(theme.Mode.LIGHT, percent):
        QTimer.singleShot(0, look)
        file_dialog.save_file(None, "Save report", str(tmp_path / "report-2026-11-30.pdf"), PDF)
    [(width, roomy, places, names)] = seen
    assert width >= roomy, "the dialog kept its own small size"
    assert places >= names, "the places beside the files are cut short"
