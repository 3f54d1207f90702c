"""The file dialogs the app opens: a folder, a file to save, a file to open.

Where the desktop brings a dialog of its own (GNOME's through the GTK theme, a Flatpak's
through the portal) that one opens, as with QFileDialog's static functions. Elsewhere Qt's own
opens, and with large text its detail view cuts every name into "histo…lite3" to make room for
size, type and date: so it lists whole names only, the backup's date and time included.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget

Mode = QFileDialog.FileMode


def _ask(dialog: QFileDialog) -> str:
    dialog.setViewMode(QFileDialog.ViewMode.List)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


def save_file(parent: QWidget, title: str, suggested: str) -> str:
    """Where to save; `suggested` is a whole path, its folder shown and its name filled in."""
    dialog = QFileDialog(parent, title, suggested)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(suggested)
    return _ask(dialog)


def open_file(parent: QWidget, title: str, folder: str) -> str:
    dialog = QFileDialog(parent, title, folder)
    dialog.setFileMode(Mode.ExistingFile)
    return _ask(dialog)


def choose_folder(parent: QWidget, title: str, folder: str) -> str:
    dialog = QFileDialog(parent, title, folder)
    dialog.setFileMode(Mode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return _ask(dialog)
