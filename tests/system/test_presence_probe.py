"""The presence probe on a private D-Bus bus: a stand-in screen saver service (as KDE's or
GNOME's answers) says locked or idle; with no service at all nothing is known, and nothing
waits for it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import shiboken6
from desktop import private_desktop
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVirtualObject

from foot_coach.core.interrupt import Checks, Seen
from foot_coach.system.notifications import uint32
from foot_coach.system.presence_probe import PresenceProbe


class ScreenSaver(QDBusVirtualObject):
    """Answers GetActive and GetSessionIdleTime (or GNOME's GetIdletime) as told."""

    def __init__(self, locked: bool, idle_ms: int) -> None:
        super().__init__()
        self.locked, self.idle_ms = locked, idle_ms
        self.asked: list[str] = []

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        self.asked.append(message.member())
        answers = {
            "GetActive": lambda: self.locked,
            "GetSessionIdleTime": lambda: uint32(self.idle_ms),
            "GetIdletime": lambda: self.idle_ms,
        }
        if message.member() not in answers:
            return False
        reply = message.createReply()
        reply.setArguments([answers[message.member()]()])
        connection.send(reply)
        return True

    def introspect(self, path: str) -> str:
        return ""


@contextmanager
def bus_named(address: str, name: str) -> Iterator[QDBusConnection]:
    bus = QDBusConnection.connectToBus(address, name)
    assert bus.isConnected(), bus.lastError().message()
    try:
        yield bus
    finally:
        QDBusConnection.disconnectFromBus(name)


def look(qtbot, probe: PresenceProbe, checks: Checks) -> Seen:
    seen: list[Seen] = []
    probe.look(checks, seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    return seen[0]


def test_a_locked_screen_and_the_idle_time_are_heard(qtbot, tmp_path: Path) -> None:
    with (
        private_desktop(tmp_path) as desktop,
        bus_named(desktop.env["DBUS_SESSION_BUS_ADDRESS"], "probe-service") as service_bus,
        bus_named(desktop.env["DBUS_SESSION_BUS_ADDRESS"], "probe-app") as app_bus,
    ):
        service = ScreenSaver(locked=True, idle_ms=420_000)
        assert service_bus.registerService("org.freedesktop.ScreenSaver")
        assert service_bus.registerVirtualObject("/org/freedesktop/ScreenSaver", service)
        probe = PresenceProbe(app_bus)
        checks = Checks(full_screen=False)
        assert look(qtbot, probe, checks) == Seen(True, timedelta(minutes=7), None)
        service.locked, service.idle_ms = False, 2_000
        assert look(qtbot, probe, checks) == Seen(False, timedelta(seconds=2), None)
        before = len(service.asked)
        assert look(qtbot, probe, Checks(True, False, False)) == Seen(False, None, None)
        assert service.asked[before:] == ["GetActive"]  # away switched off: idle not asked
        service_bus.unregisterObject("/org/freedesktop/ScreenSaver")
        shiboken6.delete(probe)


def test_gnomes_idle_monitor_is_heard_too(qtbot, tmp_path: Path) -> None:
    with (
        private_desktop(tmp_path) as desktop,
        bus_named(desktop.env["DBUS_SESSION_BUS_ADDRESS"], "mutter-service") as service_bus,
        bus_named(desktop.env["DBUS_SESSION_BUS_ADDRESS"], "mutter-app") as app_bus,
    ):
        monitor = ScreenSaver(locked=False, idle_ms=90_000)
        assert service_bus.registerService("org.gnome.Mutter.IdleMonitor")
        assert service_bus.registerVirtualObject("/org/gnome/Mutter/IdleMonitor/Core", monitor)
        probe = PresenceProbe(app_bus)
        seen = look(qtbot, probe, Checks(locked=False, full_screen=False))
        assert seen == Seen(None, timedelta(seconds=90), None)
        service_bus.unregisterObject("/org/gnome/Mutter/IdleMonitor/Core")
        shiboken6.delete(probe)


def test_with_no_service_nothing_is_known(qtbot, tmp_path: Path) -> None:
    with (
        private_desktop(tmp_path) as desktop,
        bus_named(desktop.env["DBUS_SESSION_BUS_ADDRESS"], "probe-none") as app_bus,
    ):
        probe = PresenceProbe(app_bus)
        assert look(qtbot, probe, Checks(full_screen=False)) == Seen()
        shiboken6.delete(probe)
