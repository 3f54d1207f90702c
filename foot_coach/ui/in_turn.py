"""Boxes over the window at start, one at a time: a warning about the person's files, the
offer to carry on with a session, the welcome. Each opens once the one before it is closed.

Opened together, the last one lay on top with the focus and, being modal, held the others
under it unanswerable: the welcome hid a warning that had to be read first.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:  # the boxes open after the first paint: PySide builds QDialog's type when named
    from PySide6.QtWidgets import QDialog

Opener = Callable[[], "QDialog | None"]  # opens a box and gives it; None: nothing to ask


class InTurn(QObject):
    """Opens the boxes handed to it in the order handed, each when the last has closed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: deque[Opener] = deque()
        self._open: QDialog | None = None

    def add(self, opener: Opener) -> None:
        self._waiting.append(opener)
        self._next()

    def showing(self) -> QDialog | None:
        return self._open

    def _next(self) -> None:
        while self._open is None and self._waiting:
            self._open = self._waiting.popleft()()
            if self._open is not None:
                self._open.finished.connect(self._closed)

    def _closed(self) -> None:
        self._open = None
        self._next()
