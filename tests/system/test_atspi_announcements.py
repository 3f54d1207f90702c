"""What a screen reader that hears AT-SPI announcements is told, with which politeness.

Orca 43 (Debian 12, the Orca here) does not listen for announcements, so this is checked at
the AT-SPI level: a pyatspi client that listens for them, as newer Orca does, hears a paced
exercise (a count every beat) on a fast clock, through the real bridge and bus.
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from apps import SOURCE, app_env
from test_atspi import SYSTEM_PYTHON, missing_tools, pyatspi_ready

HERE = Path(__file__).resolve().parent
POLITE, ASSERTIVE = 1, 2  # AT-SPI's live politeness, in the event's detail1


@pytest.fixture(scope="module")
def heard(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, int]]:
    missing = missing_tools() or ([] if pyatspi_ready() else ["python3-pyatspi"])
    missing += [] if shutil.which("gdbus") else ["gdbus (libglib2.0-bin)"]  # the app asks it
    assert not missing, f"scripts/system-deps.sh installs these: {missing}"
    root = tmp_path_factory.mktemp("announcements")
    runtime, data = root / "run", root / "data"
    runtime.mkdir(mode=0o700)
    data.mkdir()
    (data / "settings.toml").write_text("first_run_done = true\npain_checkins = false\n")
    env = app_env(
        QT_QPA_PLATFORM="xcb",
        QT_ACCESSIBILITY="1",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        FOOT_COACH_TIME_SCALE="10",  # a beat every 0.2 s: some counts wait, some are said
        XDG_RUNTIME_DIR=str(runtime),
    )
    env.pop("DISPLAY", None)
    app = [sys.executable, "-m", "foot_coach", "--data-dir", str(data)]
    client = [SYSTEM_PYTHON, str(HERE / "atspi_announcements.py"), *app]
    done = subprocess.run(
        ["dbus-run-session", "--", "bash", str(HERE / "private_desktop.sh"), *client,
         "--start", "heel-to-toe-walk"],
        env=env, cwd=SOURCE, capture_output=True, text=True, timeout=90,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return [(t, d) for t, d in json.loads(done.stdout.strip().splitlines()[-1])["heard"]]


def test_steps_cut_in_and_counts_wait_their_turn(heard: list[tuple[str, int]]) -> None:
    steps = [d for t, d in heard if t.startswith(("Turn around", "Well done!"))]
    counts = [d for t, d in heard if re.fullmatch(r"\d+\.", t)]
    assert steps and set(steps) == {ASSERTIVE}, heard
    assert counts and set(counts) == {POLITE}, heard


def test_nothing_is_said_twice_in_a_row(heard: list[tuple[str, int]]) -> None:
    texts = [t for t, _ in heard]
    assert all(a != b for a, b in itertools.pairwise(texts)), texts


def test_the_words_go_as_announcements_alone_not_as_notices_too(
    heard: list[tuple[str, int]],
) -> None:
    """The session's end came as an announcement: the notice, heard as well, is not sent."""
    assert heard[-1][0].startswith("Well done!") and "Today:" in heard[-1][0], heard
