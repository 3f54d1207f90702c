"""At the end of a routine the title, "Well done!", is what the page says: in a short window
the last exercise's picture steps aside before the title gets smaller. In English the picture
stayed a thumbnail beside a title shrunk to the body's size (800x500), where German and
Spanish, too long to fit beside it, had their title whole."""

from __future__ import annotations

import pytest
from conftest import themed
from in_view import at_the_end

from foot_coach.store.settings import Settings
from foot_coach.ui import theme
from foot_coach.ui.session_fit import TITLE_SCALES


@pytest.mark.parametrize("text_size", [100, 200], ids=lambda p: f"{p}pct")
def test_the_end_keeps_its_title_whole_before_the_last_picture(
    make_coach, scheduler, qtbot, artifacts, language: str, text_size: int
) -> None:
    with themed(theme.Mode.LIGHT, text_size):
        coach = make_coach(Settings(muted=True, pain_checkins=False), language=language)
        at_the_end(coach, scheduler, qtbot, (800, 500))
        coach.window.grab().save(str(artifacts / f"end-800x500-{language}-{text_size}.png"))
        page = coach.ctx.pages.session
        body = page.font().pointSizeF()
        title = page.title.font().pointSizeF()
    assert page.summary.isVisible()
    if page.picture.isVisible():  # kept only beside the title at its full size
        assert title >= TITLE_SCALES[0] * body * 0.95, (title, body)
