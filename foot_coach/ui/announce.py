"""Words for screen readers that are not tied to focus: a session's phases and its progress.

Qt's Linux bridge drops QAccessible Alert events and Orca ignores name changes on labels, so
announcements go out as QAccessibleAnnouncementEvent (Qt 6.8+), which AT-SPI carries as
"object:announcement" with its politeness.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

Politeness = QAccessible.AnnouncementPoliteness


def announce(source: QWidget, text: str, politeness: Politeness = Politeness.Polite) -> None:
    """Assertive interrupts what the screen reader is saying (the step to do now); polite
    waits its turn (how far along the routine is)."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(politeness)
    QAccessible.updateAccessibility(event)
