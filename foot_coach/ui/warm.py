"""Loading the chart libraries ahead of need, off the UI thread.

Importing pyqtgraph and numpy costs about 0.4 s here, more than the History page then takes to
query ten years and draw them. Start-up never pays it; instead it starts in the background when
the person is likely to look at their history next: the pointer or the keyboard reaches the
History button, or a session ends. The page opened before that is done shows everything that
needs no chart at once and asks `when_loaded` to draw the charts once they are in.

Most of the import is Python code, which the window's thread can interrupt; what it cannot is
loading each compiled library (numpy's core, Qt's OpenGL wrappers), tens of milliseconds each.
While loading, the interpreter is handed back to the window every millisecond instead of every
five, so input waits only for those.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

LOG = logging.getLogger("foot_coach")
CHARTS = "foot_coach.ui.charts"
SWITCH_S = 0.001
_lock = threading.Lock()
_thread: threading.Thread | None = None
_loaded = threading.Event()


class _Waiting(QObject):
    """Lives on the UI thread: the loading thread's signal reaches it there, queued."""

    sig_loaded = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.callbacks: list[Callable[[], None]] = []
        self.delivered = False
        self.sig_loaded.connect(self._deliver)

    def _deliver(self) -> None:
        self.delivered = True
        callbacks, self.callbacks = self.callbacks, []
        for callback in callbacks:
            callback()


_waiting: _Waiting | None = None


def _waiter() -> _Waiting:
    global _waiting
    if _waiting is None:
        _waiting = _Waiting()
    return _waiting


def loaded() -> bool:
    """The chart module is imported (or importing it failed, which drawing will then say)."""
    return _loaded.is_set() or (CHARTS in sys.modules and _thread is None)


def when_loaded(callback: Callable[[], None]) -> None:
    """Call back on the UI thread once the charts are loaded: now if they are, else when the
    background load (started now if need be) has finished. Call from the UI thread."""
    waiting = _waiter()
    if loaded() and (waiting.delivered or _thread is None):
        callback()
        return
    waiting.callbacks.append(callback)
    charts_in_background()


def charts_in_background() -> threading.Thread | None:
    """Start loading the charts module unless it is loaded or loading; the thread, if started."""
    global _thread
    waiting = _waiter()
    with _lock:
        if CHARTS in sys.modules or _thread is not None:
            return None
        _thread = threading.Thread(target=_load, args=(waiting,), name="load-charts", daemon=True)
        _thread.start()
        return _thread


def _load(waiting: _Waiting) -> None:
    switch = sys.getswitchinterval()
    sys.setswitchinterval(SWITCH_S)
    try:
        __import__(CHARTS)
    except Exception:  # drawing imports it again, and reports a failure there
        LOG.exception("loading the chart libraries ahead of time failed")
    finally:
        sys.setswitchinterval(switch)
        _loaded.set()
        waiting.sig_loaded.emit()
