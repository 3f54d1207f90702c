"""The switches for holding a due reminder back, and the note that says why one is waiting."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from foot_coach.core.interrupt import Reason
from foot_coach.ui.theme import named
from foot_coach.ui.widgets.wrap_check import WrapCheckBox


class HoldSwitches(QWidget):
    """One switch per reason, each named by the setting it changes."""

    sig_hold = Signal(str, bool)  # the setting (e.g. "hold_when_locked"), on or off

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        texts = {
            "hold_when_locked": self.tr("Hold a reminder while the screen is locked"),
            "hold_when_away": self.tr("Hold a reminder while I am away from the computer"),
            "hold_when_full_screen": self.tr(
                "Hold a reminder while another program fills the screen (a film, a call)"
            ),
        }
        tip = self.tr("A reminder due then waits, and comes once when you are back")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for key, text in texts.items():
            box = named(WrapCheckBox(text), text, tip)
            box.setMinimumHeight(36)
            box.toggled.connect(lambda on, key=key: self.sig_hold.emit(key, on))
            layout.addWidget(box)
            self.boxes[key] = box

    def show_values(self, **values: bool) -> None:
        """Show the saved switches without echoing them back as changes."""
        for key, on in values.items():
            box = self.boxes[key]
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)


class WaitingNote(QLabel):
    """Hidden unless a due reminder waits; then it says why, and that it still comes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_reason(self, reason: Reason | None) -> None:
        texts = {
            Reason.LOCKED: self.tr(
                "A reminder is waiting because the screen is locked. It comes when you are back."
            ),
            Reason.AWAY: self.tr(
                "A reminder is waiting because you seem to be away from the computer. "
                "It comes when you are back."
            ),
            Reason.FULL_SCREEN: self.tr(
                "A reminder is waiting because another program fills the screen. "
                "It comes when that ends."
            ),
        }
        self.setText(texts[reason] if reason is not None else "")
        self.setVisible(reason is not None)
