"""The main window's first paint: reported to a file, so benchmarks can time start-up, and
the moment work that must not delay it may begin.

A widget with a `sig_painted` signal (the main window) is followed through it; others through
an event filter. A filter costs memory for as long as the app runs: PySide hands it each event
as a plain QEvent, and to find its class builds the Python types of all of Qt's event classes
(0.6 MB), which nothing at rest needs otherwise."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, SignalInstance

READY_FILE_ENV = "FOOT_COACH_READY_FILE"


class _PaintWatch(QObject):
    """Hears its parent's paints until `_stop()`: through the parent's `sig_painted` if it has
    one, else an event filter. Goes with the parent, and so does the connection."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        if (painted := _painted_signal(parent)) is not None:
            painted.connect(self._painted)
        else:
            parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._painted()
        return False

    def _painted(self) -> None:
        raise NotImplementedError

    def _stop(self) -> None:
        if (painted := _painted_signal(self.parent())) is not None:
            painted.disconnect(self._painted)
        else:
            self.parent().removeEventFilter(self)


class FirstPaintReporter(_PaintWatch):
    """Writes time.monotonic() (a clock shared by all processes) at the first Paint event."""

    def __init__(self, target: str, window: QObject) -> None:
        super().__init__(window)
        self._target = target

    @classmethod
    def install(cls, window: QObject) -> None:
        """Report `window`'s first paint where the environment asks for it, if it does."""
        if target := os.environ.get(READY_FILE_ENV, ""):
            cls(target, window)

    def _painted(self) -> None:
        if self._target:
            with open(self._target, "w", encoding="utf-8") as out:
                out.write(repr(time.monotonic()))
            self._target = ""
            self._stop()


class OnFirstPaint(_PaintWatch):
    """Calls back once, just after the watched widget's first Paint event has been handled,
    or after `latest_ms` if no paint comes (a window the desktop keeps covered)."""

    def __init__(self, parent: QObject, then: Callable[[], None], latest_ms: int = 3000) -> None:
        super().__init__(parent)
        self._then: Callable[[], None] | None = then
        QTimer.singleShot(latest_ms, self, self._call)

    def _painted(self) -> None:
        if self._then is not None:
            QTimer.singleShot(0, self, self._call)  # after this paint has reached the screen

    def _call(self) -> None:
        then, self._then = self._then, None
        if then is None:  # called already: by the paint, or at the latest
            return
        self._stop()
        then()


def _painted_signal(watched: QObject) -> SignalInstance | None:
    painted = getattr(watched, "sig_painted", None)
    return painted if isinstance(painted, SignalInstance) else None


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
