"""The in-app reminder, used where the desktop has no tray: a calm, non-blocking question."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from foot_coach.ui.theme import named, scaled_font


class ReminderPrompt(QDialog):
    sig_start = Signal()
    sig_snooze = Signal(int)  # minutes
    sig_not_today = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Time for your foot exercises"))
        self.setModal(False)
        heading = QLabel(self.tr("Time for your foot exercises"))
        heading.setFont(scaled_font(self.font(), 1.5, bold=True))
        body = QLabel(self.tr("The routine takes about ten minutes. Shall we start?"))
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        for text, tip, slot in (
            (self.tr("Start now"), self.tr("Start the routine (Enter)"), self.sig_start.emit),
            (self.tr("In 10 minutes"), self.tr("Remind me again in 10 minutes"),
             lambda: self.sig_snooze.emit(10)),
            (self.tr("Not today"), self.tr("No more reminders today"),
             self.sig_not_today.emit),
        ):  # fmt: skip
            button = QPushButton(text)
            button.setMinimumHeight(44)
            named(button, text, tip)
            button.clicked.connect(slot)
            button.clicked.connect(self.accept)
            buttons.addWidget(button)
            if slot == self.sig_start.emit:
                button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addLayout(buttons)
