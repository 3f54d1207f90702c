"""Coaching in the app: progression before a session, ratings, check-ins and the notice."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from wall_fakes import Wall

from foot_coach.actions import coaching
from foot_coach.actions.coaching import amounts
from foot_coach.app import Coach
from foot_coach.core.care import Moment
from foot_coach.core.progression import BY_HAND, Source
from foot_coach.core.record import replace
from foot_coach.store import log
from foot_coach.ui.checkin import CheckInDialog, PainAnswer

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def coach(make_coach):
    return make_coach(wall=Wall(datetime(2026, 11, 1, 9, tzinfo=BERLIN)), zone=lambda: BERLIN)


def finish(coach: Coach, scheduler, exercise_id: str = "toe-curls", rating: str = "") -> None:
    coach.sessions.start([exercise_id])
    while scheduler.advance():
        if rating and not coach.ctx.pages.session.rating.isHidden():
            coach.ctx.pages.session.rating.buttons[rating].click()
    coach.ctx.wall.now += timedelta(days=1)


def test_three_finished_sessions_raise_the_count_with_a_reason(coach: Coach, scheduler) -> None:
    for _ in range(3):
        finish(coach, scheduler, rating="about-right")
    rated = coach.ctx.store.conn.execute("SELECT count(*) FROM ratings").fetchone()[0]
    assert rated == 3
    coach.sessions.start(["toe-curls"])
    assert amounts(coach.ctx)["toe-curls"].count == 11
    assert coach.ctx.pages.session.changes.text() == (
        "Toe curls: now 11 times, hold 3 s each (was 10 times) — three sessions in a row "
        "finished and none felt too hard."
    )  # the words the report lists it in
    row = log.latest_prescriptions(coach.ctx.store.conn)["toe-curls"]
    assert (row.source, row.count) == (Source.AUTO, 11)
    assert "11 times" in coach.ctx.pages.exercises.cards.widget(0).amount.text()


def test_too_hard_steps_back_next_time(coach: Coach, scheduler) -> None:
    rx = coach.ctx.catalog.get("toe-curls").prescription
    coaching.record(coach.ctx, "toe-curls", replace(rx, count=13), Source.AUTO, BY_HAND)
    finish(coach, scheduler, rating="too-hard")
    coach.sessions.start(["toe-curls"])
    assert amounts(coach.ctx)["toe-curls"].count == 12


def test_a_hand_set_amount_stays(coach: Coach, scheduler) -> None:
    rx = coach.ctx.catalog.get("toe-curls").prescription
    coaching.record(coach.ctx, "toe-curls", replace(rx, count=12, hold_s=5), Source.MANUAL, BY_HAND)
    for _ in range(3):
        finish(coach, scheduler, rating="about-right")
    coach.ctx.wall.now += timedelta(days=20)
    coach.sessions.start(["toe-curls"])
    now = amounts(coach.ctx)["toe-curls"]
    assert (now.count, now.hold_s) == (12, 5)
    assert coach.ctx.pages.session.changes.isHidden()


def test_strong_pain_brings_the_notice(coach: Coach, qtbot) -> None:
    coaching.save_pain(coach.ctx, Moment.AFTER, PainAnswer(2, 3, 1))
    assert coach.ctx.pages.session.notice.isHidden()
    coaching.save_pain(coach.ctx, Moment.AFTER, PainAnswer(None, 7, None))
    assert not coach.ctx.pages.session.notice.isHidden()
    assert "doctor or physiotherapist" in coach.ctx.pages.session.notice.text.text()
    rows = coach.ctx.store.conn.execute("SELECT moment, back, hip, knee FROM checkins").fetchall()
    assert [tuple(r) for r in rows] == [("after", 2, 3, 1), ("after", None, 7, None)]


@pytest.mark.parametrize("checkins", [False, True])
def test_stop_it_hurts_is_answered_at_once(make_coach, scheduler, checkins: bool) -> None:
    """Stopped because it hurt, the page said 'Stopped' as for any stop, and nothing of the
    pain: with check-ins off, nothing at all."""
    from foot_coach.store.settings import Settings

    coach = make_coach(Settings(muted=True, pain_checkins=checkins))
    coach.sessions.start(["toe-curls"])
    scheduler.advance()
    page = coach.ctx.pages.session
    page.buttons["hurts"].click()
    assert page.title.text() == "Stopped" and not page.notice.isHidden()
    assert "because it hurt" in page.notice.text.text()
    [(reason,)] = coach.ctx.store.conn.execute("SELECT stop_reason FROM sessions")
    assert reason == "it-hurts"


def test_a_skipped_checkin_stores_nothing(coach: Coach, qtbot) -> None:
    dialog = coaching.ask_pain(coach.ctx, Moment.BEFORE)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert coach.ctx.store.conn.execute("SELECT count(*) FROM checkins").fetchone()[0] == 0


def test_checkin_keys_where_the_focus_is(qtbot) -> None:
    """As a person presses them: to the line with the focus, not to the dialog, where Save
    once took the arrows for itself."""
    from PySide6.QtGui import QAccessible

    dialog = CheckInDialog(Moment.AFTER)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    heard = []
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down,
                Qt.Key.Key_9, Qt.Key.Key_Left, Qt.Key.Key_Up):  # fmt: skip
        qtbot.keyClick(dialog.focusWidget(), key)
        face = QAccessible.queryAccessibleInterface(dialog.focusWidget())
        heard.append((face.role(), face.text(QAccessible.Text.Name)))
    assert dialog.answer() == PainAnswer(None, 1, 8)
    slider = QAccessible.Role.Slider
    assert heard == [(slider, "Hip: not answered"), (slider, "Hip: 0 of 10"),
                     (slider, "Hip: 1 of 10"), (slider, "Knee: not answered"),
                     (slider, "Knee: 9 of 10"), (slider, "Knee: 8 of 10"),
                     (slider, "Hip: 1 of 10")]  # fmt: skip
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == CheckInDialog.DialogCode.Accepted


def test_the_same_change_to_several_exercises_is_said_once() -> None:
    raised = "now 11 times, hold 3 s each (was 10 times) — three sessions in a row finished"
    lower = "now 9 times, hold 3 s each (was 10 times) — the last session felt too hard"
    told = [("Toe curls", raised), ("Arch raises", lower), ("Toe spreading", raised)]
    assert coaching.said_once(told) == [
        f"Toe curls, Toe spreading: {raised}.",
        f"Arch raises: {lower}.",
    ]


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_a_checkin_sized_narrow_for_a_moment_fits_its_words_again(
    qtbot, language: str, large_text, artifacts
) -> None:
    """A window manager may size the dialog before Qt's least size holds. On a screen at twice
    the scale (a 1366x768 laptop's room) with German at 200 %, the words' height at that width
    stayed once the dialog was wide: 1223 px, its numbers and Save below the screen; and with
    its least width gone, it could be made narrow enough to cut its numbers."""
    from layout_walk import layout_problems
    from PySide6.QtWidgets import QApplication

    dialog = CheckInDialog(Moment.BEFORE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fitted = dialog.size()
    dialog.setMinimumWidth(1)  # as before the layout has set its least width
    dialog.resize(640, 480)
    QApplication.processEvents()
    dialog.grab().save(str(artifacts / "checkin-narrow-for-a-moment-de-200.png"))
    assert dialog.size() == fitted
    assert fitted.height() <= 768 - 48, "taller than a laptop's screen"
    assert not layout_problems(dialog)
