"""How the session page fits a short window with large text: the words first, then the
countdown, which keeps at least a fifth of the page while it counts. The big title steps down
in size, then the picture steps aside, then the buttons get slimmer; then the rest gives way one
thing at a time in the one order of session_aside, before anything is cut. Whatever is still
too tall (the end's summary at 200 %) scrolls down. The room is what the layouts leave once
their own margins and spacing are counted, as they are set.

It runs at every phase, so it measures with font metrics and touches the widgets only where
something changed (a style sheet change re-polishes every button).
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtGui import QFont

from foot_coach.core.session import Status
from foot_coach.ui import session_aside, session_layout
from foot_coach.ui.session_layout import flow_buttons
from foot_coach.ui.theme import scaled_font
from foot_coach.ui.widgets import measure

SessionPage = Any  # the page that calls in here (its import would make a cycle)

TITLE_SCALES = (2.0, 1.7, 1.4, 1.2)


def fit(page: SessionPage) -> None:
    # Each fit starts whole: the window may have grown meanwhile, or the session carried on.
    session_aside.restore(page)
    _fit(page)


def pin_rating(page: SessionPage) -> None:
    """The question how it felt stays in view with the buttons below what scrolls (the end's
    summary and changes), unless with them it would take over half the page (a short window
    at 200 % text stacks its buttons): then it scrolls with the words, the buttons stay.
    Measured with the buttons as slim as _fit may make them: in German and Spanish at 200 %
    on a laptop the question took a line above its answers, and at their full height it was
    sent to scroll, out of view, although slimmer buttons left the words room."""
    em = page.buttons["pause"].fontMetrics().height()
    rows = flow_buttons(page)
    slim = measure.button_height(em, True)
    below = page.rating.height_for(page.width() - 24, slim) + rows * slim
    into, out_of = (page.pinned, page.scrolled) if below <= page.height() * 0.6 else (
        page.scrolled, page.pinned)  # fmt: skip
    if into.indexOf(page.rating) < 0:
        # Moved to another parent, Qt hides it until the next turn of the event loop: the
        # fit that follows would leave it out and give its room to the countdown.
        shown = page.rating.isVisibleTo(page)
        out_of.removeWidget(page.rating)
        into.insertWidget(0 if into is page.pinned else into.count() - 1, page.rating)
        page.rating.setVisible(shown)


# (the picture shown, slim buttons, the countdown beside the words): the first that fits.
# Once the picture steps aside, the countdown takes its place: between the words, a short
# window at 200 % text left it a line of text.
LAYOUTS = (
    (True, False, False), (False, False, True), (False, True, True),
    (False, False, False), (False, True, False),
)  # fmt: skip


# What _choose picked: the picture shown, slim buttons, the countdown beside the words, the
# title's font, the countdown's room and the words' column.
Choice = tuple[bool, bool, bool, QFont, int, int]


def _fit(page: SessionPage, gave_way: bool = False) -> None:
    """`gave_way`: something of session_aside stepped aside, and so the picture stays aside,
    before it in the order: it came back once the question how it felt had made room."""
    pin_rating(page)  # again each pass: what stepped aside may have left the question room
    counting = page.countdown.isVisibleTo(page)
    choice, fits = _choose(page, counting, gave_way)
    if not fits and session_aside.make_room(page):
        _fit(page, True)
        return
    if fits and page.countdown_put_away and page.status is Status.PAUSED:
        # Put away first, it may have room again once the words gave up theirs: left away, an
        # empty band stood where it was (a paused hold with the rating, German, 200 %).
        again, back = _choose(page, True, gave_way)
        if back:
            page.countdown.show()
            page.countdown_put_away = False
            choice, counting = again, True
    _apply(page, choice, counting)


def _choose(page: SessionPage, counting: bool, gave_way: bool) -> tuple[Choice, bool]:
    """The first layout and title size that fit, and True; or the last tried, and False.
    While the countdown counts, the title steps down before the picture steps aside: the
    picture shows how the exercise is done. At the end the title is what is said, and the
    picture of the last exercise steps aside first: in English it stayed a thumbnail beside a
    title shrunk to the body's size, where German and Spanish, too long to fit beside it, had
    their title whole."""
    least = functools.partial(_least, page, fifth=max(48, int(page.height() * 0.2)))
    layouts = [
        layout
        for layout in LAYOUTS
        if not ((layout[2] and not counting) or (layout[0] and gave_way))
    ]
    words = functools.cache(functools.partial(_words, page, counting, flow_buttons(page)))
    pairs = [(layout, scale) for layout in layouts for scale in TITLE_SCALES]
    if page.status is Status.FINISHED:
        pairs.sort(key=lambda pair: TITLE_SCALES.index(pair[1]))  # stable: layouts in order
    for (with_picture, slim, beside), scale in pairs:
        rows, taken, column, needs_room = words((with_picture, slim, beside))
        title_font = scaled_font(page.font(), scale, bold=True)
        taken += measure.text_height(title_font, page.title.text(), column)
        room = page.height() - rows if beside else page.height() - taken
        choice = (with_picture, slim, beside, title_font, room, column)
        if taken <= page.height() and (room >= least(with_picture) or not needs_room):
            return choice, True
    return choice, False


def _words(
    page: SessionPage, counting: bool, button_rows: int, layout: tuple[bool, bool, bool]
) -> tuple[int, int, int, bool]:
    """For a layout: the rows across the page, the height they and the words but the title
    take, the words' column and whether a countdown or picture needs its room."""
    with_picture, slim, beside = layout
    em = page.buttons["pause"].fontMetrics().height()
    shown = [w for w in (page.exercise, page.rep, page.detail) if w.isVisibleTo(page)]
    margins = page.scrolled.contentsMargins()
    inner = page.width() - margins.left() - margins.right()
    half = (inner - max(page.top.spacing(), 0)) // 2  # the picture's and the words' share
    rows = _rows(page, button_rows, measure.button_height(em, slim), inner)
    between = counting and not beside  # the countdown one more line among the words
    # Room is kept for a countdown or picture that shows: with the countdown put away, it
    # made the title smaller for nothing, and left an empty band.
    needs_room = counting or (with_picture and _picture_shown(page))
    column = half if with_picture or beside else inner
    words = rows + _words_gaps(page, len(shown) + 1 + between)
    words += sum(measure.text_height(w.font(), w.text(), column) for w in shown)
    return rows, words, column, needs_room


