"""Start at login from inside a Flatpak: ask the Background portal over D-Bus.

The session never reads an autostart file written inside the sandbox, so a Flatpak asks
xdg-desktop-portal (org.freedesktop.portal.Background, RequestBackground) to write one outside
for it, with the command to run and the reason the person is shown. Portals need no
--talk-name in the manifest.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot

SERVICE = "org.freedesktop.portal.Desktop"
OBJECT = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.Background"
REQUEST = "org.freedesktop.portal.Request"
# The portal answers at once (its question to the person comes later, as a signal); the bound
# keeps a portal that never answers from holding the window for long.
TIMEOUT_MS = 5_000


def in_flatpak(environ: Mapping[str, str], root: Path = Path("/")) -> bool:
    return bool(environ.get("FLATPAK_ID")) or (root / ".flatpak-info").exists()


def options(on: bool, commandline: Sequence[str], reason: str) -> dict[str, Any]:
    """RequestBackground's a{sv}: the command must be a list of strings (D-Bus "as")."""
    return {
        "reason": reason,
        "autostart": on,
        "commandline": [str(part) for part in commandline],
        "dbus-activatable": False,
    }


def handle_path(unique_name: str, token: str) -> str:
    """Where the portal puts the request, known before asking (so no answer is missed)."""
    sender = unique_name.removeprefix(":").replace(".", "_")
    return f"{OBJECT}/request/{sender}/{token}"


class Request(QObject):
    """One RequestBackground and the person's answer, which comes later as a signal."""

    sig_answered = Signal(bool)  # whether start at login is now allowed
    _tokens = itertools.count(1)

    def __init__(self, bus: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtDBus import QDBusConnection

        self.bus = bus if bus is not None else QDBusConnection.sessionBus()

    def ask(self, on: bool, commandline: Sequence[str], reason: str) -> str:
        """Send the request; returns its object path. Raises OSError naming the portal when
        there is no session bus, or the portal is missing, refuses or does not answer."""
        from PySide6.QtDBus import QDBus, QDBusMessage

        if not self.bus.isConnected():
            raise OSError(f"no session D-Bus to reach {SERVICE}")
        token = f"footcoach{next(self._tokens)}"
        handle = handle_path(self.bus.baseService(), token)
        self.bus.connect("", handle, REQUEST, "Response", self, SLOT("_answer(uint,QVariantMap)"))
        message = QDBusMessage.createMethodCall(SERVICE, OBJECT, INTERFACE, "RequestBackground")
        message.setArguments(["", {"handle_token": token, **options(on, commandline, reason)}])
        reply = self.bus.call(message, QDBus.CallMode.Block, TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            raise OSError(f"{INTERFACE} did not accept the request: {reply.errorMessage()}")
        return handle

    @Slot("uint", "QVariantMap")
    def _answer(self, code: int, results: dict[str, Any]) -> None:
        # 0 is yes; 1 the person said no; 2 the portal gave up.
        self.sig_answered.emit(code == 0 and bool(results.get("autostart")))
