"""A text size chosen in Settings reaches what is already on screen: the body text, and the
words given a size of their own (a title, an exercise's name), which keep their proportion."""

from __future__ import annotations

from conftest import themed
from layout_walk import settle
from PySide6.QtWidgets import QLabel

from foot_coach.actions import settings as settings_actions
from foot_coach.store.settings import Settings
from foot_coach.ui import theme


def sizes(coach) -> dict[str, float]:
    card = coach.ctx.pages.exercises.card(0)
    labels = card.reading.widget().findChildren(QLabel)
    name = next(label for label in labels if label.text() == card.exercise.name)
    return {
        "page button": coach.window.nav_buttons[0].font().pointSizeF(),
        "exercise's name": name.font().pointSizeF(),
        "steps": min(label.font().pointSizeF() for label in labels),
        "start routine": coach.ctx.pages.exercises.start.font().pointSizeF(),
    }


def test_a_text_size_chosen_in_settings_reaches_the_page_shown(
    qtbot, make_coach, artifacts
) -> None:
    """At 200 % chosen in Settings, of the page shown only the check boxes grew: the page
    buttons, the exercise's words and name kept their size until the next start."""
    with themed(theme.Mode.LIGHT, 100):
        coach = make_coach(Settings(muted=True))
        coach.window.resize(1280, 700)
        coach.window.show()
        coach.window.show_page("exercises")
        qtbot.waitExposed(coach.window)
        settle(coach.window)
        before = sizes(coach)
        settings_actions.change(coach.ctx, larger_text=200)
        settle(coach.window)
        coach.window.grab().save(str(artifacts / "text-size-live-200.png"))
        after = sizes(coach)
        grown = {k: round(after[k] / before[k], 2) for k in before}
        assert grown == dict.fromkeys(before, 2.0), grown


def test_the_days_summary_takes_the_text_size_chosen_after_the_page_was_made(
    qtbot, make_coach, scheduler
) -> None:
    """The Session page kept the summary's font from when it was made: after 200 % was chosen,
    the end of the next session said what was done in words of the old size."""
    with themed(theme.Mode.LIGHT, 100):
        coach = make_coach(Settings(muted=True, pain_checkins=False))
        coach.window.resize(1366, 768)
        coach.window.show()
        coach.window.show_page("session")  # made at 100 %
        qtbot.waitExposed(coach.window)
        settings_actions.change(coach.ctx, larger_text=200)
        coach.sessions.start(["toe-curls"])
        scheduler.run_until_idle()
        settle(coach.window)
        page = coach.ctx.pages.session
        body = page.font().pointSizeF()
        assert body == 2 * theme.BASE_POINT_SIZE
        assert page.summary.font().pointSizeF() >= body, "the summary is smaller than the words"
