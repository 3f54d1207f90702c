"""A laptop screen at 200 % text: the page buttons share one row when there is room, the
Exercises page's Start routine button is on screen without scrolling, and so is every button
of a session, even in a rest that asks how the exercise felt."""

from __future__ import annotations

from datetime import date, timedelta
from random import Random

import pytest
from conftest import themed
from in_view import shown
from layout_walk import largest_gap
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from foot_coach.app import Coach
from foot_coach.core.phase_kind import PhaseKind
from foot_coach.core.session import Pause
from foot_coach.store.seed import seed_first_days
from foot_coach.store.settings import Settings
from foot_coach.ui import theme
from foot_coach.ui.main_window import HelpTopic, columns_that_fit


def test_columns_are_measured_one_by_one() -> None:
    # Five of width 100 and one of 300: as the widest times six (1,800) they would not fit.
    assert columns_that_fit([300, 100, 100, 100, 100, 100], 10, 850) == 6
    assert columns_that_fit([300, 100, 100, 100, 100, 100], 10, 849) == 5
    assert columns_that_fit([300, 300, 300], 10, 200) == 1
    # Three columns: 300+100+100 with the second row's 100s under them.
    assert columns_that_fit([300, 100, 100, 100, 100, 100], 10, 600) == 3


def on_screen(widget: QWidget, window: QWidget) -> bool:
    """Wholly inside the window and not scrolled out of its scroll area."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    bottom_right = widget.mapTo(window, QPoint(widget.width() - 1, widget.height() - 1))
    inside = window.rect().contains(top_left) and window.rect().contains(bottom_right)
    seen = widget.visibleRegion().boundingRect().size() == widget.size()
    return inside and seen


def test_a_laptop_at_large_text(qtbot, make_coach, artifacts, language: str) -> None:
    with themed(theme.Mode.LIGHT, 200):
        coach: Coach = make_coach(Settings(muted=True))
        shown(coach, qtbot, page="exercises")
        coach.window.grab().save(str(artifacts / f"laptop-200-exercises-{language}.png"))
        rows = {b.y() for b in coach.window.nav_buttons}
        assert len(rows) == 1, "the page buttons took two rows on a screen with room for one"
        start = coach.ctx.pages.exercises.start
        assert on_screen(start, coach.window), "Start routine is below the screen"


def session_buttons(coach: Coach) -> list[QWidget]:
    page = coach.ctx.pages.session
    return [b for b in (*page.buttons.values(), *page.rating.buttons.values()) if b.isVisible()]


@pytest.mark.parametrize("state", ["running", "paused", "finished"])
@pytest.mark.parametrize("exercise", ["toe-curls", "arch-raises", "heel-to-toe-walk"])
def test_a_rest_that_asks_how_it_felt_fits_a_laptop_at_large_text(
    qtbot, language: str, make_coach, scheduler, artifacts, state: str, exercise: str
) -> None:
    """The tallest a session gets: after an exercise, the question how it felt and its three
    buttons join the session's two rows; at the end, the day's summary joins Back to
    exercises. None of them may be scrolled out of view, and each stays a large target."""
    with themed(theme.Mode.LIGHT, 200):
        coach: Coach = make_coach(Settings(muted=True, pain_checkins=False))
        coach.window.resize(1280, 700)
        coach.window.show()
        qtbot.waitExposed(coach.window)
        coach.reminders.start()  # the end says when the next reminder comes
        coach.sessions.start([exercise, "toe-spreading"])
        while coach.ctx.runner.session.phase.kind is not PhaseKind.REST:
            assert scheduler.advance()
        if state == "paused":
            coach.ctx.runner.send(Pause())
        elif state == "finished":
            scheduler.run_until_idle()
        for _ in range(3):
            QApplication.processEvents()
        name = f"laptop-200-rest-{exercise}-{state}-{language}.png"
        coach.window.grab().save(str(artifacts / name))
        buttons = session_buttons(coach)
        assert len(buttons) == (4 if state == "finished" else 10), "the rating's three too"
        for button in buttons:
            assert on_screen(button, coach.window), f"{button.text()!r} is scrolled out of view"
            assert button.height() >= 48, f"{button.text()!r} is a small target"
        rows = {b.y() for b in coach.ctx.pages.session.rating.buttons.values()}
        assert len(rows) == 1, "the rating's buttons went one under another"
        page = coach.ctx.pages.session
        if page.countdown.isVisible():  # fitted the moment the question moved, it was cut
            assert on_screen(page.countdown, coach.window), "the countdown is cut"
        assert largest_gap(page) < page.fontMetrics().height(), "an empty band on the page"


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # offscreen
def test_the_help_menu_has_room_for_its_words_and_keys_at_large_text(qtbot, make_coach) -> None:
    with themed(theme.Mode.LIGHT, 200):
        coach: Coach = make_coach(Settings(muted=True))
        coach.window.show()
        qtbot.waitExposed(coach.window)
        menu = coach.window.menuBar().actions()[0].menu()
        menu.popup(coach.window.pos())
        qtbot.waitExposed(menu)
        item = coach.window.help_actions[HelpTopic.SHORTCUTS]
        metrics = menu.fontMetrics()
        # The words after an indent, a gap, then the key: the style made no room for the
        # gap, so the words were cut short ('Keyboar…ortcuts').
        words, key = metrics.horizontalAdvance(item.text()), metrics.horizontalAdvance("F1")
        assert menu.actionGeometry(item).width() >= words + key + 2 * metrics.height()
        menu.hide()


def test_the_end_with_every_amount_raised_keeps_its_buttons_in_view(
    qtbot, make_coach, scheduler, artifacts
) -> None:
    """After three good days the coach raises all five amounts, and the end lists each with its
    reason under the day's summary: at 200 % on a laptop that pushed the question how it felt
    and Back to exercises below the window, to be found by scrolling."""
    with themed(theme.Mode.LIGHT, 200):
        coach: Coach = make_coach(Settings(muted=True, pain_checkins=False))
        seed_first_days(coach.ctx.store.conn, 3, date.today() - timedelta(days=1), Random(1))
        coach.window.resize(1280, 700)
        coach.window.show()
        qtbot.waitExposed(coach.window)
        coach.sessions.start(list(coach.ctx.catalog.ids))
        scheduler.run_until_idle()
        for _ in range(3):
            QApplication.processEvents()
        page = coach.ctx.pages.session
        said = page.changes.text()
        assert all(name in said for name in coach.ctx.catalog.names().values()), said
        # The most there can be: each exercise changed its own way, a line each.
        words = said.splitlines()[0].split(": ", 1)[1]
        page.show_changes([f"{name}: {words}" for name in coach.ctx.catalog.names().values()])
        for _ in range(3):
            QApplication.processEvents()
        coach.window.grab().save(str(artifacts / "laptop-200-end-all-raised.png"))
        assert len(page.changes.text().splitlines()) == 5
        buttons = session_buttons(coach)
        assert len(buttons) == 4, "Back to exercises and the rating's three"
        for button in buttons:
            assert on_screen(button, coach.window), f"{button.text()!r} is scrolled out of view"


@pytest.mark.parametrize("size", [(1280, 700), (1280, 728)])
def test_a_hold_paused_while_the_rating_shows_keeps_its_countdown(
    qtbot, language: str, make_coach, scheduler, artifacts, size: tuple[int, int]
) -> None:
    """The question how the last exercise felt stays into the next one's holds. Paused there
    at 200 % in German, the countdown was put away though it had room, and an empty band was
    left where it had been: the fit guessed the page's margins and spacing, and never gave
    the countdown back once the words had made room."""
    with themed(theme.Mode.LIGHT, 200):
        coach: Coach = make_coach(Settings(muted=True, pain_checkins=False), language=language)
        coach.window.resize(*size)
        coach.window.show()
        qtbot.waitExposed(coach.window)
        coach.sessions.start(["toe-curls", "arch-raises"])
        for kind in (PhaseKind.REST, PhaseKind.HOLD):
            while coach.ctx.runner.session.phase.kind is not kind:
                assert scheduler.advance()
        coach.ctx.runner.send(Pause())
        for _ in range(3):
            QApplication.processEvents()
        name = f"laptop-200-hold-paused-rating-{size[1]}-{language}.png"
        coach.window.grab().save(str(artifacts / name))
        page = coach.ctx.pages.session
        assert page.rating.isVisible() and page.state_line.isVisible()
        assert page.countdown.isVisible(), "the countdown was put away"
        for widget in (page.countdown, page.state_line, *session_buttons(coach)):
            assert on_screen(widget, coach.window), f"{widget} is cut or scrolled away"
        assert largest_gap(page) < page.fontMetrics().height(), "an empty band on the page"


def test_the_note_after_stop_it_hurts_is_read_whole_without_scrolling(
    qtbot, language: str, make_coach, scheduler, artifacts
) -> None:
    """Stopped because it hurt, the page advises rest and, if the pain stays, a doctor. Under
    the day's summary, at 200 % on a laptop, that advice ran below the fold in German."""
    with themed(theme.Mode.LIGHT, 200):
        coach: Coach = make_coach(Settings(muted=True, pain_checkins=False), language=language)
        coach.window.resize(1280, 700)
        coach.window.show()
        qtbot.waitExposed(coach.window)
        coach.reminders.start()  # the end says when the next reminder comes
        coach.sessions.start(["toe-curls"])
        scheduler.advance()
        page = coach.ctx.pages.session
        page.buttons["hurts"].click()
        for _ in range(3):
            QApplication.processEvents()
        coach.window.grab().save(str(artifacts / f"laptop-200-it-hurts-{language}.png"))
        assert on_screen(page.notice, coach.window), "the note about pain is cut or scrolled"
        assert on_screen(page.buttons["pause"], coach.window), "Back to exercises"
