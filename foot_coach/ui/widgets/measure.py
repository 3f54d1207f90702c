"""Measuring before laying out: how tall a wrapped text or a session button will be, from font
metrics alone, so a page can fit itself without waiting for its labels to lay out."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QWidget


def slim_button(em: int) -> str:
    """The style of a session button in a short window: about 1.1 lines of text tall, never
    below 48 px in all. A style sheet's min-height overrides setMinimumHeight, so with 1.1em
    alone a slim button at 100 % text was 30 px, a small target."""
    return f"QPushButton {{ min-height: {max(42, round(em * 1.1))}px; padding: 2px 6px; }}"


def button_height(em: int, slim: bool) -> int:
    """A session button's height under the app style sheet (min-height 1.9em, padding 4px) or
    slim_button(), never below its 48 px minimum; checked against sizeHint."""
    return max(48, round(em * 1.1) + 6 if slim else round(em * 1.9) + 8)


def text_height(font: QFont, text: str, width: int) -> int:
    """Measured from the font, not the label: a label's own layout lags behind setText."""
    if not text:
        return 0
    from PySide6.QtCore import Qt  # not for the first paint (ui/by_name.py)

    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter
    box = QFontMetrics(font).boundingRect(QRect(0, 0, max(width, 50), 10_000), flags, text)
    return box.height() + 4


def across_height(widgets: tuple[QWidget, ...], width: int) -> int:
    """How tall the shown ones of these full-width widgets are: notes, notices. As they say
    themselves: a label's height for a width follows its text and font at once."""
    shown = [w for w in widgets if w.isVisibleTo(w.parentWidget())]
    return sum(max(w.heightForWidth(width), 0) or w.sizeHint().height() for w in shown)


def fitting_font(font: QFont, room: int, width: int = 10_000) -> QFont:
    """The bold countdown font for `room` pixels of height: large, but its whole line fits,
    and three digits fit in `width`."""
    fitted = QFont(font)
    fitted.setBold(True)
    pixels = max(32, int(room * 0.8))
    fitted.setPixelSize(pixels)
    while pixels > 24 and (
        QFontMetrics(fitted).height() > room
        or QFontMetrics(fitted).horizontalAdvance("000") > width
    ):
        pixels -= 4
        fitted.setPixelSize(pixels)
    return fitted


def free_area(point: QPoint) -> QRect:
    """The free area of the screen at `point` (global), or of the main screen.

    Asked of QGuiApplication, never of a widget or its window: PySide makes the screen a
    child of the widget that asked, and once two widgets have asked, collecting the second
    deletes the screen itself; the next widget made then crashes the app."""
    screen = QGuiApplication.screenAt(point) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def roomy_size(widget: QWidget, least: QSize, lines_across: int, lines_down: int) -> QSize:
    """A dialog's size for the chosen text size: as wide and tall as so many lines of its text
    are high, never below `least` (its size at 100 %), within the screen it opens on. A
    fixed size suited 100 % alone: at 200 % the words wrapped a few to a line, and scrolled."""
    em = widget.fontMetrics().height()
    free = free_area(widget.frameGeometry().center())
    width = min(max(least.width(), lines_across * em), free.width() - 2 * em)
    height = min(max(least.height(), lines_down * em), free.height() - 2 * em)
    return QSize(width, height)
