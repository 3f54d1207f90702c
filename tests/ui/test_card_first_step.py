"""Every exercise card shows its whole first step above the fold at 200 % text, with Start
routine on screen: the name and today's amount step down in size, then the picture in
width, where the room is short."""

from __future__ import annotations

import pytest
from conftest import themed
from layout_walk import settle
from PySide6.QtCore import QPoint, QRect, Qt
from test_laptop_fit import on_screen

from foot_coach.store.settings import Settings
from foot_coach.ui import theme


@pytest.mark.parametrize("size", [(1280, 700), (1280, 728), (800, 500)])
def test_every_cards_first_step_is_whole_in_view_with_start_routine(
    qtbot, language: str, make_coach, artifacts, size: tuple[int, int]
) -> None:
    """In Spanish at 200 % text on a 1280x700 window only the first line of the first step
    was in view: the name and today's amount, in their larger sizes, took the rest. They step
    down in size, then the picture in width; Start routine stays on screen."""
    with themed(theme.Mode.LIGHT, 200):
        coach = make_coach(Settings(muted=True), language=language)
        coach.window.resize(*size)
        coach.window.show()
        coach.window.show_page("exercises")
        qtbot.waitExposed(coach.window)
        page = coach.ctx.pages.exercises
        for index in range(page.cards.count()):
            page.show_card(index)
            settle(coach.window)
            card = page.card(index)
            name = f"card-first-step-{size[1]}-{language}-{index}.png"
            coach.window.grab().save(str(artifacts / name))
            first = card.steps.text().split("\n", 1)[0]
            box = QRect(0, 0, card.steps.width(), 100_000)
            tall = card.steps.fontMetrics().boundingRect(box, Qt.TextFlag.TextWordWrap, first)
            end = card.steps.mapTo(card.reading.viewport(), QPoint(0, tall.height()))
            assert end.y() <= card.reading.viewport().height() + 1, f"{first!r} is cut"
            if size[1] >= 700:  # a page that fits has Start routine in view
                assert on_screen(page.start, coach.window), "Start routine is below the screen"
