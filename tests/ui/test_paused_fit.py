"""In the smallest window (800x500) at 200 % text: running, the countdown is the big thing on
the page, as on a laptop at 100 %; paused, the line that says so is in view whole, with the
buttons; carrying on gives the words back their sizes and places."""

from __future__ import annotations

import pytest
from conftest import themed
from layout_walk import settle
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QScrollArea, QWidget

from foot_coach.app import Coach
from foot_coach.core.phase_kind import PhaseKind
from foot_coach.core.session import Pause, Resume
from foot_coach.store.settings import Settings
from foot_coach.ui import theme


def seen_whole(widget: QWidget) -> bool:
    window = widget.window()
    inside = window.rect().contains(widget.mapTo(window, QPoint(0, 0)))
    return inside and widget.visibleRegion().boundingRect().size() == widget.size()


def smallest_window_session(
    make_coach,
    qtbot,
    scheduler,
    exercise: str,
    counted: PhaseKind,
    size: tuple[int, int] = (800, 500),
) -> Coach:
    """A session of `exercise` in the smallest window (or one of `size`), at its first `counted`
    phase (or its first move, for an exercise that moves instead of holding)."""
    coach: Coach = make_coach(Settings(muted=True, pain_checkins=False))
    coach.window.resize(*size)
    coach.window.show()
    qtbot.waitExposed(coach.window)
    coach.sessions.start([exercise])
    while coach.ctx.runner.session.phase.kind not in (counted, PhaseKind.MOVE):
        assert scheduler.advance()
    return coach


@pytest.mark.parametrize("exercise", ["toe-curls", "ankle-circles"])
def test_the_paused_line_is_seen_whole(
    qtbot, language: str, make_coach, scheduler, artifacts, large_text, exercise
) -> None:
    """In German and Spanish the line takes two lines and the buttons three rows: the page
    scrolled, the line cut and the countdown put away, though the exercise's name could give
    way."""
    coach = smallest_window_session(make_coach, qtbot, scheduler, exercise, PhaseKind.HOLD)
    page = coach.ctx.pages.session
    settle(coach.window)  # the sizes the page has once laid out in the window, not on its way there
    sizes = {label: label.font().pointSizeF() for label in (page.exercise, page.rep)}
    coach.ctx.runner.send(Pause())
    settle(coach.window)
    name = f"paused-800x500-200pct-{exercise}-{language}.png"
    coach.window.grab().save(str(artifacts / name))
    line = page.state_line
    assert line.isVisible() and line.text() == page.tr("Paused. Press Space or Resume to carry on.")
    assert page.findChild(QScrollArea).verticalScrollBar().maximum() == 0, "it scrolls"
    assert seen_whole(line), "the paused line is cut"
    assert line.height() >= line.heightForWidth(line.width())
    assert seen_whole(page.buttons["pause"]) and page.buttons["pause"].text() == page.tr("Resume")
    assert seen_whole(page.countdown) and seen_whole(page.title) and seen_whole(page.rep)
    coach.ctx.runner.send(Resume())
    settle(coach.window)
    assert page.countdown.isVisible() and page.detail.isVisible() == bool(page.detail.text())
    assert {label: label.font().pointSizeF() for label in sizes} == sizes


@pytest.mark.parametrize(("size", "percent"), [((800, 500), 200), ((1366, 768), 100)])
@pytest.mark.parametrize("exercise", ["toe-curls", "ankle-circles"])
def test_the_running_countdown_is_the_big_thing_on_the_page(
    qtbot, language: str, make_coach, scheduler, artifacts, exercise, size, percent
) -> None:
    """In German and Spanish at 800x500 and 200 % the buttons take three rows: with the
    exercise's name too, the countdown was a line of small print and the words scrolled."""
    with themed(theme.Mode.LIGHT, percent):
        coach = smallest_window_session(
            make_coach, qtbot, scheduler, exercise, PhaseKind.RELEASE, size
        )  # fmt: skip
        settle(coach.window)
        name = f"running-{size[0]}x{size[1]}-{percent}pct-{exercise}-{language}.png"
        coach.window.grab().save(str(artifacts / name))
        page = coach.ctx.pages.session
        assert page.title.isVisible() and page.rep.isVisible() and page.detail.isVisible()
        words = [w for w in (page.exercise, page.title, page.rep, page.detail) if w.isVisible()]
        tall = page.countdown.fontMetrics().height()
        # Between the words at 800x500 and 200 % it was one line of text tall, under the title.
        assert tall >= 3 * page.fontMetrics().height()
        assert all(tall >= 2 * label.fontMetrics().height() for label in words)
        assert page.findChild(QScrollArea).verticalScrollBar().maximum() == 0
        assert page.countdown.height() >= tall
        assert all(seen_whole(widget) for widget in (page.countdown, *words))
