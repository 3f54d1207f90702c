"""The desktop's own services, where there are any: its notifications and what it can say about
the person's moment. D-Bus and X11 exist on Linux and the BSDs only; elsewhere (and with no
session bus) the app uses its tray balloon or prompt, and no reminder is ever held back."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
