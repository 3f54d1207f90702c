"""An exercise card on a laptop at 200 % text shows the start of its steps without scrolling:
the picture takes only the width its drawing fills, and the words the rest."""

from __future__ import annotations

from conftest import themed
from in_view import shown
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel

from foot_coach.store.settings import Settings
from foot_coach.ui import theme


def test_the_first_step_is_in_view_on_a_laptop_at_large_text(
    qtbot, language: str, make_coach, artifacts
) -> None:
    """In Spanish the buttons below the card take two rows, and the card's height with them:
    beside a picture with blank margins, the name took two lines, today's amount two, and
    not a line of the steps was in view."""
    with themed(theme.Mode.LIGHT, 200):
        coach = make_coach(Settings(muted=True), language=language)
        shown(coach, qtbot, page="exercises")
        coach.window.grab().save(str(artifacts / f"laptop-200-card-{language}.png"))
        card = coach.ctx.pages.exercises.card(0)
        [steps] = [w for w in card.reading.widget().findChildren(QLabel) if w.text()[:2] == "1."]
        seen = steps.mapTo(card.reading.viewport(), QPoint(0, steps.fontMetrics().height()))
        assert seen.y() <= card.reading.viewport().height(), "no line of the steps in view"
        drawing = card.picture.height() * 4 / 3 + 2  # the drawings are 400x300
        assert card.picture.width() <= drawing, "blank margins beside the picture"
