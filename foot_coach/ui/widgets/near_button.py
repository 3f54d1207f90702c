"""A push button that says when the pointer or the keyboard reaches it, before any click, so
what it leads to (a page, the audio helpers) can be made ready meanwhile.

It says so from its own enter and focus handlers, not through an event filter: PySide hands an
event filter each event as a plain QEvent, and to find its class it builds the Python types of
all of Qt's fifty-odd event classes, some 0.6 MB held for as long as the app runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QEnterEvent, QFocusEvent
from PySide6.QtWidgets import QPushButton

if TYPE_CHECKING:  # named when a button takes the focus, not for the first paint (ui/by_name.py)
    from PySide6.QtCore import Qt


def by_hand(reason: Qt.FocusReason) -> bool:
    """Tab or Shift+Tab brought the focus: not the focus a page gives a button when shown."""
    from PySide6.QtCore import Qt

    return reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)


class NearButton(QPushButton):
    # True for the pointer or Tab; False for focus given some other way (a page shown, a click).
    sig_near = Signal(bool)

    def enterEvent(self, event: QEnterEvent) -> None:
        super().enterEvent(event)
        self.sig_near.emit(True)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.sig_near.emit(by_hand(event.reason()))
