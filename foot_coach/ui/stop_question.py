"""The question before a session stops early, asked in a box of the desktop's own kind."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from foot_coach.system.i18n import tr


def ask(parent: QWidget) -> bool:
    """True when the person says yes, stop."""
    answer = QMessageBox.question(
        parent,
        tr("Stop the session?"),
        tr("Stop now? Everything you have done so far is saved."),
    )
    return answer == QMessageBox.StandardButton.Yes
