"""Waiting for something to happen on an X display without polling: a connection that listens
to the root window (windows created, mapped, moved; root properties set) and asks again after
each event, until the answer is yes or the time is up.

Built on the app's own libX11 wrapper (foot_coach/system/x11.py), so a test asks the X server
the same questions the app does.
"""

from __future__ import annotations

import ctypes
import select
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from foot_coach.system.x11 import X11, Window, _ignore

SUBSTRUCTURE_NOTIFY = 1 << 19
PROPERTY_CHANGE = 1 << 22
EVENT_SIZE = 192  # sizeof(XEvent): a union padded to 24 longs


def _declare_events(x: ctypes.CDLL) -> None:
    x.XSelectInput.argtypes = [ctypes.c_void_p, Window, ctypes.c_long]
    x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x.XPending.argtypes = [ctypes.c_void_p]
    x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    x.XConnectionNumber.argtypes = [ctypes.c_void_p]
    x.XCloseDisplay.argtypes = [ctypes.c_void_p]


class XWatch(X11):
    """A connection that hears every change under the root window from the moment it opens."""

    def __init__(self, display: str) -> None:
        super().__init__(display)
        if self.x is None:
            raise AssertionError("libX11 is missing: run `make test` (scripts/system-deps.sh)")
        if self._open() is None:
            raise AssertionError(f"cannot open X display {display!r}")
        _declare_events(self.x)
        # Windows watched for their properties may close at any time (BadWindow); Xlib's
        # default handler would end the test process for that.
        self.previous = self.x.XSetErrorHandler(ctypes.cast(_ignore, ctypes.c_void_p))
        self.listen(self.root(), SUBSTRUCTURE_NOTIFY | PROPERTY_CHANGE)
        self.event = ctypes.create_string_buffer(EVENT_SIZE)

    def listen(self, window: int, mask: int) -> None:
        """Events of `window` from now on: synced, so none after this call is missed."""
        assert self.x is not None
        self.x.XSelectInput(self.display, window, mask)
        self.x.XSync(self.display, 0)

    def until(self, condition: Callable[[], object], timeout: float = 20.0) -> bool:
        """True once `condition` holds (asked now and after each batch of events), False if
        it still does not when `timeout` seconds have passed."""
        assert self.x is not None
        deadline = time.monotonic() + timeout
        socket = self.x.XConnectionNumber(self.display)
        while True:
            while self.x.XPending(self.display):
                self.x.XNextEvent(self.display, self.event)
            if condition():
                return True
            if self.x.XPending(self.display):
                continue  # events came in while the condition was asked
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([socket], [], [], left)[0]:
                return False

    def full_screen(self) -> bool:
        """Another program's window is active and full screen; its state changes are heard too,
        since the window manager may set them after it has named the active window."""
        active = self._longs(self.root(), "_NET_ACTIVE_WINDOW")
        if active and active[0]:
            self.listen(active[0], PROPERTY_CHANGE)
        return bool(self.full_screen_other(own_pid=0))

    def has_root_property(self, name: str) -> bool:
        return self._longs(self.root(), name) is not None

    def close(self) -> None:
        if self.x is not None and self.display is not None:
            self.x.XSetErrorHandler(self.previous)
        super().close()


@contextmanager
def watching(display: str) -> Iterator[XWatch]:
    watch = XWatch(display)
    try:
        yield watch
    finally:
        watch.close()
