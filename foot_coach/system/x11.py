"""Two questions to the X server, through libX11 and libXss with ctypes (no helper programs):
is another program's window in front and full screen, and how long has nobody touched the
keyboard or mouse.

Each answer is one round trip to the local X server. Where there is no X11 (Wayland,
Windows, macOS) or a library is missing, the answer is None: not known.
"""

from __future__ import annotations

import ctypes
import os
from typing import Any

Window = ctypes.c_ulong
Atom = ctypes.c_ulong
ANY_TYPE = 0
ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


class ScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", Window),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("event_mask", ctypes.c_ulong),
    ]


def _load(name: str) -> Any:
    try:
        return ctypes.CDLL(name)
    except OSError:
        return None


def _declare(x: Any) -> None:
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XDefaultRootWindow.restype = Window
    x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x.XInternAtom.restype = Atom
    x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x.XGetWindowProperty.argtypes = [
        ctypes.c_void_p, Window, Atom, ctypes.c_long, ctypes.c_long, ctypes.c_int, Atom,
        ctypes.POINTER(Atom), ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ubyte)),
    ]  # fmt: skip
    x.XFree.argtypes = [ctypes.c_void_p]
    x.XSetErrorHandler.restype = ctypes.c_void_p
    x.XSetErrorHandler.argtypes = [ctypes.c_void_p]


@ERROR_HANDLER
def _ignore(_display: int, _event: int) -> int:
    # The active window can close between two questions (BadWindow); Xlib's own handler
    # would end the whole program for that.
    return 0


class X11:
    """One connection to the X server, opened on first use."""

    def __init__(self, display: str | None = None) -> None:
        self.name = display if display is not None else os.environ.get("DISPLAY", "")
        self.x = _load("libX11.so.6") if self.name else None
        self.xss = _load("libXss.so.1") if self.x is not None else None
        self.display: int | None = None
        if self.x is not None:
            _declare(self.x)

    def _open(self) -> int | None:
        if self.display is None and self.x is not None:
            self.display = self.x.XOpenDisplay(self.name.encode()) or None
        return self.display

    def close(self) -> None:
        if self.display is not None and self.x is not None:
            self.x.XCloseDisplay(ctypes.c_void_p(self.display))
        self.display = None

    def root(self) -> int:
        assert self.x is not None and self._open() is not None
        return int(self.x.XDefaultRootWindow(self.display))

    def _longs(self, window: int, name: str) -> list[int] | None:
        """A 32-bit-format property (Xlib hands it out as C longs), or None if unset."""
        assert self.x is not None and self.display is not None
        atom = self.x.XInternAtom(self.display, name.encode(), 0)
        kind, form = Atom(), ctypes.c_int()
        count, left = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.POINTER(ctypes.c_ubyte)()
        previous = self.x.XSetErrorHandler(ctypes.cast(_ignore, ctypes.c_void_p))
        try:
            failed = self.x.XGetWindowProperty(
                self.display, window, atom, 0, 64, 0, ANY_TYPE,
                ctypes.byref(kind), ctypes.byref(form), ctypes.byref(count),
                ctypes.byref(left), ctypes.byref(data),
            )  # fmt: skip
        finally:
            self.x.XSetErrorHandler(previous)
        if failed or not data:
            return None
        try:
            if form.value != 32:
                return None
            return list(ctypes.cast(data, ctypes.POINTER(ctypes.c_long))[: count.value])
        finally:
            self.x.XFree(data)

    def full_screen_other(self, own_pid: int | None = None) -> bool | None:
        """True when the active window is full screen and not this program's own."""
        if self._open() is None:
            return None
        active = self._longs(self.root(), "_NET_ACTIVE_WINDOW")
        if not active or not active[0]:
            return None if active is None else False  # no window manager says which
        window = active[0]
        state = self._longs(window, "_NET_WM_STATE") or []
        assert self.x is not None
        if self.x.XInternAtom(self.display, b"_NET_WM_STATE_FULLSCREEN", 0) not in state:
            return False
        pid = self._longs(window, "_NET_WM_PID")
        return not (pid and pid[0] == (own_pid if own_pid is not None else os.getpid()))

    def idle_ms(self) -> int | None:
        """Milliseconds since the last key press or mouse move, from the screen-saver
        extension; None where the server does not have it."""
        if self._open() is None or self.xss is None:
            return None
        events, errors = ctypes.c_int(), ctypes.c_int()
        self.xss.XScreenSaverQueryExtension.argtypes = [
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        if not self.xss.XScreenSaverQueryExtension(
            ctypes.c_void_p(self.display), ctypes.byref(events), ctypes.byref(errors)
        ):
            return None
        info = ScreenSaverInfo()
        self.xss.XScreenSaverQueryInfo.argtypes = [ctypes.c_void_p, Window, ctypes.c_void_p]
        assert self.x is not None
        root = self.x.XDefaultRootWindow(self.display)
        if not self.xss.XScreenSaverQueryInfo(
            ctypes.c_void_p(self.display), root, ctypes.byref(info)
        ):
            return None
        return int(info.idle)
