"""On a real X server with a real window manager (openbox), at laptop sizes and a large screen:
the window opens inside the screen's free area with its title bar, "Start routine" and the
session's Stop row can be reached, and the window opens where it was left, still fitted if the
screen has become smaller since."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from xwatch import watching

SOURCE = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("window_script.py")


@contextmanager
def desktop(size: str, home: Path) -> Iterator[dict[str, str]]:
    """Xvfb at `size` with openbox managing it; yields the environment for programs on it."""
    for tool in ("Xvfb", "openbox"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: run `make test` (scripts/system-deps.sh) as root")
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write,), stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as numbers:
        display = f":{numbers.readline().strip()}"
    env = dict(os.environ, DISPLAY=display, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("WAYLAND_DISPLAY", None)
    openbox = subprocess.Popen(["openbox"], env=env, stderr=subprocess.DEVNULL)
    try:
        wait_for_window_manager(env)
        yield env
    finally:
        openbox.kill()
        xvfb.kill()
        openbox.wait(timeout=60)
        xvfb.wait(timeout=60)


def wait_for_window_manager(env: dict[str, str]) -> None:
    with watching(env["DISPLAY"]) as x:
        started = x.until(lambda: x.has_root_property("_NET_SUPPORTING_WM_CHECK"), timeout=15)
    assert started, "openbox did not start on the test display (no _NET_SUPPORTING_WM_CHECK)"


def run_app(env: dict[str, str], data: Path, move_to: str = "-") -> dict:
    env = dict(env, PYTHONPATH=str(SOURCE), FOOT_COACH_TTS_ENGINE="mock")
    result = subprocess.run([sys.executable, str(SCRIPT), str(data), move_to], env=env,
                            capture_output=True, text=True, timeout=90)  # fmt: skip
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stderr[-3000:]
    return json.loads(lines[-1])


def inside(box: list[int], area: list[int]) -> bool:
    x, y, w, h = box
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


def fresh_folder(path: Path) -> Path:
    path.mkdir()
    # Past the welcome and the pain check-in, which are tested elsewhere.
    (path / "settings.toml").write_text("first_run_done = true\npain_checkins = false\n")
    return path


def assert_fits(got: dict) -> None:
    assert got["frame"] != got["inner"], "the window manager framed the window"
    assert inside(got["frame"], got["free"]), got
    for control in ("start", "stop", "hurts"):
        assert inside(got[control], got["inner"]), (control, got)


@pytest.mark.parametrize("size", ["1366x768", "1280x720"])
def test_opens_inside_a_laptop_screen_and_where_it_was_left(tmp_path: Path, size: str) -> None:
    data = fresh_folder(tmp_path / "data")
    with desktop(size, tmp_path) as env:
        first = run_app(env, data, move_to="60,30,900,600")
        assert_fits(first)
        again = run_app(env, data)
    assert_fits(again)
    assert again["frame"][:2] == first["left_at"][:2]
    assert again["inner"][2:] == [900, 600]


def test_a_place_from_a_larger_screen_is_fitted_to_a_smaller_one(tmp_path: Path) -> None:
    data = fresh_folder(tmp_path / "data")
    with desktop("1920x1080", tmp_path) as env:
        large = run_app(env, data, move_to="300,100,1500,950")
        assert_fits(large)
        assert large["inner"][2:] == [1280, 800]  # a big screen gets the full preferred size
    with desktop("1280x720", tmp_path) as env:
        small = run_app(env, data)
    assert_fits(small)
