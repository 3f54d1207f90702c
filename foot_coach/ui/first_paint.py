"""Reports the main window's first paint to a file, so benchmarks can time start-up."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject

READY_FILE_ENV = "FOOT_COACH_READY_FILE"


class FirstPaintReporter(QObject):
    """Writes time.monotonic() (a clock shared by all processes) at the first Paint event."""

    def __init__(self, target: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._target = target

    @classmethod
    def from_env(cls, parent: QObject | None = None) -> FirstPaintReporter | None:
        target = os.environ.get(READY_FILE_ENV, "")
        return cls(target, parent) if target else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._target and event.type() == QEvent.Type.Paint:
            with open(self._target, "w", encoding="utf-8") as out:
                out.write(repr(time.monotonic()))
            self._target = ""
            watched.removeEventFilter(self)
        return False
