"""Inside a Flatpak, start at login is asked of the Background portal: checked against a
stand-in portal (portal_standin.py, GLib's D-Bus as the real portal uses) on a private bus."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import shiboken6
from desktop import first_line, private_desktop
from PySide6.QtDBus import QDBusConnection

from foot_coach.system import background_portal
from foot_coach.system.autostart import Autostart

STANDIN = Path(__file__).with_name("portal_standin.py")
COMMAND = ["foot-coach", "--minimized"]
FLATPAK = {"FLATPAK_ID": "io.github.footcoach.FootCoach"}


@contextmanager
def portal_bus(
    tmp_path: Path, name: str, portal: bool = True, answer: str = "allow"
) -> Iterator[QDBusConnection]:
    """A private session bus, with the stand-in portal on it when asked."""
    with private_desktop(tmp_path) as desktop:
        if portal:
            # Debian's python3 has GLib's introspection (python3-gi); the venv's need not.
            got = str(tmp_path / "got.json")
            standin = desktop.start("/usr/bin/python3", str(STANDIN), got, answer,
                                    stdout=subprocess.PIPE)  # fmt: skip
            assert first_line(standin) == "ready"
        with desktop.bus(name) as bus:
            yield bus


@contextmanager
def asking(bus: QDBusConnection) -> Iterator[background_portal.Request]:
    """A request that goes before its connection: a QObject the bus still points at must not
    outlive it into the garbage collector."""
    request = background_portal.Request(bus)
    try:
        yield request
    finally:
        shiboken6.delete(request)


def received(tmp_path: Path) -> dict:
    return json.loads((tmp_path / "got.json").read_text())


def test_the_request_carries_autostart_the_command_and_a_reason(qapp, tmp_path: Path) -> None:
    with portal_bus(tmp_path, "portal-on") as bus, asking(bus) as request:
        handle = request.ask(True, COMMAND, "Reminders at the times you chose")
    got = received(tmp_path)
    assert handle.startswith("/org/freedesktop/portal/desktop/request/")
    assert got["options"]["autostart"] is True and handle.endswith(got["options"]["handle_token"])
    assert got["options"]["commandline"] == COMMAND
    assert got["options"]["reason"] == "Reminders at the times you chose"
    # The types the real portal reads: a list of strings, not a list of variants.
    assert got["types"] == {"autostart": "b", "commandline": "as", "reason": "s",
                            "dbus-activatable": "b", "handle_token": "s"}  # fmt: skip


def test_autostart_in_a_flatpak_asks_the_portal_and_writes_no_file(qtbot, tmp_path: Path) -> None:
    home = tmp_path / "home"
    with portal_bus(tmp_path, "portal-auto") as bus:
        answers: list[bool] = []
        auto = Autostart("linux", home=home, environ=FLATPAK, portal_bus=bus,
                         on_answer=answers.append)  # fmt: skip
        assert auto.enabled() is None  # the portal cannot be asked: the saved setting counts
        auto.set(False, COMMAND)
        assert received(tmp_path)["options"]["autostart"] is False
        auto.set(True, COMMAND)
        assert received(tmp_path)["options"]["autostart"] is True
        # The second request replaces the first, whose answer no longer matters.
        qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
        assert answers[-1] is True
        shiboken6.delete(auto._request)
    assert not (home / ".config" / "autostart").exists()


def test_without_a_portal_the_message_names_it(qapp, tmp_path: Path) -> None:
    refused = r"org\.freedesktop\.portal\.Background did not accept"
    with (
        portal_bus(tmp_path, "portal-none", portal=False) as bus,
        asking(bus) as request,
        pytest.raises(OSError, match=refused),
    ):
        request.ask(True, COMMAND, "reason")


def test_outside_a_flatpak_the_autostart_file_is_used(tmp_path: Path) -> None:
    assert background_portal.in_flatpak(FLATPAK, tmp_path)
    assert not background_portal.in_flatpak({}, tmp_path)
    (tmp_path / ".flatpak-info").write_text("[Application]\n")
    assert background_portal.in_flatpak({}, tmp_path)


def test_a_no_from_the_person_comes_back_as_an_answer(qtbot, tmp_path: Path) -> None:
    with portal_bus(tmp_path, "portal-deny", answer="deny") as bus, asking(bus) as request:
        waiting = qtbot.waitSignal(request.sig_answered, timeout=10_000)
        with waiting as answered:
            request.ask(True, COMMAND, "reason")
    assert answered.args == [False]
