"""Quit properly on SIGTERM and SIGINT (logging out, `kill`, Ctrl+C in a terminal).

Python runs a signal handler only between bytecodes, and Qt's event loop waits in C++, so
the handler alone would run late or never. The signal's number is written to a socket that
the event loop watches (signal.set_wakeup_fd), and the quit then runs as any other event:
the session is stopped and saved, the helpers are ended and the data folder is let go.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

SIGNALS = (signal.SIGTERM, signal.SIGINT)


class QuitOnSignal(QObject):
    def __init__(self, quit_app: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit = quit_app
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        signal.set_wakeup_fd(self._write.fileno())
        for number in SIGNALS:
            signal.signal(number, lambda *_: None)  # the wake-up byte does the work
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _woken(self) -> None:
        try:
            numbers = self._read.recv(64)
        except BlockingIOError:
            return
        if any(number in SIGNALS for number in numbers):
            self._quit()
