"""A screen reader says where a session is (the window that came forward, the page) before
the session's clock starts; with none, it starts at once."""

from __future__ import annotations

import pytest
from announcements import listen, settle
from PySide6.QtWidgets import QApplication, QWidget
from stepped import FakeClock, FakeScheduler

from foot_coach.core.announcing import place_heard_ms
from foot_coach.ui import place_first
from foot_coach.ui.place_first import ACTIVATE_MS, RECENT_MS, PlaceFirst


@pytest.fixture
def parts(qtbot, monkeypatch: pytest.MonkeyPatch):
    window, page = QWidget(), QWidget()
    qtbot.addWidget(window)
    window.setWindowTitle("Foot Coach")
    page.setAccessibleName("Session")
    clock = FakeClock(50_000)
    scheduler = FakeScheduler(clock)
    first = PlaceFirst(window, scheduler, clock)
    monkeypatch.setattr(place_first, "screen_reader_on", lambda: True)
    monkeypatch.setattr(window, "isActiveWindow", lambda: True)
    return first, page, scheduler, clock


def activate(window: QWidget) -> None:
    """As Qt tells of a window that came forward."""
    window.winId()  # its native window, made
    QApplication.instance().focusWindowChanged.emit(window.windowHandle())


def started_after(first: PlaceFirst, page: QWidget, scheduler: FakeScheduler) -> int | None:
    began: list[int] = []
    first.start(page, lambda: began.append(scheduler.clock.now))
    start = scheduler.clock.now
    scheduler.advance()
    return began[0] - start if began else None


def test_without_a_screen_reader_the_session_starts_at_once(parts, monkeypatch) -> None:
    first, page, scheduler, _ = parts
    monkeypatch.setattr(place_first, "screen_reader_on", lambda: False)
    began: list[bool] = []
    first.start(page, lambda: began.append(True))
    assert began == [True] and scheduler.pending is None


def test_in_its_window_the_session_waits_for_the_page_s_name(parts) -> None:
    first, page, scheduler, _ = parts
    assert started_after(first, page, scheduler) == place_heard_ms("Session")


def test_a_window_coming_forward_is_named_first_once_it_is_active(parts, monkeypatch) -> None:
    first, page, scheduler, clock = parts
    monkeypatch.setattr(first.window, "isActiveWindow", lambda: False)
    began: list[int] = []
    assert first.start(page, lambda: began.append(clock.now))
    clock.now += 700  # the window manager takes its time
    activate(first.window)
    active_at = clock.now
    assert scheduler.advance() and began == [active_at + place_heard_ms("Session", "Foot Coach")]


def test_a_window_that_never_comes_forward_holds_the_session_no_longer(parts, monkeypatch):
    first, page, scheduler, _ = parts
    monkeypatch.setattr(first.window, "isActiveWindow", lambda: False)
    assert started_after(first, page, scheduler) == ACTIVATE_MS


def test_a_window_that_just_came_forward_is_still_being_named(parts) -> None:
    first, page, scheduler, clock = parts
    activate(first.window)
    clock.now += RECENT_MS - 1
    assert started_after(first, page, scheduler) == place_heard_ms("Session", "Foot Coach")
    clock.now += RECENT_MS
    assert started_after(first, page, scheduler) == place_heard_ms("Session")


def test_a_session_started_again_while_waiting_replaces_the_one_waiting(parts) -> None:
    first, page, scheduler, _ = parts
    began: list[str] = []
    first.start(page, lambda: began.append("first"))
    first.start(page, lambda: began.append("second"))
    assert scheduler.run_until_idle() == 1 and began == ["second"]


def test_a_session_shows_and_says_its_first_step_at_once_and_its_clock_waits(
    make_coach, monkeypatch
) -> None:
    """While the names are said, the page shows the first step (it said "No session is
    running" before) and its words wait behind the names; once the clock starts they are
    not said again."""
    monkeypatch.setattr(place_first, "screen_reader_on", lambda: True)
    coach = make_coach()
    waiting = FakeScheduler(FakeClock())
    coach.sessions._place_first.scheduler = waiting
    heard = listen(monkeypatch)
    coach.sessions.start(["toe-curls"])
    settle()
    page = coach.ctx.pages.session
    assert coach.window.current_page() == "session" and not coach.sessions.active()
    assert page.title.text() == "Get ready"
    assert heard == ["Get ready, Toe curls. Seated. Exercise 1 of 1."]
    assert waiting.advance() and coach.sessions.active()
    settle()
    assert heard == ["Get ready, Toe curls. Seated. Exercise 1 of 1."]
