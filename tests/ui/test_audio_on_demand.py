"""The composition root starts the audio helpers only when a session may start (a start
button reached, the Session page's button, a check-in, a session, a tried sound) and lets
them go after one: never while the app only waits on Exercises or in the tray."""

from __future__ import annotations

import pytest
from audio_fakes import Helpers
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QEnterEvent, QFocusEvent
from PySide6.QtWidgets import QApplication

from foot_coach.actions import settings
from foot_coach.core.session import Stop
from foot_coach.store.settings import Settings

LINGER = 60_000


@pytest.fixture
def coach(make_coach, helpers: Helpers):
    made = make_coach(
        Settings(pain_checkins=False, first_run_done=True),
        cues=helpers.cues(linger_ms=LINGER),
    )
    made.window.show()
    settings.follow_cues(made.ctx)
    return made


def test_waiting_on_the_exercises_page_starts_no_helper(coach, helpers: Helpers) -> None:
    QApplication.processEvents()
    assert helpers.made == []
    assert "start when a session starts" in coach.ctx.pages.settings.sound_status.text()


def test_reaching_the_start_button_starts_them(coach, helpers: Helpers) -> None:
    at = QPointF(5, 5)
    QApplication.sendEvent(coach.ctx.pages.exercises.start, QEnterEvent(at, at, at))
    assert coach.ctx.cues.running() == ["sound", "voice"]
    assert helpers.idle.pending[0] == helpers.clock.now + LINGER  # if no session comes


@pytest.mark.parametrize(
    ("reason", "starts"),
    [(Qt.FocusReason.TabFocusReason, True), (Qt.FocusReason.BacktabFocusReason, True),
     (Qt.FocusReason.OtherFocusReason, False)],
)  # fmt: skip
def test_only_tab_reaching_a_button_counts_not_the_focus_a_page_gives(
    coach, reason: Qt.FocusReason, starts: bool
) -> None:
    QApplication.sendEvent(
        coach.ctx.pages.exercises.start, QFocusEvent(QEvent.Type.FocusIn, reason)
    )
    assert coach.ctx.cues.running() == (["sound", "voice"] if starts else [])


def test_the_session_pages_button_starts_them(coach) -> None:
    coach.window.sig_nav_near.emit("history")
    assert coach.ctx.cues.running() == []
    coach.window.sig_nav_near.emit("session")
    assert coach.ctx.cues.running() == ["sound", "voice"]


def test_a_session_holds_them_and_they_stop_a_while_after_it(
    coach, helpers: Helpers, scheduler
) -> None:
    coach.sessions.start(["toe-curls"])
    assert coach.ctx.cues.running() == ["sound", "voice"] and helpers.idle.pending is None
    scheduler.advance()
    coach.ctx.runner.send(Stop())
    assert helpers.idle.pending is not None
    assert helpers.idle.advance()
    assert coach.ctx.cues.running() == []
    assert helpers.channel("sound").killed == helpers.channel("voice").killed == 1


def test_the_check_in_before_a_session_gives_them_a_head_start(make_coach, helpers) -> None:
    coach = make_coach(Settings(pain_checkins=True), cues=helpers.cues())
    coach.sessions.begin(["toe-curls"])
    assert not coach.sessions.active() and coach.ctx.cues.running() == ["sound", "voice"]


def test_trying_the_sound_in_settings_starts_it_and_plays_once_ready(
    coach, helpers: Helpers
) -> None:
    coach.ctx.pages.settings.try_button.click()
    assert helpers.channel("sound").written == []
    assert "Getting the sounds ready" in coach.ctx.pages.settings.sound_status.text()
    helpers.channel("sound").answer(ready={"output": "Speakers", "failed": []})
    assert helpers.channel("sound").written[-1] == {"id": 2, "do": "play", "sound": "hold.wav"}
    assert "Sounds are ready" in coach.ctx.pages.settings.sound_status.text()


def test_a_reminder_gives_them_a_head_start_for_its_start_now(coach, helpers: Helpers) -> None:
    coach.reminders.sig_due.emit(None)
    assert coach.ctx.cues.running() == ["sound", "voice"]
    assert helpers.idle.pending is not None  # and they stop again if nobody starts
