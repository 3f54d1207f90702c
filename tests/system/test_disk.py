"""A real full disk under a session: a clear message naming the file, the reps wait in memory
and are saved once there is room; a backup or an export meanwhile leaves nothing half made
and an older backup as it was. Then a read-only disk at start: a clear message, the file
untouched. Uses a tiny tmpfs in a private
mount namespace (unshare), so nothing outside the test is touched."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[2]


def namespace_command() -> list[str]:
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare (util-linux) is not installed")
    command = [unshare, "-m"] if os.geteuid() == 0 else [unshare, "-Urm"]
    probe = subprocess.run([*command, "true"], capture_output=True, timeout=60)
    if probe.returncode != 0:
        pytest.skip(f"this machine allows no private mount namespace: {probe.stderr!r}")
    return command


def test_full_then_read_only_disk(tmp_path: Path) -> None:
    folder = tmp_path / "disk"
    folder.mkdir()
    env = dict(os.environ, PYTHONPATH=str(SOURCE))
    result = subprocess.run(
        [*namespace_command(), sys.executable, str(Path(__file__).with_name("disk_script.py")),
         str(folder)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    got = json.loads(result.stdout.strip().splitlines()[-1])
    assert got["integrity"] == "ok"
    assert got["full_errors"] and "is full" in got["full_errors"][0]
    assert "history.sqlite3" in got["full_errors"][0]  # the message names the file
    assert got["full_pending"] > 0 and got["after_space"] > got["before_full"]
    assert got["left"] == 0 and got["final"] >= got["after_space"]
    assert all(got["refused"].values()), got["refused"]  # nothing fitted, and each said so
    assert got["backups_left"] == ["older.sqlite3"]  # no empty or half copy under a name
    assert got["older_backup_same"] and got["exported"] == []
    assert got["ro_error"].startswith("UnwritableError") and "history.sqlite3" in got["ro_error"]
    assert got["ro_reps"] == got["final"]  # nothing on disk was lost or damaged
    assert got["older_error"].startswith("NeedsUpgradeError"), got["older_error"]
    assert "older/history.sqlite3 comes from an older Foot Coach" in got["older_error"]
    assert got["older_kept"] == ["history.sqlite3"]  # not moved aside, nothing written beside
    assert got["older_same"]


def test_a_full_or_read_only_disk_at_start_keeps_the_history_and_shows_the_window(
    tmp_path: Path,
) -> None:
    """The real app on a real tmpfs: 8 KB free, 96 KB free with a bad settings file and a
    large own-exercises file holding a bad exercise, then read-only. Each time the window
    appears, the message names the history and says why, and the history stays in place."""
    folder, scratch = tmp_path / "disk", tmp_path / "scratch"
    folder.mkdir()
    scratch.mkdir()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(SOURCE), str(SOURCE / "tests")]))
    result = subprocess.run(
        [*namespace_command(), sys.executable,
         str(Path(__file__).with_name("start_disk_script.py")), str(folder), str(scratch)],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    runs = {r["case"]: r for r in json.loads(result.stdout.strip().splitlines()[-1])}
    for case in ("healthy", "8 KB free", "96 KB free, bad settings and own exercises"):
        assert runs[case]["painted"], runs[case]
        assert runs[case]["moved"] == [], runs[case]  # never moved aside
        assert "Traceback" not in runs[case]["stderr"], runs[case]["stderr"]
        assert "already running" not in runs[case]["stderr"]
    assert "history.sqlite3 is full" in runs["8 KB free"]["stderr"], runs["8 KB free"]
    crowded = runs["96 KB free, bad settings and own exercises"]["stderr"]
    assert "settings.toml: setting 'volume'" in crowded, crowded
    assert "own-exercises.toml.bak" in crowded and "could not be kept" in crowded, crowded
    assert runs["after space"]["sessions"] == 20
    modes = runs["healthy"]["modes"]  # every file the app made is the person's alone
    assert modes["instance.lock"] == modes["foot-coach.log"] == "0o600", modes
    read_only = runs["read-only"]
    assert read_only["painted"] and read_only["moved"] == [], read_only
    assert "history.sqlite3: the disk is read-only" in read_only["stderr"], read_only["stderr"]
    assert "Traceback" not in read_only["stderr"], read_only["stderr"]
    assert runs["read-only after"]["sessions"] == 20
