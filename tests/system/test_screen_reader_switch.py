"""The desktop's screen reader switch, read from the accessibility bus and followed as it
changes: a real bus launcher in a private desktop, switched with gdbus as a desktop's settings
switch it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop import private_desktop

LAUNCHER = "/usr/libexec/at-spi-bus-launcher"

FOLLOWS = """
import json, subprocess
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from foot_coach.system.screen_reader import ScreenReaderSwitch

app = QCoreApplication([])
switch, seen = ScreenReaderSwitch(), []

def until_not(value):
    if switch.on is value:
        wait = QEventLoop()
        switch.told.connect(wait.quit)
        QTimer.singleShot(10_000, lambda: wait.exit(1))
        if wait.exec() == 1:
            seen.append("never told")
            return
        switch.told.disconnect(wait.quit)
    seen.append(switch.on)

def switch_to(value):
    subprocess.run(["gdbus", "call", "--session", "--dest", "org.a11y.Bus", "--object-path",
                    "/org/a11y/bus", "--method", "org.freedesktop.DBus.Properties.Set",
                    "org.a11y.Status", "ScreenReaderEnabled", f"<{value}>"],
                   check=True, stdout=subprocess.DEVNULL)

until_not(None)
switch_to("true")
until_not(False)
switch_to("false")
until_not(True)
print(json.dumps(seen))
"""


def test_the_switch_is_read_and_followed(tmp_path: Path) -> None:
    with private_desktop(tmp_path) as desktop:
        # Its settings in its own memory: the private bus starts no dconf service to keep them.
        env = dict(desktop.env, GSETTINGS_BACKEND="memory")
        launcher = subprocess.Popen([LAUNCHER], env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)  # fmt: skip
        try:
            done = subprocess.run([sys.executable, "-c", FOLLOWS], env=desktop.env,
                                  capture_output=True, text=True, timeout=60)  # fmt: skip
        finally:
            launcher.terminate()
            launcher.wait(timeout=10)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [False, True, False]


NO_BUS = """
from PySide6.QtCore import QCoreApplication
from foot_coach.system.screen_reader import ScreenReaderSwitch
app = QCoreApplication([])
switch = ScreenReaderSwitch()
app.processEvents()
print(switch.on)
"""


def test_without_a_bus_nothing_is_known(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path}/none"}
    done = subprocess.run([sys.executable, "-c", NO_BUS], env=env, capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "None"
