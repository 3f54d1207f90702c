"""Start at login, off by default: one entry per platform, each starting Foot Coach minimized.

- Linux and other XDG desktops: a .desktop file in $XDG_CONFIG_HOME/autostart; inside a
  Flatpak, whose own autostart folder the session never reads, a request to the Background
  portal (system/background_portal.py).
- Windows: a value under the per-user Run key (no administrator rights needed).
- macOS: a LaunchAgent plist in ~/Library/LaunchAgents.
Turning it off removes exactly what turning it on wrote, and nothing else.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from foot_coach import APP_NAME
from foot_coach.system.background_portal import in_flatpak

ENTRY_ID = "io.github.footcoach.FootCoach"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


class Registry(Protocol):
    """The part of winreg used here, so Windows behaviour can be tested anywhere."""

    def set_run_value(self, name: str, command: str) -> None: ...
    def delete_run_value(self, name: str) -> None: ...
    def get_run_value(self, name: str) -> str | None: ...


def launch_command(
    data_dir: Path | None = None, environ: os._Environ[str] | dict[str, str] = os.environ
) -> list[str]:
    """How to start this installation minimized: the Flatpak's command, the bundle's
    executable, or this Python."""
    if in_flatpak(environ):
        command = ["foot-coach"]  # the portal runs it inside the sandbox
    elif getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "foot_coach"]
    command.append("--minimized")
    if data_dir is not None:  # a portable install keeps its own folder at login too
        command += ["--data-dir", str(data_dir)]
    return command


def xdg_entry_path(environ: os._Environ[str] | dict[str, str], home: Path) -> Path:
    base = environ.get("XDG_CONFIG_HOME") or str(home / ".config")
    return Path(base) / "autostart" / f"{ENTRY_ID}.desktop"


_RESERVED = set(" \t\n\r\"'\\><~|&;$*?#()`")


def exec_quote(argument: str) -> str:
    """Quote one argument for a .desktop Exec line, as the Desktop Entry spec asks."""
    argument = argument.replace("%", "%%")
    if _RESERVED.isdisjoint(argument):
        return argument
    inner = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    # The whole value is also a desktop-file string, where a backslash is written twice and a
    # line break as \n: a folder name holding one must not start a line of its own (a second
    # Exec= running anything).
    quoted = '"' + inner.replace("\\", "\\\\") + '"'
    return quoted.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def xdg_entry(command: Sequence[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Reminders for your foot exercises\n"
        f"Exec={' '.join(exec_quote(part) for part in command)}\n"
        f"Icon={ENTRY_ID}\n"
        "X-GNOME-Autostart-enabled=true\n"
        "NoDisplay=false\n"
    )


def launch_agent_path(home: Path) -> Path:
    return home / "Library" / "LaunchAgents" / f"{ENTRY_ID}.plist"


def launch_agent(command: Sequence[str]) -> bytes:
    import plistlib  # macOS only: on Linux it would load an XML parser for nothing

    return plistlib.dumps({"Label": ENTRY_ID, "ProgramArguments": list(command), "RunAtLoad": True})


class Autostart:
    """Reads and writes the login entry for one platform ("linux", "win32", "darwin")."""

    def __init__(
        self,
        platform: str = sys.platform,
        home: Path | None = None,
        environ: os._Environ[str] | dict[str, str] | None = None,
        registry: Registry | None = None,
        portal_bus: Any = None,  # a QDBusConnection; the session bus when None
        on_answer: Callable[[bool], None] | None = None,  # the portal's later yes or no
    ) -> None:
        self.platform = platform
        self.home = home or Path.home()
        self.environ = os.environ if environ is None else environ
        self.registry = registry
        self.portal_bus = portal_bus
        self.on_answer = on_answer
        self._request: Any = None  # the portal request still waiting for its answer

    def _file(self) -> Path:
        if self.platform == "darwin":
            return launch_agent_path(self.home)
        return xdg_entry_path(self.environ, self.home)

    def _portal(self) -> bool:
        return self.platform not in ("win32", "darwin") and in_flatpak(self.environ)

    def enabled(self) -> bool | None:
        """None inside a Flatpak: the portal cannot be asked, the saved setting counts."""
        if self._portal():
            return None
        if self.platform == "win32":
            return self._registry().get_run_value(APP_NAME) is not None
        return self._file().exists()

    def set(self, on: bool, command: Sequence[str]) -> None:
        """Write or remove the entry. Raises OSError with the path when it cannot."""
        if self._portal():
            from foot_coach.system import background_portal
            from foot_coach.system.i18n import tr

            reason = tr("Foot Coach starts at login to remind you of your exercises.")
            self._request = background_portal.Request(self.portal_bus)
            if self.on_answer is not None:
                self._request.sig_answered.connect(self.on_answer)
            self._request.ask(on, command, reason)
            return
        if self.platform == "win32":
            registry = self._registry()
            if on:
                registry.set_run_value(APP_NAME, subprocess_line(command))
            else:
                registry.delete_run_value(APP_NAME)
            return
        target = self._file()
        if not on:
            target.unlink(missing_ok=True)
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        if self.platform == "darwin":
            target.write_bytes(launch_agent(command))
        else:
            target.write_text(xdg_entry(command), encoding="utf-8")

    def _registry(self) -> Registry:
        if self.registry is None:
            self.registry = WindowsRegistry()
        return self.registry


def subprocess_line(command: Sequence[str]) -> str:
    """A Windows command line: every part quoted, as the Run key expects."""
    return " ".join(f'"{part}"' for part in command)


class WindowsRegistry:  # pragma: no cover - only runs on Windows
    def _key(self, write: bool):  # type: ignore[no-untyped-def]
        import winreg  # type: ignore[import-not-found,unused-ignore]

        access = winreg.KEY_SET_VALUE if write else winreg.KEY_READ
        return winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, access)

    def set_run_value(self, name: str, command: str) -> None:
        import winreg  # type: ignore[import-not-found,unused-ignore]

        with self._key(True) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, command)

    def delete_run_value(self, name: str) -> None:
        import winreg  # type: ignore[import-not-found,unused-ignore]

        with self._key(True) as key, contextlib.suppress(FileNotFoundError):
            winreg.DeleteValue(key, name)

    def get_run_value(self, name: str) -> str | None:
        import winreg  # type: ignore[import-not-found,unused-ignore]

        with self._key(False) as key:
            try:
                return str(winreg.QueryValueEx(key, name)[0])
            except FileNotFoundError:
                return None
