"""What steps aside in a short window comes back once the window grows: walked through every
session state at 800x500 with 200 % text, the window is made a laptop's size in each, and the
page must then be as it is on a laptop: nothing put away, the words at their size, the question
how an exercise felt shown wherever it is asked, and every button of the state."""

from __future__ import annotations

from layout_walk import settle
from test_session_walk import states

from foot_coach.app import Coach
from foot_coach.store.settings import Settings

ASKED = ("rest-rating", "rest-rating-paused", "move-rating", "end")  # how it felt


def left_aside(coach: Coach, state: str) -> list[str]:
    page = coach.ctx.pages.session
    found = [f"{w.objectName() or type(w).__name__} is still put away" for w in page.put_away]
    if page.words_shrunk:
        found.append("the larger words kept the body text's size")
    if page.rating.isVisible() != (state in ASKED):
        found.append(f"the question how it felt is {'not ' * (state in ASKED)}shown")
    wanted = 1 if state == "end" else len(page.buttons)  # at the end, Back to exercises
    if sum(b.isVisible() for b in page.buttons.values()) != wanted:
        found.append("a button stayed aside")
    return [f"{state}: {problem}" for problem in found]


def test_what_stepped_aside_comes_back_when_the_window_grows(
    qtbot, language: str, make_coach, scheduler, artifacts, large_text
) -> None:
    coach: Coach = make_coach(Settings(muted=True, pain_checkins=False), language=language)
    coach.window.resize(800, 500)
    coach.window.show()
    qtbot.waitExposed(coach.window)
    coach.sessions.start(["toe-curls", "heel-to-toe-walk", "ankle-circles"])
    found: list[str] = []
    for state in states(coach, scheduler):
        settle(coach.window)
        coach.window.resize(1366, 768)
        settle(coach.window)
        coach.window.grab().save(str(artifacts / f"aside-returns-{state}-{language}.png"))
        found += left_aside(coach, state)
        coach.window.resize(800, 500)
    assert not found, "\n".join(found)
