"""Paused, stopped and finished each look like themselves on the session page, and the end
says what today added up to, against last time, with the streak and the next reminder."""

from __future__ import annotations

import pytest
from conftest import themed
from PySide6.QtWidgets import QApplication

from foot_coach.core.session import Pause, Resume, Stop
from foot_coach.store.settings import Reminder, Settings


def test_paused_says_so_and_running_again_does_not(make_coach, scheduler) -> None:
    coach = make_coach(Settings(muted=True, pain_checkins=False))
    coach.window.show()
    coach.sessions.start(["toe-curls"])
    scheduler.advance()
    page = coach.ctx.pages.session
    coach.ctx.runner.send(Pause())
    assert page.state_line.isVisible() and "Paused" in page.state_line.text()
    coach.ctx.runner.send(Resume())
    assert not page.state_line.isVisible()
    coach.ctx.runner.send(Stop())


def test_stopped_leaves_no_old_step_and_says_what_was_done(make_coach, scheduler, qtbot) -> None:
    coach = make_coach(Settings(muted=True, pain_checkins=False, reminders=(Reminder("07:30"),)))
    coach.window.show()
    qtbot.waitExposed(coach.window)
    coach.reminders.start()
    coach.sessions.start(["toe-curls"])
    for _ in range(40):  # seconds ticking by: a few holds
        scheduler.advance()
    page = coach.ctx.pages.session
    coach.ctx.runner.send(Stop())
    [(reps,)] = coach.ctx.store.conn.execute("SELECT sum(done_reps) FROM sets")
    assert reps >= 2
    assert page.title.text() == "Stopped"
    for key in ("back", "skip", "next", "stop", "hurts"):
        assert not page.buttons[key].isVisible(), key
    assert not page.countdown.isVisible() and not page.picture.isVisible()
    assert page.buttons["pause"].text() == "Back to exercises"
    for _ in range(3):  # the layout settles over a few passes
        QApplication.processEvents()
    # The words stay together at the top, not spread down the emptied page, and what was
    # done follows them: it sat at the foot of the page, the room between them empty.
    assert page.title.geometry().bottom() < page.height() // 3, page.title.geometry()
    below = page.summary.mapTo(page, page.summary.rect().topLeft()).y()
    above = page.title.mapTo(page, page.title.rect().bottomLeft()).y()
    assert below - above < 2 * page.fontMetrics().height(), (above, below)
    text = page.summary.text()
    assert page.summary.isVisible()
    assert f"Today: 1 exercise, {reps} repetitions, {reps} holds and " in text
    assert "Your first day" in text and "Day 1 of a new streak." in text
    assert "Next reminder:" in text
    page.buttons["pause"].click()
    assert coach.window.current_page() == "exercises"


def test_finished_compares_with_last_time(make_coach, scheduler, clock) -> None:
    coach = make_coach(Settings(muted=True, pain_checkins=False))
    coach.window.show()
    coach.sessions.start(["toe-spreading"])
    scheduler.run_until_idle()
    page = coach.ctx.pages.session
    assert page.title.text() == "Well done!" and page.detail.text() == ""
    assert "Today: 1 exercise" in page.summary.text()


def test_a_session_stopped_early_is_not_told_it_did_fewer(make_coach, scheduler, qtbot) -> None:
    import random
    from datetime import date, timedelta

    from foot_coach.store.seed import seed_first_days

    coach = make_coach(Settings(muted=True, pain_checkins=False))
    yesterday = date.today() - timedelta(days=1)
    seed_first_days(coach.ctx.store.conn, 1, yesterday, random.Random(2))  # a whole routine
    coach.window.show()
    coach.sessions.start(["toe-curls"])
    for _ in range(20):
        scheduler.advance()
    coach.ctx.runner.send(Stop())
    text = coach.ctx.pages.session.summary.text()
    assert "Today: 1 exercise" in text and "fewer than last time" not in text


