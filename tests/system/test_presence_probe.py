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


def look(qtbot, probe: PresenceProbe, checks: Checks) -> Seen:
    seen: list[Seen] = []
    probe.look(checks, seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    return seen[0]


@contextmanager
def probe_asking(
    tmp_path: Path, service: str, path: str, stand_in: ScreenSaver
) -> Iterator[PresenceProbe]:
    """A probe on a private bus where `stand_in` answers as `service` at `path`."""
    with (
        private_desktop(tmp_path) as desktop,
        desktop.bus(f"{service}-service") as service_bus,
        desktop.bus(f"{service}-app") as app_bus,
    ):
        assert service_bus.registerService(service)
        assert service_bus.registerVirtualObject(path, stand_in)
        probe = PresenceProbe(app_bus)
        try:
            yield probe
        finally:
            service_bus.unregisterObject(path)
            shiboken6.delete(probe)


def test_a_locked_screen_and_the_idle_time_are_heard(qtbot, tmp_path: Path) -> None:
    service = ScreenSaver(locked=True, idle_ms=420_000)
    saver = ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver")
    with probe_asking(tmp_path, *saver, service) as probe:
        checks = Checks(full_screen=False)
        assert look(qtbot, probe, checks) == Seen(True, timedelta(minutes=7), None)
        service.locked, service.idle_ms = False, 2_000
        assert look(qtbot, probe, checks) == Seen(False, timedelta(seconds=2), None)
        before = len(service.asked)
        assert look(qtbot, probe, Checks(True, False, False)) == Seen(False, None, None)
        assert service.asked[before:] == ["GetActive"]  # away switched off: idle not asked


def test_gnomes_idle_monitor_is_heard_too(qtbot, tmp_path: Path) -> None:
    monitor = ScreenSaver(locked=False, idle_ms=90_000)
    mutter = ("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core")
    with probe_asking(tmp_path, *mutter, monitor) as probe:
        seen = look(qtbot, probe, Checks(locked=False, full_screen=False))
        assert seen == Seen(None, timedelta(seconds=90), None)


def test_with_no_service_nothing_is_known(qtbot, tmp_path: Path) -> None:
    with (
        private_desktop(tmp_path) as desktop,
        desktop.bus("probe-none") as app_bus,
    ):
        probe = PresenceProbe(app_bus)
        assert look(qtbot, probe, Checks(full_screen=False)) == Seen()
        shiboken6.delete(probe)
