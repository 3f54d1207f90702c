"""`foot-coach --install-desktop`: a menu entry, icons and AppStream data for pip and pipx.

A Flatpak or a distribution package brings these files itself; a pip or pipx install has only
the command. This copies the shipped .desktop file (every Exec pointing at this installation,
quoted as the Desktop Entry spec asks), the icon at every size and the metainfo into the
person's data folder ($XDG_DATA_HOME, else ~/.local/share); --uninstall-desktop removes
exactly those files.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import foot_coach
from foot_coach.system import assets
from foot_coach.system.assets import ICON_SIZES
from foot_coach.system.autostart import ENTRY_ID, exec_quote

_EXEC = re.compile(r"^Exec=foot-coach(?= |$)", re.MULTILINE)


def data_home(environ: Mapping[str, str], home: Path) -> Path:
    return Path(environ.get("XDG_DATA_HOME") or home / ".local" / "share")


def packaged(environ: Mapping[str, str], root: Path = Path("/")) -> bool:
    """Installed by Flatpak, Snap or the distribution, which bring the menu entry themselves."""
    if environ.get("FLATPAK_ID") or environ.get("SNAP") or (root / ".flatpak-info").exists():
        return True
    where = Path(foot_coach.__file__).resolve()
    return where.is_relative_to("/usr") and not where.is_relative_to("/usr/local")


def offered(environ: Mapping[str, str], home: Path) -> bool:
    """Worth offering: no package brought the entry, and it is not in place already."""
    installed = data_home(environ, home) / "applications" / f"{ENTRY_ID}.desktop"
    return not packaged(environ) and not installed.exists()


def launcher() -> list[str]:
    """The command that starts this installation: the bundle, the venv's script, or Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).parent / "foot-coach"  # pip and pipx put it beside python
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "foot_coach"]


def entry(template: str, command: Sequence[str]) -> str:
    """The shipped .desktop text with each `foot-coach` Exec turned into `command`."""
    quoted = " ".join(exec_quote(part) for part in command)
    return _EXEC.sub(lambda _: f"Exec={quoted}", template)


def files(data: Path) -> dict[Path, str]:
    """Where each file goes, and the shipped resource it comes from."""
    hicolor = data / "icons" / "hicolor"
    placed = {
        data / "applications" / f"{ENTRY_ID}.desktop": f"desktop/{ENTRY_ID}.desktop",
        data / "metainfo" / f"{ENTRY_ID}.metainfo.xml": f"desktop/{ENTRY_ID}.metainfo.xml",
        hicolor / "scalable" / "apps" / f"{ENTRY_ID}.svg": "icons/foot-coach.svg",
    }
    for size in ICON_SIZES:
        placed[hicolor / f"{size}x{size}" / "apps" / f"{ENTRY_ID}.png"] = (
            f"icons/foot-coach-{size}.png"
        )
    return placed


def install(data: Path, command: Sequence[str]) -> list[Path]:
    """Write every file; raises OSError naming the file that could not be written."""
    written = []
    for target, resource in files(data).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.suffix == ".desktop":
            target.write_text(entry(assets.read_text(resource), command), encoding="utf-8")
        else:
            target.write_bytes(assets.read_bytes(resource))
        written.append(target)
    os.utime(data / "icons" / "hicolor")  # icon caches look at the theme folder's time
    return written


def uninstall(data: Path) -> list[Path]:
    removed = []
    for target in files(data):
        if target.exists():
            target.unlink()
            removed.append(target)
    return removed


def main(remove: bool = False) -> int:
    if packaged(os.environ):
        print("Foot Coach was installed by a package, which brings its own menu entry.")
        return 1
    data = data_home(os.environ, Path.home())
    try:
        done = uninstall(data) if remove else install(data, launcher())
    except OSError as exc:
        print(f"Could not {'remove' if remove else 'write'} {exc.filename}: {exc.strerror}")
        return 1
    verb = "Removed" if remove else "Installed"
    print(f"{verb} {len(done)} files under {data}:")
    for path in done:
        print(f"  {path}")
    return 0
