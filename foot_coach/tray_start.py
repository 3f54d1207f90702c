"""Starting hidden in the tray (`--minimized`, as at login): only the tray icon and the
reminder clock are made; the window, with everything it needs, is built when first wanted.

Most days the app waits in the tray for hours and is opened once, if at all: the window, its
pages and the session parts would be held all that time for nothing. Whatever wakes the
waiting app (the tray's Open or Start, a click on its balloon, a reminder coming due, a later
launch) builds the rest; the signal that woke it is then given again, so the parts just built
answer it as if they had been there from the start. Snoozing and pausing from the tray need
only the reminder clock and build nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QMessageBox

from foot_coach import APP_NAME
from foot_coach.actions.reminder_clock import Reminders
from foot_coach.core.words import Words
from foot_coach.store.db import Store
from foot_coach.store.settings import SettingsFile
from foot_coach.system import i18n
from foot_coach.system.clock import local_now, local_zone
from foot_coach.ui import theme
from foot_coach.ui.reminder_gate import Probe
from foot_coach.ui.tray import Tray, TrayState

LOG = logging.getLogger("foot_coach")
Built = TypeVar("Built")


class TrayStart(Generic[Built]):
    """The tray and the reminder clock, waiting; `built()` makes the rest once, when wanted."""

    def __init__(
        self, kept: SettingsFile, store: Store, probe: Probe | None, time_scale: float,
        parent: QObject, wall: Callable[[], datetime] = local_now,
        zone: Callable[[], tzinfo] = local_zone,
    ) -> None:  # fmt: skip
        # Made as the full app makes them, which then takes them over (app.Coach).
        self.reminders = Reminders.of_history(kept, store, time_scale, parent, probe, wall, zone)
        self.tray = Tray(theme.app_icon(), self._state, parent)
        self.store = store
        self._build: Callable[[TrayStart[Built]], Built] | None = None
        self._built: Built | None = None
        self._waking: list[tuple[SignalInstance, Callable[..., None]]] = []

    def wait(self, build: Callable[[TrayStart[Built]], Built], *wanted: SignalInstance) -> None:
        """Show the tray and start the clock; `build` makes the rest when the tray or the clock
        wants it, or any of `wanted` (a later launch's message) is given."""
        self._build = build
        tray, reminders = self.tray, self.reminders
        for signal in (tray.sig_open, tray.sig_start, tray.sig_notification_clicked):
            self._on(signal, lambda s=signal: self._wake(s))
        for signal in wanted:
            self._on(signal, lambda *args, s=signal: self._wake(s, *args))
        self._on(reminders.sig_due, lambda when: self._wake(reminders.sig_due, when))
        self._on(tray.sig_snooze, lambda minutes: self._told(reminders.snooze(minutes)))
        self._on(tray.sig_pause_today, lambda: self._told(reminders.pause_today()))
        self._on(tray.sig_quit, self.quit)
        QApplication.setQuitOnLastWindowClosed(False)  # a closed box or window is not a quit
        tray.show()
        QTimer.singleShot(0, reminders, reminders.start)  # one may be due at once

    def built(self) -> Built:
        """The rest of the app, built now if it was not yet."""
        if self._built is None:
            assert self._build is not None, "wait() first"
            for signal, slot in self._waking:
                signal.disconnect(slot)
            self._waking.clear()
            try:
                self._built = self._build(self)
            except Exception:
                self._failed()
                raise
            LOG.info("the window is built: wanted from the tray")
        return self._built

    def _failed(self) -> None:
        """The window could not be built: end as a start that failed does, with the reason in
        the log, not as an icon whose Open and Quit no longer do anything."""
        LOG.exception("the window could not be built")
        self.tray.hide()
        QApplication.exit(1)

    def is_built(self) -> bool:
        return self._built is not None

    def quit(self) -> None:
        """Quit while only the tray was made: no session ran, nothing waits to be saved."""
        self.tray.hide()
        QApplication.quit()

    def _on(self, signal: SignalInstance, slot: Callable[..., None]) -> None:
        signal.connect(slot)
        self._waking.append((signal, slot))

    def _wake(self, signal: SignalInstance, *args: object) -> None:
        try:
            self.built()
        except Exception:  # in the log already, and the app ends (_failed): nothing to wake
            return
        signal.emit(*args)  # heard now by the parts just built

    def _told(self, problem: Words | None) -> None:
        """A snooze or pause that could not be saved says why, in a box of its own."""
        if problem is not None:
            QMessageBox.warning(None, APP_NAME, i18n.explain(problem))

    def _state(self) -> TrayState:
        """What the menu says while waiting: no session can be running."""
        return TrayState(self.reminders.next_text(), self.reminders.paused_today(), False)
