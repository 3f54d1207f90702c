"""The desktop's notification service, stood in for: what it was asked to show and close, and
the buttons pressed and failures, sent by the test."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Server(QObject):
    """Stands in for the desktop's notification service: records what it was asked to show."""

    sig_action = Signal(str)
    sig_failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[tuple[str, str, list[tuple[str, str]]]] = []
        self.closed = 0

    def available(self) -> bool:
        return True

    def show(self, title: str, body: str, buttons: list[tuple[str, str]]) -> None:
        self.shown.append((title, body, buttons))

    def close(self) -> None:
        self.closed += 1
