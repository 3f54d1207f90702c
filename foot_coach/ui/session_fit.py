"""How the session page fits a short window with large text: the words first, then the
countdown. The big title steps down in size, then the picture steps aside, then the buttons get
slimmer, then the larger words take the body text's size, before anything is cut; while paused,
the still countdown gives way to the line that says so. Whatever is still too tall (the end's
summary at 200 %) scrolls down.

It runs at every phase, so it measures with font metrics and touches the widgets only where
something changed (a style sheet change re-polishes every button).
"""

from __future__ import annotations

from typing import Any

from foot_coach.core.session import Status
from foot_coach.ui import session_layout
from foot_coach.ui.session_layout import flow_buttons
from foot_coach.ui.theme import scaled_font
from foot_coach.ui.widgets import measure

SessionPage = Any  # the page that calls in here (its import would make a cycle)

TITLE_SCALES = (2.0, 1.7, 1.4, 1.2)


def fit(page: SessionPage) -> None:
    for label in (page.rep, page.detail):
        label.setVisible(bool(label.text()))  # an empty line would still take its height
    # Each fit starts whole: the window may have grown meanwhile, or the session carried on.
    for label, font in page.words_shrunk.items():
        label.setFont(font)
    page.words_shrunk = {}
    if page.countdown_put_away and page.status in (Status.RUNNING, Status.PAUSED):
        page.countdown.show()
        page.countdown_put_away = False
    if page.summary.font() != page.summary_font:
        page.summary.setFont(page.summary_font)
    pin_rating(page)
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
    below = page.rating.heightForWidth(page.width() - 24) + rows * measure.button_height(em, True)
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


def _fit(page: SessionPage) -> None:
    others = (page.exercise, page.rep, page.detail)
    em = page.buttons["pause"].fontMetrics().height()
    button_rows = flow_buttons(page)
    fifth = max(48, int(page.height() * 0.2))
    counting = page.countdown.isVisibleTo(page)
    for with_picture, slim, beside in LAYOUTS:
        if beside and not counting:
            continue
        rows = page.progress.sizeHint().height() + button_rows * measure.button_height(em, slim)
        rows += 60 + measure.across_height(page.across(), page.width() - 24)
        column = (page.width() // 2 if with_picture or beside else page.width()) - 24
        shown = [w for w in others if w.isVisibleTo(page)]
        words = rows + sum(measure.text_height(w.font(), w.text(), column) for w in shown)
        for scale in TITLE_SCALES:
            title_font = scaled_font(page.font(), scale, bold=True)
            taken = words + measure.text_height(title_font, page.title.text(), column)
            room = page.height() - rows if beside else page.height() - taken
            if taken <= page.height() and room >= _least(page, with_picture, fifth):
                break
        else:
            continue
        break
    else:
        if _make_room(page):
            _fit(page)
            return
    if page.title.font() != title_font:
        page.title.setFont(title_font)
    for button in (*page.buttons.values(), *page.rating.buttons.values()):
        if button.styleSheet() != (wanted := measure.slim_button(em) if slim else ""):
            button.setStyleSheet(wanted)
    flow_buttons(page)  # slim buttons are narrower too
    shown = page.plan is not None and page.status is not Status.STOPPED
    page.picture.setVisible(with_picture and shown)
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


def _make_room(page: SessionPage) -> bool:
    """Still no room: the end's summary takes the body text's size; for the countdown, the
    note of changes waits for the end, and while paused the countdown, which stands still,
    steps aside for the line that says so (then see _paused_room)."""
    if page.summary.isVisibleTo(page) and page.summary.font() == page.summary_font:
        page.summary.setFont(page.font())  # at the end, Back to exercises stays in view
        return True
    if page.status is Status.PAUSED and not page.countdown.isVisibleTo(page):
        return _paused_room(page)
    if not page.countdown.isVisibleTo(page):
        return False
    if page.changes.isVisibleTo(page):
        page.changes.hide()
        return True
    if page.status is Status.PAUSED:
        page.countdown.hide()
        page.countdown_put_away = True
        return True
    return _smaller_words(page)  # running: the countdown gets what they give up


def _smaller_words(page: SessionPage) -> bool:
    """The larger words take the body text's size, once a fit."""
    if page.words_shrunk:
        return False
    for label in (page.exercise, page.rep, page.state_line):
        page.words_shrunk[label] = label.font()
        label.setFont(scaled_font(page.font(), 1.0, bold=label.font().bold()))
    return True


def _paused_room(page: SessionPage) -> bool:
    """Paused, and the line that says so still cut (800x500 at 200 % text): the larger words
    take the body text's size, then which foot it is steps aside until the session carries
    on. The exercise, the step and the count stay, and so does the line, whole."""
    if _smaller_words(page):
        return True
    if page.detail.isVisibleTo(page):
        page.detail.hide()
        return True
    return False
