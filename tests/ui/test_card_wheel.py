"""The mouse wheel on the Exercises page: it turns the cards, but over steps that scroll it
reads them, and reaching their end turns no card."""

from __future__ import annotations

from conftest import themed
from in_view import shown, wheel_down
from PySide6.QtWidgets import QWidget

from foot_coach.store.settings import Settings
from foot_coach.ui import theme


def wheel(target: QWidget, over: QWidget) -> None:
    """A turn down, to `target` with the pointer over `over` (in it)."""
    wheel_down(target, over.mapTo(target, over.rect().center()))


def test_reading_the_steps_to_their_end_stays_on_the_exercise(
    qtbot, language: str, make_coach, artifacts
) -> None:
    """German at 200 % on a laptop: the steps scroll, and one turn past their end showed the
    next exercise to someone reading how to do this one."""
    with themed(theme.Mode.LIGHT, 200):
        coach = make_coach(Settings(muted=True), language=language)
        shown(coach, qtbot, page="exercises")
        page = coach.ctx.pages.exercises
        reading = page.card(0).reading
        bar = reading.verticalScrollBar()
        assert bar.maximum() > 0, "the steps fit: nothing here to scroll"
        for _ in range(bar.maximum() // bar.singleStep() + 1):
            wheel_down(reading.viewport())
        assert bar.value() == bar.maximum(), "the wheel did not read the steps down"
        wheel(page, over=reading.viewport())  # one turn more: the steps pass it on
        coach.window.grab().save(str(artifacts / f"card-wheel-steps-end-{language}.png"))
        assert page.cards.currentIndex() == 0, "the wheel turned to another exercise"
        wheel(page, over=page.card(0).picture)  # over the picture it still turns the card
        assert page.cards.currentIndex() == 1
