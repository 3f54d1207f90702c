"""The file dialogs the app opens: a folder, a file to save, a file to open.

Where the desktop brings a dialog of its own (GNOME's through the GTK theme, a Flatpak's
through the portal) that one opens, as with QFileDialog's static functions. Elsewhere Qt's own
opens, and with large text its detail view cuts every name into "histo…lite3" to make room for
size, type and date: so it lists whole names only, the backup's date and time included.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QListView, QSplitter, QWidget

from foot_coach.ui.widgets import measure

Mode = QFileDialog.FileMode


class FileKind(NamedTuple):
    """What a file holds: the name the dialog lists its kind under, in the person's language,
    and the ending such a file has (without the dot)."""

    name: str
    suffix: str

    def filter(self) -> str:
        return f"{self.name} (*.{self.suffix})"


def _ask(dialog: QFileDialog) -> str:
    dialog.setViewMode(QFileDialog.ViewMode.List)
    _roomy(dialog)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


def _roomy(dialog: QFileDialog) -> None:
    """Qt's own dialog opens at a size of its own, whatever the text's: at 200 % the names
    were cramped into a third of a laptop screen, and its places ("Computer", the home folder)
    kept 70 px at any size, cut to "C…". A dialog of the desktop's has neither part."""
    dialog.resize(measure.roomy_size(dialog, dialog.sizeHint(), 34, 16))
    places = dialog.findChild(QListView, "sidebar")
    splitter = dialog.findChild(QSplitter, "splitter")
    if places is None or splitter is None:
        return
    wanted = places.sizeHintForColumn(0) + 2 * places.frameWidth() + places.fontMetrics().height()
    splitter.setSizes([wanted, max(dialog.width() - wanted, 1)])


def save_file(parent: QWidget, title: str, suggested: str, kind: FileKind) -> str:
    """Where to save; `suggested` is a whole path, its folder shown and its name filled in. A
    name typed without an ending gets the kind's: a report saved as "for my physio" was a PDF
    that no other computer would open as one."""
    dialog = QFileDialog(parent, title, suggested)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilters([kind.filter()])
    dialog.setDefaultSuffix(kind.suffix)
    dialog.selectFile(suggested)
    return _ask(dialog)


def open_file(parent: QWidget, title: str, folder: str, kind: FileKind) -> str:
    """Files of the kind are listed first; any file can still be chosen (a copy renamed by
    hand), and what it holds is checked by whoever reads it."""
    dialog = QFileDialog(parent, title, folder)
    dialog.setFileMode(Mode.ExistingFile)
    everything = QCoreApplication.translate("QFileDialog", "All Files (*)")  # Qt's own words
    dialog.setNameFilters([kind.filter(), everything])
    return _ask(dialog)


def choose_folder(parent: QWidget, title: str, folder: str) -> str:
    dialog = QFileDialog(parent, title, folder)
    dialog.setFileMode(Mode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return _ask(dialog)
