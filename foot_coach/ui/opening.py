"""Opening what a person saved or keeps (a report, an export's folder, the data folder) with
what their computer has for it, and saying so in a box when nothing can (system/opener.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from foot_coach import APP_NAME
from foot_coach.core.words import fill
from foot_coach.system import opener
from foot_coach.system.i18n import tr


def open_or_say(parent: QWidget, path: str) -> None:
    nothing = fill(tr("No program on this computer could open %1."), path)
    opener.open_path(path, lambda: QMessageBox.warning(parent, APP_NAME, nothing))
