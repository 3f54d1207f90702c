"""The desktop's notifier and presence probe are found when a reminder first needs them, not at
start, and then act as themselves."""

from __future__ import annotations

from notifier_fakes import Server

from foot_coach.core.interrupt import Checks, Seen
from foot_coach.system import desktop


class Probe:
    def look(self, checks: Checks, done) -> None:
        done(Seen(locked=True))


def finder(monkeypatch, found: tuple[object, object]) -> list[str]:
    asked: list[str] = []

    def services(platform: str):
        asked.append(platform)
        return found

    monkeypatch.setattr(desktop, "services", services)
    return asked


def test_nothing_is_looked_for_until_first_asked(qtbot, monkeypatch) -> None:
    asked = finder(monkeypatch, (Server(), Probe()))
    services = desktop.OnDemand("xcb")
    services.close()  # nothing was shown yet, so nothing needs finding to close it
    assert asked == []
    seen: list[Seen] = []
    services.look(Checks(), seen.append)
    assert seen == [Seen(locked=True)] and asked == ["xcb"]
    assert services.available()
    assert asked == ["xcb"]  # found once


def test_the_found_notifier_shows_closes_and_its_answers_arrive(qtbot, monkeypatch) -> None:
    notifier = Server()
    finder(monkeypatch, (notifier, None))
    services = desktop.OnDemand("wayland")
    services.show("Time for your foot exercises", "", [("start", "Start now")])
    with qtbot.waitSignal(services.sig_action) as pressed:
        notifier.sig_action.emit("start")
    services.close()
    assert notifier.shown == [("Time for your foot exercises", "", [("start", "Start now")])]
    assert notifier.closed == 1
    assert pressed.args == ["start"]


def test_without_services_no_notification_and_nothing_held(qtbot, monkeypatch) -> None:
    finder(monkeypatch, (None, None))
    services = desktop.OnDemand("windows")
    seen: list[Seen] = []
    services.look(Checks(), seen.append)
    services.show("Time for your foot exercises", "", [])  # nowhere to show: nothing happens
    assert not services.available() and seen == [Seen()]
