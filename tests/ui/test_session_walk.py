"""Every state of a session, in every language, on a laptop and in the smallest window, with
text at 100 % and 200 %: nothing overlaps or is cut, and while the session counts nothing needs
scrolling, no empty band opens, and the countdown stays the big thing on the page, also in the
rest that asks how the exercise felt. The pictures go to artifacts/session-walk."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from layout_walk import largest_gap, layout_problems, settle
from PySide6.QtWidgets import QScrollArea

from foot_coach.app import Coach
from foot_coach.core.phase_kind import PhaseKind
from foot_coach.core.session import Pause, Resume
from foot_coach.store.settings import Settings

SIZES = [(1366, 768), (800, 500)]

# The countdown's line is at least this share of the page's height whenever it counts: the
# one thing a person in pain reads from across the room. In a rest that asked how the exercise
# felt, at 800x500 with 200 % text in German, it was squeezed to a small number (about 8 %).
LEAST_SHARE = 0.18  # a fifth of the page for its line, less the font's own leading


def until(coach: Coach, scheduler, kind: PhaseKind) -> None:
    while coach.ctx.runner.session.phase.kind is not kind:
        assert scheduler.advance(), f"the session ended before {kind}"


def states(coach: Coach, scheduler) -> Iterator[str]:
    """Steps one session through each state it can show, naming each on the way."""
    runner, page = coach.ctx.runner, coach.ctx.pages.session
    yield "get-ready"
    until(coach, scheduler, PhaseKind.HOLD)
    yield "hold"
    runner.send(Pause())
    yield "hold-paused"
    runner.send(Resume())
    until(coach, scheduler, PhaseKind.REST)
    assert page.rating.isVisible(), "the rest after an exercise asks how it felt"
    yield "rest-rating"
    runner.send(Pause())
    yield "rest-rating-paused"
    runner.send(Resume())
    page.rating.buttons["about-right"].click()
    yield "rest"
    until(coach, scheduler, PhaseKind.MOVE)
    yield "move"
    until(coach, scheduler, PhaseKind.REST)
    until(coach, scheduler, PhaseKind.MOVE)  # the question stays into the next exercise
    yield "move-rating"
    scheduler.run_until_idle()
    yield "end"


def countdown_share(coach: Coach) -> float:
    page = coach.ctx.pages.session
    return page.countdown.fontMetrics().height() / page.height()


def problems(coach: Coach, state: str) -> list[str]:
    """What is wrong with the page in this state, if anything."""
    page = coach.ctx.pages.session
    found = layout_problems(coach.window)
    if state != "end" and page.findChild(QScrollArea).verticalScrollBar().maximum():
        found.append("the page scrolls")  # the end's summary may, at 200 % text
    counting = state not in ("end", "hold-paused", "rest-rating-paused")  # paused, it may go
    if counting and (not page.countdown.isVisible() or countdown_share(coach) < LEAST_SHARE):
        found.append(f"the countdown is small: {countdown_share(coach):.2f} of the page")
    if state != "end" and largest_gap(page) >= page.fontMetrics().height():  # the end's room
        found.append(f"an empty band {largest_gap(page)} px tall")  # is below what was done
    if state == "rest-rating" and not page.rating.isVisible():
        found.append("the question how it felt is not shown")
    if state == "rest" and not all(b.isVisible() for b in page.buttons.values()):
        found.append("the buttons that stepped aside for the question did not come back")
    return [f"{state}: {p}" for p in found]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_session_state_fits(
    qtbot, language: str, make_coach, scheduler, artifacts, text_size: int, size
) -> None:
    coach: Coach = make_coach(Settings(muted=True, pain_checkins=False), language=language)
    coach.window.resize(*size)
    coach.window.show()
    qtbot.waitExposed(coach.window)
    coach.sessions.start(["toe-curls", "heel-to-toe-walk", "ankle-circles"])
    folder = artifacts / "session-walk"
    folder.mkdir(exist_ok=True)
    found: list[str] = []
    for state in states(coach, scheduler):
        settle(coach.window)
        name = f"{state}-{size[0]}x{size[1]}-{text_size}pct-{language}"
        coach.window.grab().save(str(folder / f"{name}.png"))
        found += problems(coach, state)
    assert not found, "\n".join(found)
