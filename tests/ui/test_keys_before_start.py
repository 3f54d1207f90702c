"""What a person presses while a session waits to start (a screen reader saying where it is,
ui/place_first.py) counts as it does once the session runs: Stop ends it, with nothing logged
and the page back to no session, saying so; Space holds it until Space again starts it."""

from __future__ import annotations

import pytest
from announcements import listen, settle

from foot_coach.core.session import Status
from foot_coach.store.settings import Settings
from foot_coach.ui import place_first
from foot_coach.ui.checkin import CheckInDialog

STOPPED_UNSTARTED = "Stopped before it started. Nothing was counted."


@pytest.fixture
def waiting(make_coach, monkeypatch, scheduler):
    """A coach whose routine waits to start, its screen reader saying where it is; with the
    check-ins on, so one asked after the session would show."""
    monkeypatch.setattr(place_first, "screen_reader_on", lambda: True)
    coach = make_coach(Settings(muted=True, pain_checkins=True))
    coach.sessions.start(["toe-curls"])
    assert scheduler.pending is not None and coach.sessions.runner.session.status is Status.READY
    return coach


def sessions_logged(coach) -> int:
    return coach.ctx.store.conn.execute("SELECT count(*) FROM sessions").fetchone()[0]


@pytest.mark.parametrize("press", ["stop", "it hurts"])
def test_stop_while_waiting_ends_it_with_nothing_logged(waiting, monkeypatch, scheduler, press):
    page, heard = waiting.ctx.pages.session, listen(monkeypatch)
    page.confirm_stop = lambda: True
    page.request_stop() if press == "stop" else page.it_hurts()
    settle()
    assert waiting.sessions.runner.session.status is Status.STOPPED
    assert scheduler.pending is None and sessions_logged(waiting) == 0
    assert page.plan is None and page.exercise.text() == STOPPED_UNSTARTED
    assert page.summary.isHidden() and STOPPED_UNSTARTED in heard[-1]
    asked_after = [d for d in waiting.window.findChildren(CheckInDialog) if d.isVisible()]
    assert asked_after == []  # no "How do you feel now?" a moment after "before"
    hurt_noted = page.notice.isVisibleTo(page)
    assert hurt_noted == (press == "it hurts")


def test_the_question_holds_the_start_and_no_starts_it_at_once(waiting, scheduler) -> None:
    """Asked whether to stop, the session does not start behind the question."""
    page, runner = waiting.ctx.pages.session, waiting.sessions.runner
    asked: list[Status] = []
    page.confirm_stop = lambda: asked.append(runner.session.status) or False
    page.request_stop()
    assert asked == [Status.PAUSED]
    assert runner.session.status is Status.RUNNING and runner.view().remaining_ms == 5_000
    assert sessions_logged(waiting) == 1


def test_space_while_waiting_holds_the_start_and_space_again_starts_it(
    waiting, monkeypatch, scheduler, clock
) -> None:
    page, runner, heard = waiting.ctx.pages.session, waiting.sessions.runner, listen(monkeypatch)
    page.toggle_pause()
    settle()
    assert runner.session.status is Status.PAUSED and scheduler.pending is None
    assert page.buttons["pause"].text() == "Resume" and page.state_line.isVisibleTo(page)
    assert heard == ["Paused. Press Space or Resume to carry on."]
    assert sessions_logged(waiting) == 0
    clock.now += 600_000
    page.toggle_pause()
    assert runner.session.status is Status.RUNNING and runner.view().remaining_ms == 5_000
    assert sessions_logged(waiting) == 1 and scheduler.pending is not None
