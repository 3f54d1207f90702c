"""The whole routine followed with the keyboard alone, on a stepped clock."""

from __future__ import annotations

import pytest
from announcements import listen, settle
from conftest import themed
from PySide6.QtCore import Qt

from foot_coach.app import Coach
from foot_coach.core.announcing import plain
from foot_coach.core.phase_kind import PhaseKind
from foot_coach.core.session import Status
from foot_coach.ui.checkin import CheckInDialog


@pytest.fixture
def coach(qtbot, make_coach):
    made = make_coach()
    made.window.show()
    qtbot.waitExposed(made.window)
    made.window.activateWindow()
    return made


def key(qtbot, coach: Coach, name: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = coach.window.focusWidget() or coach.window
    qtbot.keyClick(target, name, modifier)


def checkin_dialog(coach: Coach) -> CheckInDialog:
    [dialog] = [d for d in coach.window.findChildren(CheckInDialog) if d.isVisible()]
    return dialog


def skip_checkin(qtbot, coach: Coach) -> None:
    qtbot.keyClick(checkin_dialog(coach), Qt.Key.Key_Escape)


def test_whole_routine_by_keyboard(qtbot, coach: Coach, scheduler) -> None:
    seen = []
    coach.ctx.runner.sig_phase_started.connect(
        lambda note: seen.append((note.index, note.phase.kind))
    )
    key(qtbot, coach, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    before = checkin_dialog(coach)
    for digit in (Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_0):  # back, hip, knee
        qtbot.keyClick(before.focusWidget(), digit)  # where the keyboard's focus is
    qtbot.keyClick(before.focusWidget(), Qt.Key.Key_Return)
    assert coach.window.current_page() == "session"
    plan = coach.ctx.runner.session.plan
    steps = 0
    rated: list[bool] = []
    while scheduler.advance():
        steps += 1
        if coach.ctx.pages.session.rating.isVisible() and not rated:
            key(qtbot, coach, Qt.Key.Key_2)  # "about right" for the exercise just done
            rated.append(coach.ctx.pages.session.rating.isVisible())
        if steps == 40:  # pause with Space in the middle, wait, resume with Space
            key(qtbot, coach, Qt.Key.Key_Space)
            assert coach.ctx.runner.session.status is Status.PAUSED
            assert scheduler.pending is None
            key(qtbot, coach, Qt.Key.Key_Space)
            assert coach.ctx.runner.session.status is Status.RUNNING
    assert [i for i, _ in seen] == list(range(len(plan.phases)))
    assert [k for _, k in seen] == [p.kind for p in plan.phases]
    assert seen[-1][1] is PhaseKind.DONE
    assert [e.exercise.id for e in plan.items] == list(coach.ctx.catalog.ids)
    row = coach.ctx.store.conn.execute("SELECT outcome FROM sessions").fetchone()
    assert row[0] == "completed"
    reps = coach.ctx.store.conn.execute("SELECT sum(done_reps) FROM sets").fetchone()[0]
    assert reps == sum(1 for p in plan.phases if p.finishes_rep)
    qtbot.keyClick(checkin_dialog(coach), Qt.Key.Key_Escape)  # skip the check-in after
    checkins = coach.ctx.store.conn.execute(
        "SELECT moment, back, hip, knee FROM checkins"
    ).fetchall()
    assert [tuple(c) for c in checkins] == [("before", 3, 2, 0)]
    ratings = coach.ctx.store.conn.execute("SELECT exercise_id, rating FROM ratings").fetchall()
    assert [tuple(r) for r in ratings] == [("toe-curls", "about-right")] and rated == [False]
    key(qtbot, coach, Qt.Key.Key_Space)  # "Back to exercises"
    assert coach.window.current_page() == "exercises"


def test_skip_back_and_stop_keys(qtbot, coach: Coach, scheduler) -> None:
    key(qtbot, coach, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    skip_checkin(qtbot, coach)
    session = coach.ctx.runner.session
    key(qtbot, coach, Qt.Key.Key_Right)  # skip the get-ready
    assert session.phase.kind is PhaseKind.HOLD and session.phase.rep == 1
    key(qtbot, coach, Qt.Key.Key_Right)
    assert session.phase.rep == 2
    key(qtbot, coach, Qt.Key.Key_Left)
    assert session.phase.rep == 1
    key(qtbot, coach, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert session.phase.exercise_id == "arch-raises"
    asked = []
    coach.ctx.pages.session.confirm_stop = lambda: asked.append(session.status) or False
    key(qtbot, coach, Qt.Key.Key_Escape)
    # Paused while asked, so no step is said over the question; said no: carries on.
    assert asked == [Status.PAUSED] and session.status is Status.RUNNING
    coach.ctx.pages.session.confirm_stop = lambda: True
    key(qtbot, coach, Qt.Key.Key_Escape)
    assert session.status is Status.STOPPED
    assert coach.ctx.store.conn.execute("SELECT outcome FROM sessions").fetchone()[0] == "stopped"


def test_it_hurts_records_the_reason(qtbot, coach: Coach, scheduler) -> None:
    key(qtbot, coach, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    skip_checkin(qtbot, coach)
    key(qtbot, coach, Qt.Key.Key_H)
    row = coach.ctx.store.conn.execute("SELECT outcome, stop_reason FROM sessions").fetchone()
    assert tuple(row) == ("stopped", "it-hurts")


def test_practise_one_exercise(qtbot, coach: Coach, scheduler) -> None:
    key(qtbot, coach, Qt.Key.Key_Right)
    key(qtbot, coach, Qt.Key.Key_Right)
    key(qtbot, coach, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    skip_checkin(qtbot, coach)
    plan = coach.ctx.runner.session.plan
    assert [i.exercise.id for i in plan.items] == ["heel-to-toe-walk"]


def test_focus_mode_key(qtbot, coach: Coach) -> None:
    key(qtbot, coach, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    skip_checkin(qtbot, coach)
    key(qtbot, coach, Qt.Key.Key_F)
    assert coach.window.isFullScreen() and not coach.window.nav.isVisible()
    key(qtbot, coach, Qt.Key.Key_F)
    assert not coach.window.isFullScreen()


def test_a_routine_ended_in_focus_mode_says_how_to_leave_it(qtbot, coach: Coach, scheduler):
    """Ended in full screen, the page had no button naming the way back: Leave focus mode
    went with the session's other buttons, and the window's frame and menu were still hidden.
    It stays until full screen is left, and goes then."""
    key(qtbot, coach, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    skip_checkin(qtbot, coach)  # toe curls alone
    key(qtbot, coach, Qt.Key.Key_F)
    assert coach.window.isFullScreen()
    scheduler.run_until_idle()
    checkin_dialog(coach).skip.click()  # how it feels after
    leave = coach.ctx.pages.session.buttons["focus"]
    assert coach.window.isFullScreen() and leave.isVisible()
    assert leave.text() == "Leave focus mode"
    leave.click()
    assert not coach.window.isFullScreen() and not leave.isVisible()
    key(qtbot, coach, Qt.Key.Key_F)  # and back into it, with the way out again
    assert coach.window.isFullScreen() and leave.isVisible()


def test_space_presses_the_button_tabbed_to(qtbot, coach: Coach) -> None:
    """Tabbed to Leave focus mode in full screen, Space paused the session and stayed full
    screen: the session's Space went first, where everywhere else Space presses the button
    the keyboard is on. With no button there, Space still pauses."""
    key(qtbot, coach, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    skip_checkin(qtbot, coach)
    key(qtbot, coach, Qt.Key.Key_F)
    page = coach.ctx.pages.session
    page.buttons["focus"].setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, coach, Qt.Key.Key_Space)
    assert not coach.window.isFullScreen()
    assert coach.ctx.runner.session.status is Status.RUNNING
    page.setFocus()  # the page itself, as after a click on it
    key(qtbot, coach, Qt.Key.Key_Space)
    assert coach.ctx.runner.session.status is Status.PAUSED


def test_cues_follow_the_phases(qtbot, coach: Coach, scheduler) -> None:
    key(qtbot, coach, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    skip_checkin(qtbot, coach)  # toe curls alone
    scheduler.run_until_idle()
    names = [s.name for s in coach.ctx.cues.played]
    assert names[:4] == ["TICK", "TICK", "TICK", "HOLD"]  # 3-2-1 before the first hold
    assert names.count("RELEASE") == coach.ctx.runner.session.plan.items[0].prescription.count
    assert names[-1] == "DONE"
    assert coach.ctx.cues.said[1] == "Hold."
    assert coach.ctx.cues.said[2].startswith("And release. 1 of")


def test_each_phase_is_announced_with_the_words_the_voice_says(
    qtbot, coach: Coach, scheduler, monkeypatch
) -> None:
    bar = coach.ctx.pages.session.progress
    values: list[int] = []
    heard = listen(monkeypatch)
    coach.ctx.runner.sig_view.connect(lambda _: values.append(bar.value()))
    coach.ctx.cues.voice = False  # the screen reader alone must be enough
    coach.sessions.start(["toe-curls", "arch-raises"])
    settle()
    while scheduler.advance():
        settle()
    said = coach.ctx.cues.said  # one per phase, the voice's words
    # One notice per phase: the words of the phase first (without punctuation a screen reader
    # would name), then before each exercise how far along the routine is, after one how it felt.
    assert len(heard) == len(said) and all(plain(w) in h for w, h in zip(said, heard, strict=True))
    assert heard[:3] == ["Get ready, Toe curls. Seated. Exercise 1 of 2.", "Hold.",
                         "And release. 1 of 10."]  # fmt: skip
    assert "Rest, next, Arch raises. How did Toe curls feel? Exercise 2 of 2." in heard
    assert heard[-1].startswith("Well done! How did Arch raises feel? Today, 2 exercises, 20 ")
    # The bar moves once per exercise, never every tick (a screen reader speaks each move).
    assert sorted(set(values)) == [0, 1, 2] and values == sorted(values)


def test_pausing_carrying_on_and_stopping_are_said(
    qtbot, coach: Coach, scheduler, monkeypatch
) -> None:
    from foot_coach.core.session import Pause, Resume, Stop

    coach.sessions.start(["toe-curls"])
    scheduler.advance()
    settle()
    heard = listen(monkeypatch)
    for event in (Pause(), Resume(), Stop()):
        coach.ctx.runner.send(event)
        settle()
    assert heard[:2] == ["Paused. Press Space or Resume to carry on.", "Carrying on."]
    # Why the countdown stopped comes before what the session added up to.
    assert heard[2].startswith("Stopped. Everything you did is saved. Today, 0 exercises")
    assert len(heard) == 3


def test_the_countdown_says_what_it_shows(qtbot, coach: Coach, scheduler) -> None:
    coach.sessions.start(["toe-curls"])
    scheduler.advance()
    countdown = coach.ctx.pages.session.countdown
    assert countdown.text().isdigit()
    assert countdown.accessibleName() == f"Seconds left: {countdown.text()}"


@pytest.mark.parametrize("percent", [100, 200])
def test_the_session_fit_estimates_button_heights_as_qt_lays_them_out(qtbot, percent) -> None:
    from PySide6.QtWidgets import QPushButton

    from foot_coach.ui import theme
    from foot_coach.ui.widgets import measure

    with themed(theme.Mode.LIGHT, percent):
        for slim in (False, True):
            button = QPushButton("Next exercise")
            qtbot.addWidget(button)
            button.setMinimumHeight(48)
            em = button.fontMetrics().height()
            button.setStyleSheet(measure.slim_button(em) if slim else "")
            button.ensurePolished()
            laid_out = button.sizeHint().height()  # a button's height is fixed at its hint
            assert laid_out >= 48, "the style sheet made it a small target"
            estimate = measure.button_height(em, slim)
            assert abs(estimate - laid_out) <= 2, (slim, estimate, laid_out)
