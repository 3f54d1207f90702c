"""A page's scroll area: it scrolls up and down only, and is no silent Tab stop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def vertical_scroll(content: QWidget, name: str = "") -> QScrollArea:
    """Wrap `content` so it scrolls rather than squeezes. Pages with controls inside leave
    `name` empty: Tab goes straight to the controls, and the area follows the focus. Text
    alone is given a name, so the keyboard can scroll it and a screen reader says what it is."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    if name:
        scroll.setAccessibleName(name)
        scroll.setObjectName("reading")  # the style sheet rings it when it has the focus
    else:
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll
