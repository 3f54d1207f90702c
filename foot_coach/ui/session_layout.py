"""Where the session page puts its parts: the picture beside the words and the full-width lines
under them in a part that scrolls, and below it, always in view, the rating, the progress and
the buttons in two rows. It sets the page's `scrolled` and `pinned` layouts, between which
session_fit moves the rating.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from foot_coach.ui.theme import reading_order
from foot_coach.ui.widgets.scrolling import vertical_scroll

SessionPage = Any  # the page that calls in here (its import would make a cycle)


def arrange(page: SessionPage) -> None:
    text = QVBoxLayout()
    for widget in (page.exercise, page.title):
        text.addWidget(widget)
    text.addWidget(page.countdown, 1)
    for widget in (page.rep, page.detail):
        text.addWidget(widget)
    # With the countdown hidden (stopped, finished) the words stay together at the top
    # instead of being spread down the page; while it shows, its stretch takes the room.
    text.addStretch(0)
    top = QHBoxLayout()
    top.addWidget(page.picture, 1)
    top.addLayout(text, 1)
    # While the countdown runs, session_fit makes all fit; the end's summary and changes may
    # not at 200 % text, and scroll; the rating and buttons stay below (see pin_rating).
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(vertical_scroll(body := QWidget()), 1)
    page.scrolled = QVBoxLayout(body)
    page.scrolled.addLayout(top, 1)
    for widget in (page.state_line, page.summary, page.changes, page.notice):
        page.scrolled.addWidget(widget)
    page.pinned, margins = QVBoxLayout(), page.scrolled.contentsMargins()
    page.pinned.setContentsMargins(margins.left(), 0, margins.right(), margins.bottom())
    page.scrolled.setContentsMargins(margins.left(), margins.top(), margins.right(), 0)
    outer.addLayout(page.pinned)
    for widget in (page.rating, page.progress):
        page.pinned.addWidget(widget)
    # Two rows, so every label fits at 800x500 and the main controls sit together.
    for keys in (("back", "pause", "skip", "next"), ("focus", "stop", "hurts")):
        row = QHBoxLayout()
        for key in keys:
            row.addWidget(page.buttons[key])
        page.pinned.addLayout(row)
    reading_order(page.summary, page.notice, page.rating, *page.buttons.values())
