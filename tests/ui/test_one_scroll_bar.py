"""A page scrolls with one scroll bar: at 200 % text on a laptop the Exercises page showed two
side by side, the card's steps' and the page's, and which one moved what was a puzzle."""

from __future__ import annotations

import layout_walk
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollBar

from foot_coach.app import Coach
from foot_coach.store.settings import Settings


def shown_bars(coach: Coach) -> list[QScrollBar]:
    return [
        bar
        for bar in coach.window.findChildren(QScrollBar)
        if bar.orientation() == Qt.Orientation.Vertical and bar.isVisible() and bar.maximum()
    ]


@pytest.mark.parametrize("text_size", [100, 200], indirect=True, ids=lambda p: f"{p}pct")
@pytest.mark.parametrize("size", [(800, 500), (1000, 600), (1366, 768)], ids=str)
def test_the_exercises_page_scrolls_with_one_bar_and_hides_no_step(
    qtbot, make_coach, language: str, text_size: int, size: tuple[int, int], artifacts
) -> None:
    coach = make_coach(Settings(muted=True), language=language)
    coach.window.resize(*size)
    coach.window.show()
    qtbot.waitExposed(coach.window)
    page = coach.ctx.pages.exercises
    for index in range(page.cards.count()):
        page.show_card(index)
        layout_walk.settle(coach.window)
        qtbot.wait(1)
        bars = shown_bars(coach)
        name = f"exercises-{language}-{text_size}pct-{size[0]}x{size[1]}-{index}.png"
        coach.window.grab().save(str(artifacts / name))
        assert len(bars) <= 1, [bar.parentWidget().parentWidget() for bar in bars]
        if page.page_scroll.verticalScrollBar() in bars:  # the page scrolls: the steps too
            reading = page.card(index).reading
            assert reading.verticalScrollBar().maximum() == 0, index


def test_reading_whole_steps_to_the_pages_end_stays_on_the_exercise(
    qtbot, make_coach, large_text
) -> None:
    """The steps shown whole scroll with the page, which passes the wheel on at its end: one
    turn more turned to the next exercise, as the steps' own scroll bar once did."""
    from test_card_wheel import wheel

    coach = make_coach(Settings(muted=True), language="de")
    coach.window.resize(800, 500)
    coach.window.show()
    qtbot.waitExposed(coach.window)
    page = coach.ctx.pages.exercises
    layout_walk.settle(coach.window)
    reading, bar = page.card(0).reading, page.page_scroll.verticalScrollBar()
    assert bar.maximum() and not reading.verticalScrollBar().maximum(), "no steps shown whole"
    bar.setValue(bar.maximum())
    wheel(page, over=reading.viewport())  # a turn past the page's end, over the steps
    assert page.cards.currentIndex() == 0, "the wheel turned to another exercise"
