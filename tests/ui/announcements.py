"""What the app announces to a screen reader, heard in process: the tests stand in for the
accessibility bridge, which would pass each announcement on to AT-SPI."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

Heard = TypeVar("Heard")
Politeness = QAccessible.AnnouncementPoliteness


def _listen(
    monkeypatch: pytest.MonkeyPatch, keep: Callable[[QAccessibleAnnouncementEvent], Heard]
) -> list[Heard]:
    heard: list[Heard] = []

    def update(event) -> None:
        if event.type() == QAccessible.Event.Announcement:
            heard.append(keep(event))

    monkeypatch.setattr(QAccessible, "updateAccessibility", update)
    return heard


def listen(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """From now on, the words of each announcement, in order."""
    return _listen(monkeypatch, lambda event: event.message())


def listen_with_politeness(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Politeness]]:
    """From now on, each announcement's words and how urgently they are to be said."""
    return _listen(monkeypatch, lambda event: (event.message(), event.politeness()))