def test_the_comparison_with_last_time() -> None:
    from datetime import date

    from foot_coach.store.queries import DayDone
    from foot_coach.ui import session_end

    today = DayDone(date(2026, 11, 24), 5, 60, 30, 9.2)
    assert session_end.compared(today, None) == "Your first day: well begun."
    assert session_end.compared(today, DayDone(date(2026, 11, 23), 5, 59, 30, 9)) == (
        "1 repetition more than last time."
    )
    more_before = DayDone(date(2026, 11, 22), 5, 70, 30, 9)
    assert session_end.compared(today, more_before) == "10 repetitions fewer than last time."
    # Stopped early (it may have hurt): fewer goes unsaid; more, or the first day, is still said.
    assert session_end.compared(today, more_before, stopped=True) == ""
    assert session_end.compared(today, None, stopped=True) == "Your first day: well begun."
    fewer_before = DayDone(date(2026, 11, 23), 5, 59, 30, 9)
    assert session_end.compared(today, fewer_before, stopped=True) == (
        "1 repetition more than last time."
    )
    said = session_end.summary(today, more_before, 3, "", stopped=True)
    assert "fewer" not in said and "3 days in a row" in said
    assert session_end.done_today(today) == (
        "Today: 5 exercises, 60 repetitions, 30 holds and 10 minutes of exercise."
    )


@pytest.mark.parametrize(
    "language, one, more",
    [
        ("en", "Day 1 of a new streak.", "You have exercised 2 days in a row."),
        ("de", "Tag 1 einer neuen Serie.", "Sie haben 2 Tage in Folge geübt."),
        ("es", "Día 1 de una nueva racha.", "Lleva 2 días seguidos haciendo ejercicio."),
    ],
    indirect=["language"],
)
def test_a_streak_of_one_day_and_of_more_read_naturally(language, one, more) -> None:
    """Spanish said "Ha hecho ejercicio 1 día seguido", English "exercised 1 day in a row"."""
    from foot_coach.ui import session_end

    assert (session_end.run_of_days(1), session_end.run_of_days(2)) == (one, more)
    assert session_end.run_of_days(0) == ""  # stopped with nothing done, today nor yesterday


def test_with_no_session_the_page_offers_to_start_one(make_coach, scheduler, qtbot) -> None:
    coach = make_coach(Settings(muted=True, pain_checkins=False))
    coach.window.show()
    coach.window.show_page("session")
    qtbot.waitExposed(coach.window)
    page = coach.ctx.pages.session
    assert page.exercise.text() == "No session is running."
    for key in ("back", "skip", "next", "focus", "stop", "hurts"):
        assert not page.buttons[key].isVisible(), key
    assert not page.countdown.isVisible() and not page.progress.isVisible()
    assert page.buttons["pause"].text() == "Start routine"
    page.buttons["pause"].click()
    assert coach.sessions.active()
    assert page.countdown.isVisible() and page.buttons["stop"].isVisible()
    coach.ctx.runner.send(Stop())
    page.buttons["pause"].click()  # "Back to exercises"
    assert coach.window.current_page() == "exercises"
    assert page.buttons["pause"].text() == "Start routine"
    assert page.exercise.text() == "No session is running."


def test_with_no_session_esc_and_h_ask_nothing_and_stop_nothing(make_coach) -> None:
    """Their buttons are hidden, but their keys still reach the page."""
    coach = make_coach(Settings(muted=True, pain_checkins=False))
    page = coach.ctx.pages.session
    asked: list[int] = []
    sent: list[object] = []
    page.confirm_stop = lambda: asked.append(1) or True
    page.sig_event.connect(sent.append)
    page.request_stop()  # Esc
    page.it_hurts()  # H
    assert asked == [] and sent == []
    assert page.exercise.text() == "No session is running."


@pytest.mark.parametrize("text_size", [100, 200])
def test_the_end_of_a_routine_on_a_laptop_overlaps_nothing(
    make_coach, scheduler, qtbot, artifacts, text_size: int
) -> None:
    """The picture's least height went uncounted once the countdown was gone, and the day's
    summary was drawn over the foot."""
    from in_view import LAPTOP, at_the_end
    from layout_walk import layout_problems

    from foot_coach.ui import theme

    with themed(theme.Mode.LIGHT, text_size):
        coach = make_coach(Settings(muted=True, pain_checkins=False))
        at_the_end(coach, scheduler, qtbot, LAPTOP)
        coach.window.grab().save(str(artifacts / f"laptop-end-{text_size}.png"))
        page = coach.ctx.pages.session
        assert page.summary.isVisible()
        assert layout_problems(coach.window) == []
