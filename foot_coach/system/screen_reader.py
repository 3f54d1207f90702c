"""Whether the desktop's screen reader is switched on, as the desktop tells the accessibility
bus (org.a11y.Status.ScreenReaderEnabled, which GNOME's and KDE's switch for it sets).

Qt's QAccessible.isActive() says only that some assistive technology is about: an on-screen
keyboard or a magnifier too, and it stays so once Orca has run (Orca sets IsEnabled and leaves
it). Taken for a screen reader, a session's voice kept quiet for someone who needed it. Asked
once, then told of each change, never polled; until the answer comes, and where no bus
answers, nothing is known and Qt's word stands.
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher, QDBusVariant

BUS = ("org.a11y.Bus", "/org/a11y/bus")
PROPERTIES = "org.freedesktop.DBus.Properties"
STATUS = "org.a11y.Status"
SWITCH = "ScreenReaderEnabled"
TIMEOUT_MS = 1_000  # a bus slower than this is treated as absent


class ScreenReaderSwitch(QObject):
    """`on`: True or False as the desktop last said, None while nothing is known. `told` is
    emitted each time the desktop has said, so a listener waits for it rather than asking."""

    told = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on: bool | None = None
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        bus.connect(*BUS, PROPERTIES, "PropertiesChanged", self,
                    SLOT("changed(QString,QVariantMap,QStringList)"))  # fmt: skip
        ask = QDBusMessage.createMethodCall(*BUS, PROPERTIES, "Get")
        ask.setArguments([STATUS, SWITCH])
        self.watcher = QDBusPendingCallWatcher(bus.asyncCall(ask, TIMEOUT_MS), self)
        self.watcher.finished.connect(self._answered)

    def _answered(self) -> None:
        reply = self.watcher.reply()
        if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
            value = reply.arguments()[0]
            self.on = bool(value.variant() if isinstance(value, QDBusVariant) else value)
        self.told.emit()

    @Slot(str, "QVariantMap", "QStringList")
    def changed(self, interface: str, values: dict[str, object], _dropped: list[str]) -> None:
        if interface == STATUS and SWITCH in values:
            self.on = bool(values[SWITCH])
            self.told.emit()
