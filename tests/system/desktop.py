"""A private desktop for system tests: Xvfb, a D-Bus session bus, and on request openbox and
the dunst notification daemon, all in one temporary runtime folder, all ended afterwards.

Waiting is event-driven where the part can say it is ready (Xvfb writes its display number,
dbus-daemon its address); otherwise a bounded check that ends the moment it holds.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[2]
NEEDED = ("Xvfb", "dbus-daemon", "openbox", "dunst", "dunstctl")
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


def eventually(condition: Callable[[], object], timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


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
        from foot_coach.system.x11 import X11

        self.start("openbox")
        x11 = X11(self.env["DISPLAY"])
        try:
            ready = lambda: x11._longs(x11.root(), "_NET_SUPPORTING_WM_CHECK")  # noqa: E731
            assert eventually(ready), "openbox did not start"
        finally:
            x11.close()

    def full_screen(self) -> bool | None:
        """Whether another program's window is in front and full screen, as the app sees it."""
        from foot_coach.system.x11 import X11

        x11 = X11(self.env["DISPLAY"])
        try:
            return x11.full_screen_other(own_pid=0)
        finally:
            x11.close()

    def notifications(self) -> None:
        self.start("dunst")
        assert eventually(lambda: self.run("dunstctl", "is-paused").returncode == 0), "no dunst"

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
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


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
