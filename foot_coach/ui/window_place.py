"""Where the main window opens: inside the screen's free area, title bar included, and where
the person last left it.

A window manager adds a title bar and borders around the window (its frame) and panels take
part of the screen, so a window sized to the screen would lose its bottom row of buttons. The
frame's size is only known once the window manager has framed the window: until then a usual
frame is assumed, and the first move or resize that shows the real frame corrects the guess.
"""

from __future__ import annotations

import base64
import binascii

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMargins,
    QObject,
    QPoint,
    QRect,
    QSize,
    SignalInstance,
)
from PySide6.QtWidgets import QWidget

from foot_coach.ui.widgets import measure

PREFERRED = QSize(1280, 800)
# A title bar and thin borders, until the window manager says what its frame really is.
GUESSED_FRAME = QMargins(4, 40, 4, 4)


def encoded(window: QWidget) -> str:
    """The window's size and place as text for the settings file ("" in full screen, which is
    the session's focus mode and no place to open in)."""
    if window.isFullScreen():
        return ""
    return base64.b64encode(window.saveGeometry().data()).decode("ascii")


def place(window: QWidget, saved: str) -> None:
    """Before the first show: the saved place if it still fits a screen, else centred."""
    if not (saved and _restore(window, saved)):
        _centre(window, _free_area(window), GUESSED_FRAME)
    framed = _Framed(window)
    placed = getattr(window, "sig_placed", None)  # the main window's moves, sizes and showing
    if isinstance(placed, SignalInstance):
        placed.connect(framed.placed)  # an event filter would cost memory: see _Framed
    else:
        window.installEventFilter(framed)


def _restore(window: QWidget, saved: str) -> bool:
    try:
        raw = base64.b64decode(saved, validate=True)
    except (binascii.Error, ValueError):
        return False
    return bool(raw) and window.restoreGeometry(QByteArray(raw))


def _free_area(window: QWidget) -> QRect:
    return measure.free_area(window.frameGeometry().center())


def _frame(window: QWidget) -> QMargins:
    outer, inner = window.frameGeometry(), window.geometry()
    return QMargins(
        inner.left() - outer.left(),
        inner.top() - outer.top(),
        outer.right() - inner.right(),
        outer.bottom() - inner.bottom(),
    )


def _centre(window: QWidget, area: QRect, frame: QMargins) -> None:
    room = _least_within(window, area.marginsRemoved(frame).size())
    size = PREFERRED.boundedTo(room).expandedTo(window.minimumSize())
    window.resize(size)
    outer = QRect(area.topLeft(), size.grownBy(frame))
    outer.moveCenter(area.center())
    window.move(_inside(outer, area))


def _least_within(window: QWidget, room: QSize) -> QSize:
    """The window's least size no larger than `room`, which it gives back. On a screen no
    larger than that least size (800x500), the title bar pushed the window's foot, with the
    buttons that end a session, below the screen; the pages scroll or fit in less."""
    least = window.minimumSize()
    if least.boundedTo(room) != least:
        window.setMinimumSize(least.boundedTo(room))
    return room


def _inside(outer: QRect, area: QRect) -> QPoint:
    """Where `outer` goes to lie within `area` (its top-left corner wins if it cannot)."""
    x = min(max(outer.left(), area.left()), max(area.left(), area.right() + 1 - outer.width()))
    y = min(max(outer.top(), area.top()), max(area.top(), area.bottom() + 1 - outer.height()))
    return QPoint(x, y)


def fit(window: QWidget) -> None:
    """Shrink and move the window, frame included, into its screen's free area if it is not."""
    if window.isFullScreen() or window.isMaximized():
        return
    area, frame = _free_area(window), _frame(window)
    if area.contains(window.frameGeometry()):
        return
    if area.intersects(window.frameGeometry()):
        _pull_in(window, area, frame)
    else:
        _centre(window, area, frame)


def _pull_in(window: QWidget, area: QRect, frame: QMargins) -> None:
    room = _least_within(window, area.marginsRemoved(frame).size())
    size = window.size().boundedTo(room).expandedTo(window.minimumSize())
    window.resize(size)
    window.move(_inside(QRect(window.frameGeometry().topLeft(), size.grownBy(frame)), area))


class _Framed(QObject):
    """Fits the window once, as soon as the window manager has put its frame around it.

    A window that says when it moves, changes size or shows (the main window's sig_placed) is
    followed through that; others through an event filter. A filter is kept from the main
    window: PySide hands it each event as a plain QEvent, and to find its class builds the
    Python types of all of Qt's event classes, 0.6 MB held for as long as the app runs.

    The window is its parent and is found through parent(): PySide may hand Qt's calls to a
    fresh Python wrapper of this object, which would not carry attributes set in __init__."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show)
        if watched is self.parent() and event.type() in kinds:
            self.placed()
        return False

    def placed(self) -> None:
        window = self.parent()
        if not isinstance(window, QWidget) or _frame(window).isNull():
            return
        placed = getattr(window, "sig_placed", None)
        if isinstance(placed, SignalInstance):
            placed.disconnect(self.placed)
        else:
            window.removeEventFilter(self)
        fit(window)
