"""Whether the desktop asks for dark colours, answered before the window's first paint without
PySide building the enums of Qt's namespace.

PySide turns each C++ enum into a Python `enum` class when its class or namespace is first
used, and `QStyleHints.colorScheme()` returns one of the `Qt` namespace's: all 93 of them are
built then, about 12 ms of every start before anything is shown (a plain PySide6 window
starts in some 100 ms). So the same function of Qt's own library, which PySide has loaded
already, is called directly. Where it cannot be found (a Qt built otherwise) PySide is asked.
"""

from __future__ import annotations

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


def native() -> Callable[[int], int] | None:
    """QStyleHints::colorScheme in the loaded Qt library, callable with the C++ object's
    address; None where there is no such library or function."""
    import ctypes  # only here: 1-2 ms

    try:
        library = ctypes.CDLL(QT_GUI, mode=os.RTLD_NOLOAD | os.RTLD_NOW)
        ask = getattr(library, ASK)
    except (OSError, AttributeError):
        return None
    ask.restype = ctypes.c_int
    ask.argtypes = [ctypes.c_void_p]
    return ask  # type: ignore[no-any-return]
