"""A generic check that a window's layout holds: what shows neither overlaps nor is cut.

It looks at every visible widget: siblings must not cover each other, a widget must lie
inside its parent (content inside a scroll area may run on downwards), controls and labels
must get the room their text needs, and nothing may scroll sideways.
"""

from __future__ import annotations

from itertools import combinations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QSizeGrip,
    QWidget,
)

CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit)
FIND_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def name(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")() if not isinstance(widget, QComboBox) else ""
    label = widget.accessibleName() or text or widget.objectName()
    return f"{type(widget).__name__} {label[:40]!r}"


def shown_children(parent: QWidget) -> list[QWidget]:
    """A size grip is left out: it is made to sit over the corner of what is below it."""
    return [
        c for c in parent.findChildren(QWidget, options=FIND_DIRECT)
        if c.isVisible() and not c.isWindow() and not isinstance(c, QSizeGrip)
    ]  # fmt: skip


def layout_problems(root: QWidget) -> list[str]:
    problems: list[str] = []
    for parent in [root, *root.findChildren(QWidget)]:
        if not parent.isVisible() or (parent.isWindow() and parent is not root):
            continue
        children = shown_children(parent)
        for a, b in combinations(children, 2):
            if a.geometry().intersects(b.geometry()):
                problems.append(f"{name(a)} overlaps {name(b)}")
        scrolled = isinstance(parent.parentWidget(), QAbstractScrollArea)
        for child in children:
            box = child.geometry()
            inside = parent.rect().contains(box)
            if scrolled:  # content may run on downwards, never sideways nor under the bar
                inside = box.left() >= 0 and box.right() < parent.width()
            if not inside:
                problems.append(f"{name(child)} sticks out of {name(parent)}")
            problems += cut(child)
        if isinstance(parent, QAbstractScrollArea) and parent.horizontalScrollBar().isVisible():
            problems.append(f"{name(parent)} scrolls sideways")
    return problems


def cut(widget: QWidget) -> list[str]:
    """The widget's text needs more room than it has."""
    if isinstance(widget, QLabel) and widget.text():
        if widget.wordWrap():
            short = widget.height() + 1 < widget.heightForWidth(widget.width())
            return [f"{name(widget)} is cut off below"] if short else []
        need = widget.minimumSizeHint().toTuple()
    elif isinstance(widget, CONTROLS):
        # A control's frame and padding may shrink a little; its line of text may not.
        need = (widget.minimumSizeHint().width(), widget.fontMetrics().height() + 2)
        if widget.sizePolicy().hasHeightForWidth():  # words that wrap: every line of them
            need = (need[0], max(need[1], widget.heightForWidth(widget.width())))
    else:
        return []
    if widget.width() + 1 < need[0] or widget.height() + 1 < need[1]:
        return [f"{name(widget)} is {widget.width()}x{widget.height()}, needs {need}"]
    return []


def largest_gap(page: QWidget) -> int:
    """The tallest strip of the page that nothing shown covers, from its top line down to
    its last button: the room the words, the countdown and the buttons leave between them."""
    # Widgets with none inside: the summary holds what it announces, no widget, and was left
    # out as if it held some (an empty band was found where it stood).
    shown = [w for w in page.findChildren(QWidget) if w.isVisible() and not w.findChildren(QWidget)]
    spans = sorted(
        (w.mapTo(page, QPoint(0, 0)).y(), w.mapTo(page, QPoint(0, w.height())).y())
        for w in shown
        if page.rect().contains(w.mapTo(page, QPoint(0, 0)))
    )
    gap, reached = 0, spans[0][1]
    for top, bottom in spans[1:]:
        gap, reached = max(gap, top - reached), max(reached, bottom)
    return gap


def settle(root: QWidget, rounds: int = 12) -> None:
    """Turns of the event loop until nothing in `root` moves any more: a change passes down a
    chain of layouts a turn at a time, and a scroll area shows its bar a turn before its
    content takes the narrower width (a page checked then looked cut under the bar)."""
    seen = None
    for _ in range(rounds):
        QApplication.processEvents()
        now = [(w.geometry(), w.isVisible()) for w in [root, *root.findChildren(QWidget)]]
        if now == seen:
            return
        seen = now
