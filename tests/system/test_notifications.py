"""Desktop notifications through a real notification daemon (dunst) on a private D-Bus bus:
one replaces the other, a button press comes back, and with no daemon the app is told."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import shiboken6
from desktop import Desktop, private_desktop

from foot_coach.system.notifications import Notifier

BUTTONS = [("default", "Start now"), ("snooze", "In 10 minutes"), ("not-today", "Not today")]


@contextmanager
def notifier_on(desktop: Desktop, name: str) -> Iterator[Notifier]:
    """A Notifier on its own connection to the test's bus; it goes before its connection."""
    with desktop.bus(name) as bus:
        notifier = Notifier(bus)
        try:
            yield notifier
        finally:
            shiboken6.delete(notifier)


def test_one_notification_replaces_the_last_and_its_action_is_heard(qtbot, tmp_path: Path) -> None:
    with (
        private_desktop(tmp_path, notifications=True) as desktop,
        notifier_on(desktop, "notify-dunst") as notifier,
    ):
        assert notifier.available()
        notifier.show("Time for your foot exercises", "First", BUTTONS)
        qtbot.waitUntil(lambda: notifier.current != 0, timeout=10_000)
        first = notifier.current
        notifier.show("Time for your foot exercises", "Second", BUTTONS)
        qtbot.waitUntil(lambda: not notifier._watchers, timeout=10_000)  # dunst answered
        assert desktop.displayed() == 1 and notifier.current == first  # replaced, not stacked
        with qtbot.waitSignal(notifier.sig_action, timeout=10_000) as pressed:
            assert desktop.run("dunstctl", "action", "0").returncode == 0
        assert pressed.args == ["default"]
        notifier.show("Time for your foot exercises", "Third", BUTTONS)
        qtbot.waitUntil(lambda: desktop.displayed() == 1, timeout=10_000)
        notifier.close()
        qtbot.waitUntil(lambda: desktop.displayed() == 0, timeout=10_000)
        qtbot.waitUntil(lambda: not notifier._watchers, timeout=10_000)


def test_without_a_notification_daemon_the_app_is_told(qtbot, tmp_path: Path) -> None:
    with (
        private_desktop(tmp_path) as desktop,
        notifier_on(desktop, "notify-none") as notifier,
    ):
        with qtbot.waitSignal(notifier.sig_failed, timeout=10_000) as failed:
            notifier.show("Time for your foot exercises", "Nobody listens", BUTTONS)
        assert "org.freedesktop.Notifications" in failed.args[0]
        assert notifier.current == 0
