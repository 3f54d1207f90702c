"""The main window's first paint: reported to a file, so benchmarks can time start-up, and
the moment work that must not delay it may begin."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

READY_FILE_ENV = "FOOT_COACH_READY_FILE"


class FirstPaintReporter(QObject):
    """Writes time.monotonic() (a clock shared by all processes) at the first Paint event."""

    def __init__(self, target: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._target = target

    @classmethod
    def install(cls, window: QObject) -> None:
        """Report `window`'s first paint where the environment asks for it, if it does."""
        if target := os.environ.get(READY_FILE_ENV, ""):
            window.installEventFilter(cls(target, window))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._target and event.type() == QEvent.Type.Paint:
            with open(self._target, "w", encoding="utf-8") as out:
                out.write(repr(time.monotonic()))
            self._target = ""
            watched.removeEventFilter(self)
        return False


class OnFirstPaint(QObject):
    """Calls back once, just after the watched widget's first Paint event has been handled,
    or after `latest_ms` if no paint comes (a window the desktop keeps covered)."""

    def __init__(self, parent: QObject, then: Callable[[], None], latest_ms: int = 3000) -> None:
        super().__init__(parent)
        self._then: Callable[[], None] | None = then
        parent.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._then is not None and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._call)  # after this paint has reached the screen
        return False

    def _call(self) -> None:
        self.parent().removeEventFilter(self)
        then, self._then = self._then, None
        if then is not None:
            then()


def after_first_paint(window: QObject, shown: bool, *then: Callable[[], None]) -> None:
    """Run each of `then` once the window has painted (or soon, when it starts hidden in the
    tray): work the first paint does not need waits until the person sees the window."""

    def run_all() -> None:
        for step in then:
            step()

    if not shown:
        QTimer.singleShot(0, run_all)
        return
    OnFirstPaint(window, run_all)
