"""A screen reader started by hand, as on Xfce, MATE or Openbox, where the desktop's switch
(org.a11y.Status.ScreenReaderEnabled) stays off: the app still counts it, seeing Orca's
process among the accessibility bus's listeners; another listener alone does not count. Real
Orca on a private X server and accessibility bus (private_desktop.sh)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from atspi_desktop import HERE, desktop_env, missing_tools, pyatspi_ready


def decide(tmp_path: Path, who: str) -> dict:
    missing = missing_tools() + [t for t in ("orca", "gdbus") if shutil.which(t) is None]
    missing += [] if pyatspi_ready() else ["python3-pyatspi"]
    assert not missing, f"scripts/system-deps.sh --test installs these: {missing}"
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    # Its settings in memory: the switch stays off, as a desktop without one leaves it.
    env = desktop_env(runtime, "1", ()) | {"GSETTINGS_BACKEND": "memory", "HOME": str(runtime)}
    script = [sys.executable, str(HERE / "reader_decision.py"), who, str(runtime / "orca")]
    done = subprocess.run(
        ["dbus-run-session", "--", "bash", str(HERE / "private_desktop.sh"), *script],
        env=env, capture_output=True, text=True, timeout=90,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_orca_started_by_hand_counts_as_a_screen_reader(tmp_path: Path) -> None:
    seen = decide(tmp_path, "orca")
    assert seen["qt"] and seen["switch"] is False, seen
    assert seen["reader"] is True, seen


@pytest.mark.parametrize("who", ["other", "nothing"])
def test_without_a_screen_reader_the_voice_stays(tmp_path: Path, who: str) -> None:
    seen = decide(tmp_path, who)
    assert seen["qt"] and seen["switch"] is False, seen
    assert bool(seen["listeners"]) is (who == "other"), seen  # the registry named it
    assert seen["reader"] is False, seen
