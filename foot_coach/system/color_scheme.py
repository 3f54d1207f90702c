"""Whether the desktop asks for dark colours, answered before the window's first paint without
PySide building the enums of Qt's namespace.

PySide turns each C++ enum into a Python `enum` class when its class or namespace is first
used, and `QStyleHints.colorScheme()` returns one of the `Qt` namespace's: all 93 of them are
built then, about 12 ms of every start before anything is shown (a plain PySide6 window
starts in some 100 ms). So the same function of Qt's own library, which PySide has loaded
already, is called directly. Where it cannot be found (a Qt built otherwise) PySide is asked.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from shiboken6 import getCppPointer

DARK = 2  # Qt::ColorScheme::Dark (Unknown is 0, Light 1)
QT_GUI = "libQt6Gui.so.6"  # found among the libraries loaded, never loaded again
ASK = "_ZNK11QStyleHints11colorSchemeEv"  # QStyleHints::colorScheme() const


def is_dark() -> bool:
    """The desktop's colour scheme is dark, as QStyleHints.colorScheme() tells."""
    hints = QGuiApplication.styleHints()
    ask = native()
    if ask is None:
        from PySide6.QtCore import Qt

        return hints.colorScheme() == Qt.ColorScheme.Dark
    return ask(getCppPointer(hints)[0]) == DARK


@functools.cache  # the library and its function stay for the process; each theme asks
def native() -> Callable[[int], int] | None:
    """QStyleHints::colorScheme in the loaded Qt library, callable with the C++ object's
    address; None where there is no such library or function.

    Called through `_ctypes`, the extension under the `ctypes` package: the package defines
    some hundred classes and loads the C library when imported (3-4 ms of each start, against
    1 ms), and the one call needs only a function pointer, an int and a pointer type."""
    try:
        import _ctypes

        library = _ctypes.dlopen(QT_GUI, os.RTLD_NOLOAD | os.RTLD_NOW)
        address = _ctypes.dlsym(library, ASK)
    except (ImportError, OSError, AttributeError):
        return None

    class Int(_ctypes._SimpleCData):  # type: ignore[type-arg]  # ctypes.c_int
        _type_ = "i"

    class Pointer(_ctypes._SimpleCData):  # type: ignore[type-arg]  # ctypes.c_void_p
        _type_ = "P"

    class Function(_ctypes.CFuncPtr):  # a C function returning an int, given one pointer
        _flags_ = _ctypes.FUNCFLAG_CDECL
        _restype_ = Int
        _argtypes_ = (Pointer,)

    return Function(address)
