"""The tray icon: a menu rebuilt from the current state each time it opens, and notifications.

The tray only shows and forwards. What the menu says (next reminder, snoozed, paused) comes
from a state callback given by the composition root.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

SNOOZE_MINUTES = (5, 10, 30)


@dataclass(frozen=True)
class TrayState:
    next_reminder: str  # already in words, e.g. "Next reminder: today at 18:00"
    paused_today: bool
    session_running: bool


class Tray(QObject):
    sig_start = Signal()
    sig_open = Signal()
    sig_snooze = Signal(int)  # minutes
    sig_pause_today = Signal()
    sig_quit = Signal()
    sig_notification_clicked = Signal()

    def __init__(
        self, icon: QIcon, state: Callable[[], TrayState], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self.rebuild)
        # Made once: clear() leaves a submenu made by addMenu behind, so one made at every
        # opening would pile up for as long as the app runs in the tray.
        self.snooze = QMenu(self.tr("Snooze"), self.menu)
        for minutes in SNOOZE_MINUTES:
            action = self.snooze.addAction(self.tr("%n minute(s)", "", minutes))
            action.triggered.connect(lambda _=False, m=minutes: self.sig_snooze.emit(m))
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(self.tr("Foot Coach"))
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.sig_notification_clicked)
        self.rebuild()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def rebuild(self) -> None:
        """Build the menu from the state now, so it never shows a stale reminder time."""
        state = self.state()
        self.menu.clear()
        start = self._add(self.tr("Start routine"), self.sig_start.emit)
        start.setEnabled(not state.session_running)
        self._add(self.tr("Open Foot Coach"), self.sig_open.emit)
        self.menu.addSeparator()
        self.menu.addMenu(self.snooze)
        pause = self._add(self.tr("Pause reminders for today"), self.sig_pause_today.emit)
        pause.setEnabled(not state.paused_today)
        info = self.menu.addAction(state.next_reminder)
        info.setEnabled(False)  # information, not a command
        self.menu.addSeparator()
        self._add(self.tr("Quit"), self.sig_quit.emit)
        self.icon.setToolTip(self.tr("Foot Coach") + "\n" + state.next_reminder)

    def _add(self, text: str, slot: Callable[[], None]) -> QAction:
        action = self.menu.addAction(text)
        action.triggered.connect(lambda _=False: slot())
        return action

    def actions(self) -> dict[str, QAction]:
        """The menu's commands by their text, for tests and accessibility checks."""
        return {a.text(): a for a in self.menu.actions() if a.text()}

    def notify(self, title: str, text: str) -> None:
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 60_000)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.sig_open.emit()
