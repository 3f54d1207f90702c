"""The desktop's own services, where there are any: its notifications and what it can say about
the person's moment. D-Bus and X11 exist on Linux and the BSDs only; elsewhere (and with no
session bus) the app uses its tray balloon or prompt, and no reminder is ever held back.

They are found when a reminder first needs them (`OnDemand`), not at start: D-Bus, X11 and
their libraries cost start-up time and memory that the window and the tray do not need."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from foot_coach.core.interrupt import Checks, Seen
    from foot_coach.system.notifications import Notifier
    from foot_coach.system.presence_probe import PresenceProbe

LOG = logging.getLogger("foot_coach")


def services(platform: str) -> tuple[Notifier | None, PresenceProbe | None]:
    """The notifier and the presence probe for a Qt platform (e.g. "xcb", "wayland")."""
    try:  # a PySide build may come without QtDBus
        from foot_coach.system.notifications import Notifier, session_bus
        from foot_coach.system.presence_probe import PresenceProbe
        from foot_coach.system.x11 import X11
    except ImportError as exc:
        LOG.info("no desktop services: %s", exc)
        return None, None
    bus = session_bus()
    x11 = X11() if platform == "xcb" else None  # other programs' windows: X11 only
    return (Notifier(bus) if bus is not None else None), PresenceProbe(bus, x11)


class OnDemand(QObject):
    """The notifier and the presence probe in one, found on first use. Without a notifier it
    is never available (the tray balloon or the prompt come instead); without a probe
    nothing is seen, so no reminder is held back."""

    sig_action = Signal(str)  # as Notifier's
    sig_failed = Signal(str)

    def __init__(self, platform: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.platform = platform
        self._found: tuple[Notifier | None, PresenceProbe | None] | None = None

    def _services(self) -> tuple[Notifier | None, PresenceProbe | None]:
        if self._found is None:
            self._found = services(self.platform)
            if (notifier := self._found[0]) is not None:
                notifier.sig_action.connect(self.sig_action)
                notifier.sig_failed.connect(self.sig_failed)
        return self._found

    def available(self) -> bool:
        notifier = self._services()[0]
        return notifier is not None and notifier.available()

    def show(self, title: str, body: str, buttons: list[tuple[str, str]]) -> None:
        if (notifier := self._services()[0]) is not None:
            notifier.show(title, body, buttons)

    def close(self) -> None:
        # Not looked for yet: nothing was shown, so nothing is looked for only to close it.
        if self._found is not None and (notifier := self._found[0]) is not None:
            notifier.close()

    def look(self, checks: Checks, done: Callable[[Seen], None]) -> None:
        if (probe := self._services()[1]) is not None:
            probe.look(checks, done)
        else:
            from foot_coach.core.interrupt import Seen  # the reminder rules load after start

            done(Seen())
