"""What steps aside on the session page when the room is short, in one order, one thing at
a time until the countdown has its room (session_fit asks, after the picture, the title's size
and the buttons' padding): the note of changes, the larger words' size, then what says where
the session is in more words than the title and the count (the sound line, the exercise's name,
which foot), then, while paused, the still countdown, and the question how the last exercise
felt while the next one counts; last the buttons a key also reaches, the exercise's name in
that question, and in its rest the question itself. The title, the count, the paused line,
and Pause, Stop and Stop — it hurts always stay. Each fit starts whole again (restore): the
window may have grown, or the session moved on.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from foot_coach.core.session import Status
from foot_coach.ui.theme import scaled_font

SessionPage = Any  # the page that calls in here (its import would make a cycle)


def restore(page: SessionPage) -> None:
    """Everything back as it was before the last fit stepped it aside."""
    for label in (page.exercise, page.rep, page.detail, page.silence):
        label.setVisible(bool(label.text()))  # an empty line would still take its height
    for label, font in page.words_shrunk.items():
        label.setFont(font)
    page.words_shrunk = {}
    controls = page.progress.isVisibleTo(page)  # false once the session ends, or with none
    if page.countdown_put_away and page.status in (Status.RUNNING, Status.PAUSED):
        page.countdown.show()
        page.countdown_put_away = False
    for widget in page.put_away:
        # The question comes back while it is asked: at the end it is asked anew (before the
        # page knows the session ended, so it waited as if the next exercise counted) and, put
        # away with the buttons, it stayed away, even once the window grew.
        widget.setVisible(bool(page.rating.exercise_id) if widget is page.rating else controls)
    page.put_away = []
    if page.summary.font() != summary_font(page):
        page.summary.setFont(summary_font(page))
    page.rating.shorten(False)


def summary_font(page: SessionPage) -> QFont:
    """The day's summary a little larger than the body text, as the body text is now: a font
    kept from when the page was made stayed at the old size once Settings changed it."""
    return scaled_font(page.font(), 1.15)


def make_room(page: SessionPage) -> bool:
    """One thing more steps aside, the first of ASIDE that can: at the end, the summary takes
    the body text's size (Back to exercises stays in view); while the session runs or is
    paused, the next of ASIDE, in its order. False when nothing is left to give way."""
    if page.summary.isVisibleTo(page) and page.summary.font() == summary_font(page):
        page.summary.setFont(page.font())
        return True
    if page.status is not Status.PAUSED and not page.countdown.isVisibleTo(page):
        return False
    return any(step(page) for step in ASIDE)


def _changes_wait(page: SessionPage) -> bool:
    """The note of changes waits for the end, where it is shown again."""
    return page.countdown.isVisibleTo(page) and _line_aside(page.changes)


def _smaller_words(page: SessionPage) -> bool:
    """The larger words take the body text's size, once a fit: the question how it felt too,
    which at 200 % took two lines above its answers."""
    if page.words_shrunk:
        return False
    for label in (page.exercise, page.rep, page.state_line, page.rating.question):
        page.words_shrunk[label] = label.font()
        label.setFont(scaled_font(page.font(), 1.0, bold=label.font().bold()))
    return True


def _still_countdown(page: SessionPage) -> bool:
    """Paused, the countdown stands still: it steps aside for the line that says so, and _fit
    brings it back where that left it room."""
    if page.status is Status.PAUSED and page.countdown.isVisibleTo(page):
        page.countdown.hide()
        page.countdown_put_away = True
        return True
    return False


def _step_buttons(page: SessionPage) -> bool:
    """Back, Skip, Next exercise and Focus mode step aside; their keys still work, and Pause,
    Stop and Stop — it hurts stay. In German and Spanish at 800x500 and 200 % the question
    how it felt stacks its three answers: with the session's three rows of buttons they
    left the countdown nothing, and the page scrolled."""
    return _put_away(page, *(page.buttons[k] for k in STEP_BUTTONS))


def _left_over_question_waits(page: SessionPage) -> bool:
    """The question how the last exercise felt, which stays into the next one, waits while
    that one counts, before the buttons step aside: at 800x500 and 200 % text it left the
    countdown of the next exercise's steps a line of small print."""
    return not page.resting and _put_away(page, page.rating)


def _rating_waits(page: SessionPage) -> bool:
    """Last, the question waits in its rest too: paused there at 800x500 and 200 % text, it
    did not fit with the line that says so and Resume."""
    return _put_away(page, page.rating)


def _put_away(page: SessionPage, *widgets: QWidget) -> bool:
    """These step aside until the next fit, which shows them again while the session runs."""
    shown = [w for w in widgets if w.isVisibleTo(page)]
    for widget in shown:
        widget.hide()
    page.put_away += shown
    return bool(shown)


# The order (see the module's docstring).
ASIDE = (
    _changes_wait,
    _smaller_words,
    lambda page: _line_aside(page.silence),  # said to a screen reader as it came
    lambda page: _line_aside(page.exercise),  # the strip of exercises says where it is
    lambda page: _line_aside(page.detail),  # which foot, which way
    _still_countdown,
    _left_over_question_waits,
    _step_buttons,
    lambda page: page.rating.isVisibleTo(page) and page.rating.shorten(True),
    _rating_waits,
)
STEP_BUTTONS = ("back", "skip", "next", "focus")


def _line_aside(label: QWidget) -> bool:
    """The line steps aside, if it shows. It comes back by its words, not from a list as what
    _put_away hides: restore shows each line that has some at the next fit, and the note of
    changes comes back at the end."""
    if label.isVisibleTo(label.parentWidget()):
        label.hide()
        return True
    return False
