"""Pages are made when first needed: start-up makes only the page on screen, and a page made
later shows the state as it is then, with every change made while it did not exist."""

from __future__ import annotations

from conftest import PAGES
from PySide6.QtCore import QPointF
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication

from foot_coach.actions import coaching, settings
from foot_coach.core.catalog import Prescription
from foot_coach.core.progression import BY_HAND
from foot_coach.store.settings import Reminder, Settings


def made(coach) -> list[str]:
    return [key for key in PAGES if coach.window.made(key)]


def test_a_coach_not_yet_shown_has_made_no_page(make_coach) -> None:
    coach = make_coach()
    assert made(coach) == []  # started in the tray: nothing on screen, nothing made
    assert len(coach.window.nav_buttons) == len(PAGES)  # every button is there already


def test_showing_the_window_makes_only_the_page_it_opens_on(make_coach) -> None:
    coach = make_coach()
    coach.window.show()
    assert made(coach) == ["exercises"]
    assert coach.window.current_page() == "exercises"
    assert coach.window.nav_buttons[0].isChecked()
    assert coach.window.pages.currentWidget() is coach.ctx.pages.exercises


def test_a_page_button_makes_its_page_and_shows_it(qtbot, make_coach) -> None:
    coach = make_coach()
    coach.window.show()
    [button] = [b for b in coach.window.nav_buttons if b.property("page_key") == "reminders"]
    button.click()
    assert made(coach) == ["exercises", "reminders"]
    assert coach.window.pages.currentWidget() is coach.ctx.pages.reminders
    assert coach.ctx.pages.reminders.accessibleName() == "Reminders"


def test_the_pointer_on_a_button_makes_its_page_before_the_click(qtbot, make_coach) -> None:
    coach = make_coach()
    coach.window.show()
    [button] = [b for b in coach.window.nav_buttons if b.property("page_key") == "routine"]
    QApplication.sendEvent(button, QEnterEvent(QPointF(), QPointF(), QPointF()))
    qtbot.waitUntil(lambda: coach.window.made("routine"), timeout=1000)
    assert coach.window.current_page() == "exercises"  # made, not shown
    assert coach.window.pages.currentWidget() is coach.ctx.pages.exercises


def test_changes_before_a_page_is_made_are_shown_when_it_is(make_coach) -> None:
    coach = make_coach(Settings(muted=True, volume=40))
    ctx = coach.ctx
    settings.change(ctx, volume=65, reminders=(Reminder("07:45"),), rest_s=25)
    coaching.record(ctx, "toe-curls", Prescription(12, hold_s=5), coaching.Source.MANUAL, BY_HAND)
    coaching.show_amounts(ctx)
    assert made(coach) == []
    assert ctx.pages.settings.volume.value() == 65
    assert [r.time for r in ctx.pages.reminders.values()] == ["07:45"]
    assert ctx.pages.routine.rest.value() == 25
    assert "12 times" in ctx.pages.exercises.cards.widget(0).amount.text()


def test_a_made_page_follows_changes_at_once(make_coach) -> None:
    coach = make_coach()
    page = coach.ctx.pages.settings
    settings.change(coach.ctx, volume=20)
    settings.show_settings(coach.ctx)
    assert page.volume.value() == 20


def test_a_problem_for_the_reminders_page_is_kept_until_it_is_made(make_coach, monkeypatch) -> None:
    from foot_coach.actions import messages

    coach = make_coach()
    monkeypatch.setattr(messages, "warn", lambda parent, text: None)
    messages.tell(coach.ctx, None)  # nothing to say: nothing made for it
    assert not coach.window.made("reminders")
    messages.tell(coach.ctx, "The disk is full.")
    assert coach.ctx.pages.reminders.message.text() == "The disk is full."


def test_the_exercises_page_makes_only_the_card_on_screen(make_coach) -> None:
    from foot_coach.ui.pages.exercises_page import ExerciseCard

    coach = make_coach()
    ctx = coach.ctx
    page = ctx.pages.exercises
    cards = [page.cards.widget(i) for i in range(page.cards.count())]
    assert [isinstance(c, ExerciseCard) for c in cards] == [True] + [False] * (len(cards) - 1)
    # An amount changed before the next card is made shows on it once it is.
    coaching.record(ctx, ctx.catalog.ids[1], Prescription(12, hold_s=5), coaching.Source.MANUAL,
                    BY_HAND)  # fmt: skip
    coaching.show_amounts(ctx)
    page.next.click()
    assert page.current_exercise() == ctx.catalog.ids[1]
    assert page.cards.currentWidget() is page.card(1) and "12 times" in page.card(1).amount.text()
    assert page.cards.count() == len(cards) and page.dots.count == len(cards)
