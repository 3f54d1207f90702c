"""What the desktop can say about the person's moment: screen locked, time since the last key
press, another program full screen. Asked only when a reminder is due (and then again slowly
while one waits), never polled.

Locked: org.freedesktop.ScreenSaver (KDE, Xfce and others) or org.gnome.ScreenSaver, GetActive.
Idle: GNOME's org.gnome.Mutter.IdleMonitor GetIdletime, else org.freedesktop.ScreenSaver
GetSessionIdleTime (KDE), else the X11 screen-saver extension. Full screen: X11 only; Wayland
gives programs no way to see other programs' windows, so there it stays unknown.
The D-Bus questions are asynchronous with a short timeout; the answer comes in one callback.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

from foot_coach.core.interrupt import Checks, Seen
from foot_coach.system.x11 import X11

TIMEOUT_MS = 1_000  # a service slower than this is treated as absent
LOCKED = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "GetActive"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "GetActive"),
)
IDLE = (
    ("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core", "GetIdletime"),
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "GetSessionIdleTime"),
)


class Ask(QObject):
    """Questions sent together; `done` gets every answer (None for each that failed)."""

    def __init__(
        self,
        bus: QDBusConnection,
        questions: tuple[tuple[str, str, str], ...],
        done: Callable[[list[object]], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.answers: list[object] = [None] * len(questions)
        self.left, self.done = len(questions), done
        self.watchers = []
        for index, (service, path, method) in enumerate(questions):
            message = QDBusMessage.createMethodCall(service, path, service, method)
            watcher = QDBusPendingCallWatcher(bus.asyncCall(message, TIMEOUT_MS), self)
            watcher.finished.connect(lambda w=watcher, i=index: self._answered(w, i))
            self.watchers.append(watcher)
        if not questions:
            done([])

    def _answered(self, watcher: QDBusPendingCallWatcher, index: int) -> None:
        reply = watcher.reply()
        if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
            self.answers[index] = reply.arguments()[0]
        self.left -= 1
        if self.left == 0:
            self.done(self.answers)
            self.deleteLater()


class PresenceProbe(QObject):
    def __init__(
        self,
        bus: QDBusConnection | None = None,
        x11: X11 | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bus, self.x11 = bus, x11

    def look(self, checks: Checks, done: Callable[[Seen], None]) -> None:
        """Ask what the checks switched on need; `done` is called once, maybe at once."""
        if self.bus is None:
            done(self._seen(Checks(False, checks.away, checks.full_screen), []))
            return
        questions = (LOCKED if checks.locked else ()) + (IDLE if checks.away else ())
        Ask(self.bus, questions, lambda answers: done(self._seen(checks, answers)), self)

    def _seen(self, checks: Checks, answers: list[object]) -> Seen:
        locked = answers[: len(LOCKED)] if checks.locked else []
        idle = answers[len(locked) :] if checks.away else []
        known_locked = [bool(a) for a in locked if a is not None]
        idle_ms = next((int(a) for a in idle if isinstance(a, int)), None)
        if checks.away and idle_ms is None and self.x11 is not None:
            idle_ms = self.x11.idle_ms()
        full = self.x11.full_screen_other(os.getpid()) if checks.full_screen and self.x11 else None
        return Seen(
            any(known_locked) if known_locked else None,
            timedelta(milliseconds=idle_ms) if idle_ms is not None else None,
            full,
        )
