"""--install-desktop gives a pip or pipx install a valid menu entry, icons and metainfo in the
person's data folder, pointing at this installation; --uninstall-desktop takes exactly those."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from foot_coach.system import assets, desktop_entry
from foot_coach.system.autostart import ENTRY_ID
from foot_coach.system.selfcheck import ICON_SIZES

COMMAND = ["/opt/my apps/bin/foot-coach"]  # a space, as in a home folder with one


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (make test installs it)")
    return path


def test_the_entry_validates_and_every_action_starts_this_installation(tmp_path: Path) -> None:
    desktop_entry.install(tmp_path, COMMAND)
    installed = tmp_path / "applications" / f"{ENTRY_ID}.desktop"
    result = subprocess.run([tool("desktop-file-validate"), str(installed)],
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 0 and not result.stdout, result.stdout
    execs = [line for line in installed.read_text().splitlines() if line.startswith("Exec=")]
    assert execs[0] == 'Exec="/opt/my apps/bin/foot-coach"'
    assert 'Exec="/opt/my apps/bin/foot-coach" --start toe-curls' in execs
    assert len(execs) == 7 and all(e.startswith('Exec="/opt/my apps/') for e in execs)


def test_icons_at_every_size_and_the_metainfo_are_installed(tmp_path: Path) -> None:
    desktop_entry.install(tmp_path, COMMAND)
    hicolor = tmp_path / "icons" / "hicolor"
    for size in ICON_SIZES:
        icon = hicolor / f"{size}x{size}" / "apps" / f"{ENTRY_ID}.png"
        assert icon.read_bytes() == assets.read_bytes(f"icons/foot-coach-{size}.png")
    assert (hicolor / "scalable" / "apps" / f"{ENTRY_ID}.svg").is_file()
    metainfo = tmp_path / "metainfo" / f"{ENTRY_ID}.metainfo.xml"
    result = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(metainfo)],
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_uninstall_removes_exactly_what_install_wrote(tmp_path: Path) -> None:
    other = tmp_path / "applications" / "someone-else.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n")
    written = desktop_entry.install(tmp_path, COMMAND)
    assert sorted(desktop_entry.uninstall(tmp_path)) == sorted(written)
    assert other.exists() and not [p for p in written if p.exists()]
    assert desktop_entry.uninstall(tmp_path) == []


def test_a_flatpak_or_a_package_brings_its_own_entry(tmp_path: Path) -> None:
    assert desktop_entry.packaged({"FLATPAK_ID": ENTRY_ID}, tmp_path)
    assert not desktop_entry.packaged({}, tmp_path)  # this venv is no distribution package
    (tmp_path / ".flatpak-info").write_text("[Application]\n")
    assert desktop_entry.packaged({}, tmp_path)


def test_the_command_installs_under_xdg_data_home_and_uninstalls(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "d")}
    script = Path(sys.executable).parent / "foot-coach"
    run = [sys.executable, "-m", "foot_coach"]
    done = subprocess.run(
        [*run, "--install-desktop"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stdout + done.stderr
    installed = tmp_path / "d" / "applications" / f"{ENTRY_ID}.desktop"
    assert f"\nExec={script}\n" in installed.read_text()
    gone = subprocess.run(
        [*run, "--uninstall-desktop"], env=env, capture_output=True, text=True, timeout=60
    )
    assert gone.returncode == 0 and not installed.exists(), gone.stdout + gone.stderr
