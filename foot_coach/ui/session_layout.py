"""Where the session page puts its parts: the picture beside the words and the full-width lines
under them in a part that scrolls, and below it, always in view, the rating, the progress and
the buttons in two groups, a row each where the width allows. It sets the page's `scrolled`
and `pinned` layouts, between which session_fit moves the rating, and `top` and `words`,
between which it moves the countdown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from foot_coach.ui.by_name import set_property
from foot_coach.ui.widgets.scrolling import vertical_scroll
from foot_coach.ui.widgets.tab_order import reading_order

SessionPage = Any  # the page that calls in here (its import would make a cycle)


def arrange(page: SessionPage) -> None:
    # While the countdown runs, session_fit makes all fit; the end's summary and changes may
    # not at 200 % text, and scroll; the rating and buttons stay below (see pin_rating).
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll := vertical_scroll(body := QWidget()), 1)
    page.scroll_bar = scroll.verticalScrollBar()  # its width: see session_fit
    page.scrolled = QVBoxLayout(body)
    page.scrolled.addLayout(_top(page), 1)
    # The note about pain before what was done: under the day's summary, at 200 % text on a
    # laptop, its advice to rest and see someone was cut off by the fold after Stop — it hurts.
    for widget in (page.state_line, page.silence, page.notice, page.summary, page.changes):
        page.scrolled.addWidget(widget)
    page.scrolled.addStretch(0)  # the room, once nothing counts (see session_fit)
    outer.addLayout(_pinned(page))
    flow_buttons(page)
    # What to do while idle (a Tab stop only then) among the rest: left out, Qt's ring of Tab
    # stops put it after the Start button it explains.
    # How the next sessions change, a Tab stop as the summary is: below it at 200 % text in a
    # short window, Tab brought the summary and the buttons into view, these lines in passing.
    set_property(page.changes, "focusPolicy", "TabFocus")
    reading_order(
        page.detail, page.notice, page.summary, page.changes, page.rating, *page.buttons.values()
    )


def _top(page: SessionPage) -> QHBoxLayout:
    """The picture beside the words, the countdown among them; sets `words` and `top`."""
    text = QVBoxLayout()
    for widget in (page.exercise, page.title):
        text.addWidget(widget)
    text.addWidget(page.countdown, 1)
    for widget in (page.rep, page.detail):
        text.addWidget(widget)
    # With the countdown hidden (stopped, finished) the words stay together at the top
    # instead of being spread down the page; while it shows, its stretch takes the room.
    text.addStretch(0)
    page.words, page.top = text, (top := QHBoxLayout())
    top.addWidget(page.picture, 1)
    top.addLayout(text, 1)
    return top


def _pinned(page: SessionPage) -> QVBoxLayout:
    """What stays in view under the part that scrolls: the rating, the progress and the rows
    of buttons, with the scrolled part's margins at the sides and below; sets `pinned`."""
    page.pinned, margins = QVBoxLayout(), page.scrolled.contentsMargins()
    page.pinned.setContentsMargins(margins.left(), 0, margins.right(), margins.bottom())
    page.scrolled.setContentsMargins(margins.left(), margins.top(), margins.right(), 0)
    for widget in (page.rating, page.progress):
        page.pinned.addWidget(widget)
    page.button_rows = QVBoxLayout()
    page.button_split = ()
    page.pinned.addLayout(page.button_rows)
    return page.pinned


# The main controls together, then the ways out; each group a row where it fits.
GROUPS = (("back", "pause", "skip", "next"), ("focus", "stop", "hurts"))


def flow_buttons(page: SessionPage) -> int:
    """Lay the buttons out for the page's width and words; gives the rows that show. Each
    group is a row where its shown buttons fit side by side; where a group does not (German
    and Spanish words at 200 % text in an 800 px window, which cut the buttons), all of them
    share as few rows as they fit on, in order: a fourth row would leave the countdown no room.
    So do the buttons left when some stepped aside for the countdown (see session_aside)."""
    margins = page.pinned.contentsMargins()
    room = page.width() - margins.left() - margins.right()
    gap = max(page.button_rows.spacing(), 0)

    def width(key: str) -> int:
        button: QPushButton = page.buttons[key]
        return button.sizeHint().width() + gap if button.isVisibleTo(page) else 0

    split: tuple[tuple[str, ...], ...] = GROUPS
    if page.put_away or any(sum(width(k) for k in keys) - gap > room for keys in GROUPS):
        split = _packed([k for keys in GROUPS for k in keys], width, room + gap)
    if split != page.button_split:
        _place(page, split)
        page.button_split = split
    return sum(1 for row in split if any(page.buttons[k].isVisibleTo(page) for k in row))


def _packed(keys: list[str], width: Callable[[str], int], room: int) -> tuple[tuple[str, ...], ...]:
    """In order, each row as full as it fits; a button too wide for any row has one of its own."""
    rows: list[list[str]] = [[]]
    for key in keys:
        if rows[-1] and sum(width(k) for k in rows[-1]) + width(key) > room:
            rows.append([])
        rows[-1].append(key)
    return tuple(tuple(row) for row in rows)


def _place(page: SessionPage, split: tuple[tuple[str, ...], ...]) -> None:
    while (item := page.button_rows.takeAt(0)) is not None:
        old = item.layout()  # only rows are added here
        while old.takeAt(0) is not None:
            pass  # the buttons stay the page's children; only the rows go
        old.deleteLater()
    for keys in split:
        row = QHBoxLayout()
        for key in keys:
            row.addWidget(page.buttons[key])
        page.button_rows.addLayout(row)


def countdown_beside(page: SessionPage, beside: bool) -> None:
    """The countdown in the picture's place, the words beside it as a block in the middle of
    their half; or back between the words. In a short window with large text the words above
    and below it left the countdown a line of text; beside them it has their whole height."""
    if (page.top.indexOf(page.countdown) >= 0) == beside:
        return
    if beside:
        page.words.removeWidget(page.countdown)
        page.words.insertStretch(0)
        page.top.insertWidget(1, page.countdown, 1)
    else:
        page.top.removeWidget(page.countdown)
        page.words.takeAt(0)  # the stretch that held the words in the middle
        page.words.insertWidget(2, page.countdown, 1)
