"""The app under a pyatspi client, in a private desktop: D-Bus, the accessibility bus and X.

Shared by the AT-SPI tests. The client is a script here, run with Debian's pyatspi in the
system Python (pyatspi is not on PyPI); it starts the app given on its command line and
prints one JSON object as its last line, which is what the tests judge.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from apps import SOURCE, app_env

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"


def pyatspi_ready() -> bool:
    found = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=60)
    return found.returncode == 0


def missing_tools() -> list[str]:
    tools = ["dbus-run-session", "Xvfb", "/usr/libexec/at-spi-bus-launcher", SYSTEM_PYTHON]
    return [t for t in tools if shutil.which(t) is None]


def desktop_env(runtime: Path, time_scale: str, drop: tuple[str, ...]) -> dict[str, str]:
    """The app's environment on the private desktop, its clock `time_scale` times as fast."""
    env = app_env(
        QT_QPA_PLATFORM="xcb",
        QT_ACCESSIBILITY="1",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        FOOT_COACH_TIME_SCALE=time_scale,
        XDG_RUNTIME_DIR=str(runtime),
    )
    for name in ("DISPLAY", *drop):  # the private desktop's X server, not the caller's
        env.pop(name, None)
    return env


def run_client(
    root: Path,
    client: str,
    *args: str,
    time_scale: str,
    also_missing: tuple[str, ...] = (),
    drop: tuple[str, ...] = (),
) -> dict:
    """What `client` printed, run with the app and `args` in a new private desktop whose
    runtime and data folders are made under `root`; `drop` names variables it must not see."""
    missing = missing_tools() or ([] if pyatspi_ready() else ["python3-pyatspi"])
    missing += list(also_missing)
    assert not missing, f"scripts/system-deps.sh installs these: {missing}"
    runtime, data = root / "run", root / "data"
    runtime.mkdir(mode=0o700)
    data.mkdir()
    # Straight to the pages: no welcome tour, no pain check-in before the exercise.
    (data / "settings.toml").write_text("first_run_done = true\npain_checkins = false\n")
    app = [sys.executable, "-m", "foot_coach", "--data-dir", str(data)]
    command = [SYSTEM_PYTHON, str(HERE / client), *app, *args]
    done = subprocess.run(
        ["dbus-run-session", "--", "bash", str(HERE / "private_desktop.sh"), *command],
        env=desktop_env(runtime, time_scale, drop), cwd=SOURCE, capture_output=True, text=True,
        timeout=90,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
