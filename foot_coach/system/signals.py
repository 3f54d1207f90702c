"""Quit properly on SIGTERM and SIGINT (logging out, `kill`, Ctrl+C in a terminal).

Python runs a signal handler only between bytecodes, and Qt's event loop waits in C++, so
the handler alone would run late or never. The signal's number is written to a pipe that
the event loop watches (signal.set_wakeup_fd), and the quit then runs as any other event:
the session is stopped and saved, the helpers are ended and the data folder is let go.
A pipe, not a socket pair: the `socket` module (and the `selectors` and `array` it loads) held
0.4 MB of the app at rest for these two file descriptors.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

SIGNALS = (signal.SIGTERM, signal.SIGINT)


class QuitOnSignal(QObject):
    def __init__(self, quit_app: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit = quit_app
        # As files, so the two ends close with this object, as the sockets did.
        read, write = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
        self._read = os.fdopen(read, "rb", buffering=0)
        self._write = os.fdopen(write, "wb", buffering=0)
        signal.set_wakeup_fd(self._write.fileno())
        for number in SIGNALS:
            signal.signal(number, lambda *_: None)  # the wake-up byte does the work
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _woken(self) -> None:
        numbers = self._read.read(64) or b""  # None: nothing there after all
        if any(number in SIGNALS for number in numbers):
            self._quit()
