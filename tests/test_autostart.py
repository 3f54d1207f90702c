"""Start at login writes exactly one entry per platform, each starting minimized, and removes it."""

from __future__ import annotations

import plistlib
import subprocess
from pathlib import Path

import pytest
from script_runs import run_script

from foot_coach.system.autostart import (
    Autostart,
    exec_quote,
    launch_command,
    subprocess_line,
    xdg_entry,
)

COMMAND = ["/opt/foot coach/bin/python", "-m", "foot_coach", "--minimized"]


class FakeRegistry:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def set_run_value(self, name: str, command: str) -> None:
        self.values[name] = command

    def delete_run_value(self, name: str) -> None:
        self.values.pop(name, None)

    def get_run_value(self, name: str) -> str | None:
        return self.values.get(name)


def test_launch_command_starts_minimized_and_keeps_a_portable_folder(tmp_path: Path) -> None:
    assert launch_command()[-1] == "--minimized"
    command = launch_command(tmp_path)
    assert command[-3:] == ["--minimized", "--data-dir", str(tmp_path)]


def test_xdg_entry_written_and_removed(tmp_path: Path) -> None:
    auto = Autostart("linux", home=tmp_path, environ={"XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    assert not auto.enabled()
    auto.set(True, COMMAND)
    entry = tmp_path / "cfg" / "autostart" / "io.github.footcoach.FootCoach.desktop"
    text = entry.read_text()
    assert 'Exec="/opt/foot coach/bin/python" -m foot_coach --minimized' in text
    assert auto.enabled()
    auto.set(False, COMMAND)
    assert not entry.exists() and not auto.enabled()
    auto.set(False, COMMAND)  # removing twice is fine


def test_xdg_entry_defaults_to_dot_config(tmp_path: Path) -> None:
    Autostart("linux", home=tmp_path, environ={}).set(True, COMMAND)
    assert (tmp_path / ".config" / "autostart" / "io.github.footcoach.FootCoach.desktop").exists()


def test_xdg_entry_is_a_valid_desktop_file(tmp_path: Path) -> None:
    validate = pytest.importorskip("shutil").which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate is not installed (make test installs it)")
    auto = Autostart("linux", home=tmp_path, environ={})
    auto.set(True, [*COMMAND, "--data-dir", '/home/ann/My "foot" $notes\\x'])
    entry = next((tmp_path / ".config" / "autostart").iterdir())
    result = subprocess.run([validate, str(entry)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_windows_run_value(tmp_path: Path) -> None:
    registry = FakeRegistry()
    auto = Autostart("win32", home=tmp_path, registry=registry)
    auto.set(True, ["C:\\Foot Coach\\foot-coach.exe", "--minimized"])
    assert registry.values == {"Foot Coach": '"C:\\Foot Coach\\foot-coach.exe" "--minimized"'}
    assert auto.enabled()
    auto.set(False, [])
    assert registry.values == {} and not auto.enabled()


def test_macos_launch_agent(tmp_path: Path) -> None:
    auto = Autostart("darwin", home=tmp_path, environ={})
    auto.set(True, COMMAND)
    plist = tmp_path / "Library" / "LaunchAgents" / "io.github.footcoach.FootCoach.plist"
    data = plistlib.loads(plist.read_bytes())
    assert data["ProgramArguments"] == COMMAND and data["RunAtLoad"] is True
    auto.set(False, COMMAND)
    assert not plist.exists()


def test_desktop_exec_quoting() -> None:
    assert exec_quote("plain") == "plain"
    assert exec_quote("50%") == "50%%"
    assert exec_quote('a "b" $c') == '"a \\\\"b\\\\" \\\\$c"'


def _desktop_string(value: str) -> str:
    """What a desktop-file reader makes of a string value (the escapes of the spec)."""
    out, chars = [], iter(value)
    for c in chars:
        out.append(
            {"n": "\n", "r": "\r", "t": "\t", "s": " "}.get(n := next(chars), n) if c == "\\" else c
        )
    return "".join(out)


@pytest.mark.parametrize("folder", ["/home/a\nExec=xterm", "/home/a\rExec=xterm", "/x\ty"])
def test_a_line_break_in_the_folder_stays_inside_the_one_exec_line(folder: str) -> None:
    entry = xdg_entry(launch_command(Path(folder)))
    lines = entry.splitlines()
    assert len(lines) == 8 and sum(line.startswith("Exec=") for line in lines) == 1
    exec_value = _desktop_string(next(x for x in lines if x.startswith("Exec="))[5:])
    assert exec_value.endswith(f'"{folder}"')  # the reader gets the folder back whole


def test_quoting_for_windows() -> None:
    assert subprocess_line(["a b", "c"]) == '"a b" "c"'


def test_the_running_app_loads_no_plist_writer_and_no_ctypes() -> None:
    """plistlib (with an XML parser) is for macOS, ctypes for the audio helper itself: the
    app imports both modules, and held about 0.7 MB of them for nothing."""
    code = (
        "import json, sys\n"
        "import foot_coach.system.audio_worker, foot_coach.system.autostart\n"
        "print(json.dumps(sorted({'plistlib', 'pyexpat', 'ctypes'} & set(sys.modules))))\n"
    )
    assert run_script(code) == []