def _rows(page: SessionPage, button_rows: int, button_height: int, inner: int) -> int:
    """The height of all but the words and the countdown: the progress, the buttons, the lines
    across the page (the question how it felt with its answers that tall) and the layouts'
    gaps. What scrolls is measured as wide as it is beside the scroll bar: a line that just
    fit the page's width took two once the bar showed, and so the bar stayed."""
    progress = page.progress.sizeHint().height() if page.progress.isVisibleTo(page) else 0
    rows = progress + button_rows * button_height + _gaps(page, button_rows)
    beside_bar = inner - page.scroll_bar.sizeHint().width()
    lines = tuple(w for w in page.across() if w is not page.rating)
    if page.rating.isVisibleTo(page):
        scrolls = page.scrolled.indexOf(page.rating) >= 0
        rows += page.rating.height_for(beside_bar if scrolls else inner, button_height)
    return rows + measure.across_height(lines, beside_bar)


def _picture_shown(page: SessionPage) -> bool:
    return page.plan is not None and page.status is not Status.STOPPED


def _gaps(page: SessionPage, button_rows: int) -> int:
    """The room the layouts leave around and between what shows, outside the words: their
    margins and spacing, as they are set, for the parts shown."""
    scrolled = 1 + sum(
        1 for w in page.across() if page.scrolled.indexOf(w) >= 0 and w.isVisibleTo(page)
    )  # the picture and words, then each line shown under them
    pinned = 1 + page.progress.isVisibleTo(page) + (
        page.pinned.indexOf(page.rating) >= 0 and page.rating.isVisibleTo(page))  # fmt: skip
    return (
        max(page.layout().spacing(), 0)  # between what scrolls and what stays
        + page.scrolled.contentsMargins().top()
        + max(page.scrolled.spacing(), 0) * (scrolled - 1)
        + page.pinned.contentsMargins().bottom()
        + max(page.pinned.spacing(), 0) * (pinned - 1)
        + max(page.button_rows.spacing(), 0) * max(button_rows - 1, 0)
    )


def _words_gaps(page: SessionPage, lines: int) -> int:
    """The spacing between so many lines of the words (the title counted)."""
    return max(page.words.spacing(), 0) * max(lines - 1, 0)


def _apply(page: SessionPage, choice: Choice, counting: bool) -> None:
    with_picture, slim, beside, title_font, room, column = choice
    em = page.buttons["pause"].fontMetrics().height()
    others = (page.exercise, page.rep, page.detail)
    if page.title.font() != title_font:
        page.title.setFont(title_font)
    for button in (*page.buttons.values(), *page.rating.buttons.values()):
        if button.styleSheet() != (wanted := measure.slim_button(em) if slim else ""):
            button.setStyleSheet(wanted)
    flow_buttons(page)  # slim buttons are narrower too
    page.rating.remeasure()
    page.picture.setVisible(with_picture and _picture_shown(page))
    session_layout.countdown_beside(page, beside)
    # The room goes to the countdown while it counts; stopped or at the end, what was done
    # follows the words, the room below it: the summary sat at the foot of an empty page.
    page.scrolled.setStretchFactor(page.top, 1 if counting else 0)
    page.scrolled.setStretch(page.scrolled.count() - 1, 0 if counting else 1)
    for label in (*others, page.title):  # a wrapped line is never squeezed away
        label.setMinimumHeight(measure.text_height(label.font(), label.text(), column))
    room = max(room if beside else min(int(page.height() * 0.28), room), 1)
    font = measure.fitting_font(page.countdown.font(), room, column)
    if font != page.countdown.font():
        page.countdown.setFont(font)


def _least(page: SessionPage, with_picture: bool, fifth: int) -> int:
    """The countdown's least room. A still one may be small once the picture has stepped
    aside: put away for want of a fifth of the page, it left an empty band as tall as it would
    have been between the words and the paused line (a rest at 200 % text on a laptop)."""
    return 48 if page.status is Status.PAUSED and not with_picture else fifth
