"""A private desktop for system tests: Xvfb, a D-Bus session bus, and on request openbox and
the dunst notification daemon, all in one temporary runtime folder, all ended afterwards.

Waiting is event-driven, each wait bounded: Xvfb writes its display number, dbus-daemon its
address, dunst takes its name on the bus, and openbox sets a root property the X server tells
a listening test about (xwatch.py).
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from xwatch import XWatch, watching

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

SOURCE = Path(__file__).resolve().parents[2]
NEEDED = ("Xvfb", "dbus-daemon", "gdbus", "openbox", "dunst", "dunstctl")
# A session bus that starts no services by itself: each test says which parts run.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={path}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def require_tools() -> None:
    """These tests need real parts: say clearly which one is missing (scripts/system-deps.sh)."""
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"missing {', '.join(missing)}: run `make system-deps-test` as root")


def first_line(proc: subprocess.Popen[bytes], timeout: float = 20.0) -> str:
    """What a starting server prints first on stdout: the sign that it is ready."""
    assert proc.stdout is not None
    readable, _, _ = select.select([proc.stdout], [], [], timeout)
    if not readable:
        raise AssertionError(f"{proc.args} did not start within {timeout} s")
    return proc.stdout.readline().decode().strip()


class Desktop:
    def __init__(self, runtime: Path) -> None:
        self.runtime = runtime
        self.procs: list[subprocess.Popen[bytes]] = []
        self.env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), HOME=str(runtime))
        self.env.pop("WAYLAND_DISPLAY", None)

    def start(self, *command: str, stdout: int | None = subprocess.DEVNULL) -> subprocess.Popen:
        proc = subprocess.Popen(
            command, env=self.env, stdout=stdout, stderr=subprocess.DEVNULL, cwd=self.runtime
        )
        self.procs.append(proc)
        return proc

    def x_and_bus(self) -> None:
        xvfb = self.start(
            "Xvfb", "-displayfd", "1", "-screen", "0", "1024x768x24", "-nolisten", "tcp",
            stdout=subprocess.PIPE,
        )  # fmt: skip
        self.env["DISPLAY"] = f":{first_line(xvfb)}"
        config = self.runtime / "bus.conf"
        config.write_text(BUS_CONFIG.format(path=self.runtime / "bus"), encoding="utf-8")
        bus = self.start(
            "dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1",
            stdout=subprocess.PIPE,
        )  # fmt: skip
        self.env["DBUS_SESSION_BUS_ADDRESS"] = first_line(bus)

    def window_manager(self) -> None:
        self.start("openbox")
        with self.watch() as x:
            started = x.until(lambda: x.has_root_property("_NET_SUPPORTING_WM_CHECK"))
        assert started, "openbox did not start: no _NET_SUPPORTING_WM_CHECK on the root window"

    def watch(self) -> AbstractContextManager[XWatch]:
        """Hear this display's changes, to wait for one without polling."""
        return watching(self.env["DISPLAY"])

    def notifications(self) -> None:
        self.start("dunst")
        name = "org.freedesktop.Notifications"
        ready = self.run("gdbus", "wait", "--session", "--timeout", "15", name)
        assert ready.returncode == 0, f"dunst did not take {name} on the bus: {ready.stderr}"

    @contextmanager
    def bus(self, name: str) -> Iterator[QDBusConnection]:
        """This process's own connection to the desktop's session bus, named `name`, let go
        of after: Qt keeps a named connection for the process, and a later test would get it."""
        from PySide6.QtDBus import QDBusConnection

        connection = QDBusConnection.connectToBus(self.env["DBUS_SESSION_BUS_ADDRESS"], name)
        assert connection.isConnected(), connection.lastError().message()
        try:
            yield connection
        finally:
            QDBusConnection.disconnectFromBus(name)

    def run(self, *command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(command, env=self.env, capture_output=True, text=True, timeout=20)

    def displayed(self) -> int:
        answer = self.run("dunstctl", "count", "displayed").stdout.strip()
        return int(answer) if answer.isdigit() else -1

    def film(self) -> subprocess.Popen:
        """Another program showing a window full screen, as a film player would."""
        script = "from PySide6.QtWidgets import QApplication, QWidget\n" \
            "app = QApplication([]); w = QWidget(); w.setWindowTitle('film')\n" \
            "w.showFullScreen(); app.exec()\n"  # fmt: skip
        env = dict(self.env, QT_QPA_PLATFORM="xcb")
        proc = subprocess.Popen([sys.executable, "-c", script], env=env, cwd=self.runtime)
        self.procs.append(proc)
        return proc

    def stop(self) -> None:
        for proc in reversed(self.procs):
            end(proc)


def end(proc: subprocess.Popen, patience_s: float = 5) -> None:
    """Asked to end, then made to: some (Orca while it starts) do not end on TERM."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=patience_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=60)


@contextmanager
def private_desktop(
    tmp_path: Path, wm: bool = False, notifications: bool = False
) -> Iterator[Desktop]:
    require_tools()
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    desktop = Desktop(runtime)
    try:
        desktop.x_and_bus()
        if wm:
            desktop.window_manager()
        if notifications:
            desktop.notifications()
        yield desktop
    finally:
        desktop.stop()
