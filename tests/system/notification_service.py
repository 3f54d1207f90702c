"""A stand-in org.freedesktop.Notifications service for system tests.

It prints each Notify call as one JSON line (so a test can read what the app asked for) and
then presses the button named on the command line, by emitting ActionInvoked for the id it
returned, as a person clicking it would.

    python notification_service.py snooze
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVirtualObject

from foot_coach.system.notifications import PATH, SERVICE, uint32


class Service(QDBusVirtualObject):
    def __init__(self, press: str) -> None:
        super().__init__()
        self.press, self.last = press, 0

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        if message.member() != "Notify":
            reply = message.createReply()
            connection.send(reply)
            return True
        app, replaces, _icon, title, body, actions, _hints, timeout = message.arguments()
        self.last = int(replaces) or self.last + 1
        print(json.dumps({"replaces": int(replaces), "title": title, "actions": list(actions),
                          "timeout": timeout, "app": app, "body": body}), flush=True)  # fmt: skip
        reply = message.createReply()
        reply.setArguments([uint32(self.last)])
        connection.send(reply)
        QTimer.singleShot(0, lambda: self.invoke(connection, self.last))
        return True

    def invoke(self, connection: QDBusConnection, which: int) -> None:
        signal = QDBusMessage.createSignal(PATH, SERVICE, "ActionInvoked")
        signal.setArguments([uint32(which), self.press])
        connection.send(signal)

    def introspect(self, path: str) -> str:
        return ""


def main() -> None:
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.sessionBus()
    service = Service(sys.argv[1])
    if not (bus.registerVirtualObject(PATH, service) and bus.registerService(SERVICE)):
        sys.exit(f"could not take {SERVICE}: {bus.lastError().message()}")
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
