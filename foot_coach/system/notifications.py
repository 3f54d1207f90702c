"""Desktop notifications with buttons, through org.freedesktop.Notifications over QtDBus.

Each reminder replaces the one before (replaces_id), so they never stack. Every call is
asynchronous: a slow or missing notification server never freezes the window; when there is
none, `sig_failed` asks for the tray balloon or the in-app prompt instead.

Inside a Flatpak this same service is reached through the manifest's
--talk-name=org.freedesktop.Notifications. The notification portal
(org.freedesktop.portal.Notification) is not used: its buttons are an aa{sv}, which
PySide's QtDBus cannot write, and the desktop's own service gives the same result.
"""

from __future__ import annotations

import ctypes
import logging
import os
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import (
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusPendingCallWatcher,
)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
APP_ID = "io.github.footcoach.FootCoach"  # the desktop file and icon name
TIMEOUT_MS = 3_000  # a server slower than this counts as none
LOG = logging.getLogger("foot_coach")


def _uint32_writer() -> ctypes._CFuncPtr | None:
    """QDBusArgument's `<< quint32`, which PySide does not bind (its one integer overload
    writes a uint16), so Notify's replaces_id and CloseNotification's id can be written."""
    try:
        library = ctypes.CDLL("libQt6DBus.so.6")  # the copy PySide has loaded already
        write = library["_ZN13QDBusArgumentlsEj"]  # QDBusArgument::operator<<(uint)
    except (OSError, AttributeError):
        return None
    write.restype = ctypes.c_void_p
    write.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    return write


_WRITE_UINT32 = _uint32_writer()


def uint32(value: int) -> QDBusArgument | None:
    """A D-Bus `u` value, or None where this Qt build cannot write one."""
    if _WRITE_UINT32 is None:
        return None
    argument = QDBusArgument()
    (address,) = shiboken6.getCppPointer(argument)
    _WRITE_UINT32(address, value)
    return argument


def session_bus() -> QDBusConnection | None:
    """The desktop's session bus, or None when there is none to find (never autolaunched)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS") and not (
        runtime and Path(runtime, "bus").exists()
    ):
        return None
    bus = QDBusConnection.sessionBus()
    return bus if bus.isConnected() else None


class Notifier(QObject):
    """One notification at a time, with buttons; says which button was pressed."""

    sig_action = Signal(str)  # the key of the button (or "default": the notification itself)
    sig_failed = Signal(str)  # no server, or it refused: what went wrong, for the log

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus if bus is not None else QDBusConnection.sessionBus()
        self.current = 0  # the id of the notification on screen, 0 when none
        self._watchers: set[QDBusPendingCallWatcher] = set()
        for name, slot in (("ActionInvoked", "_invoked"), ("NotificationClosed", "_closed")):
            self.bus.connect(SERVICE, PATH, SERVICE, name, self, SLOT(f"{slot}(QDBusMessage)"))

    def available(self) -> bool:
        return self.bus.isConnected() and _WRITE_UINT32 is not None

    def show(self, title: str, body: str, buttons: list[tuple[str, str]]) -> None:
        """Show, replacing the notification still on screen. `buttons`: (key, label)."""
        replaces = uint32(self.current)
        if not self.bus.isConnected() or replaces is None:
            self.sig_failed.emit("no session bus, or no way to write its numbers")
            return
        actions = [part for key, label in buttons for part in (key, label)]
        hints = {"category": "reminder", "desktop-entry": APP_ID}
        # Timeout 0: it stays until answered, as the person may look up a little later.
        arguments = ["Foot Coach", replaces, APP_ID, title, body, actions, hints, 0]
        self._call("Notify", arguments, self._shown)

    def close(self) -> None:
        if self.current and (which := uint32(self.current)) is not None:
            self._call("CloseNotification", [which], None)
            self.current = 0

    def _call(
        self, method: str, arguments: list[object], done: Callable[[QDBusMessage], None] | None
    ) -> None:
        message = QDBusMessage.createMethodCall(SERVICE, PATH, SERVICE, method)
        message.setArguments(arguments)
        watcher = QDBusPendingCallWatcher(self.bus.asyncCall(message, TIMEOUT_MS), self)
        self._watchers.add(watcher)
        watcher.finished.connect(lambda: self._answered(watcher, done))

    def _answered(
        self, watcher: QDBusPendingCallWatcher, done: Callable[[QDBusMessage], None] | None
    ) -> None:
        self._watchers.discard(watcher)
        watcher.deleteLater()
        reply = watcher.reply()
        if reply.type() != QDBusMessage.MessageType.ErrorMessage:
            if done is not None:
                done(reply)
        elif done is not None:  # only a notification not shown needs another way
            LOG.info("no desktop notification: %s", reply.errorMessage())
            self.sig_failed.emit(reply.errorMessage())

    def _shown(self, reply: QDBusMessage) -> None:
        arguments = reply.arguments()
        self.current = int(arguments[0]) if arguments else 0

    @Slot(QDBusMessage)
    def _invoked(self, message: QDBusMessage) -> None:
        which, key = message.arguments()[:2]
        if which and int(which) == self.current:
            self.sig_action.emit(str(key))

    @Slot(QDBusMessage)
    def _closed(self, message: QDBusMessage) -> None:
        if int(message.arguments()[0]) == self.current:
            self.current = 0
