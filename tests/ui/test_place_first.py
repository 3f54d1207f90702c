"""A screen reader says where a session is (the window that came forward, the page) before
the session's clock starts; with none, it starts at once."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from announcements import listen, settle
from PySide6.QtWidgets import QApplication, QWidget
from stepped import FakeClock

from foot_coach.core.announcing import place_heard_ms
from foot_coach.store.settings import Settings
from foot_coach.ui import place_first
from foot_coach.ui.checkin import CheckInDialog
from foot_coach.ui.place_first import ACTIVATE_MS, FROM_DIALOG_MS, RECENT_MS, PlaceFirst


@pytest.fixture
def parts(qtbot, monkeypatch: pytest.MonkeyPatch):
    window, page = QWidget(), QWidget()
    qtbot.addWidget(window)
    window.setWindowTitle("Foot Coach")
    page.setAccessibleName("Session")
    clock = FakeClock(50_000)
    first = PlaceFirst(window, clock)
    monkeypatch.setattr(place_first, "screen_reader_on", lambda: True)
    monkeypatch.setattr(window, "isActiveWindow", lambda: True)
    return first, page, Starts(clock), clock


class Starts:
    """Where the session's start is armed for, as the runner would keep it: the last one
    armed is the one that counts."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock, self.at = clock, None

    def __call__(self, after_ms: int) -> None:
        self.at = self.clock.now + after_ms


def activate(window: QWidget) -> None:
    """As Qt tells of a window that came forward."""
    window.winId()  # its native window, made
    QApplication.instance().focusWindowChanged.emit(window.windowHandle())


def started_after(first: PlaceFirst, page: QWidget, starts: Starts) -> int | None:
    first.start(page, starts)
    return None if starts.at is None else starts.at - starts.clock.now


def test_without_a_screen_reader_the_session_starts_at_once(parts, monkeypatch) -> None:
    first, page, starts, _ = parts
    monkeypatch.setattr(place_first, "screen_reader_on", lambda: False)
    assert not first.start(page, starts) and starts.at == starts.clock.now


def test_in_its_window_the_session_waits_for_the_page_s_name(parts) -> None:
    first, page, starts, _ = parts
    assert started_after(first, page, starts) == place_heard_ms("Session")


def test_a_window_coming_forward_is_named_first_once_it_is_active(parts, monkeypatch) -> None:
    first, page, starts, clock = parts
    monkeypatch.setattr(first.window, "isActiveWindow", lambda: False)
    assert first.start(page, starts)
    clock.now += 700  # the window manager takes its time
    activate(first.window)
    assert starts.at == clock.now + place_heard_ms("Session", "Foot Coach")
    starts.at = None
    activate(first.window)  # once named, coming forward again moves the start no more
    assert starts.at is None


@pytest.mark.parametrize("from_dialog", [True, False])
def test_back_from_a_dialog_of_its_own_the_names_come_later(
    parts, monkeypatch, from_dialog
) -> None:
    """Closing the pain check-in, a screen reader first finishes with the dialog (the key
    that closed it) and names the window later than one coming from another program."""
    first, page, starts, clock = parts
    monkeypatch.setattr(first.window, "isActiveWindow", lambda: False)
    first.start(page, starts, from_dialog)
    activate(first.window)
    later = FROM_DIALOG_MS if from_dialog else 0
    assert starts.at == clock.now + place_heard_ms("Session", "Foot Coach") + later


def test_a_window_that_never_comes_forward_holds_the_session_no_longer(parts, monkeypatch):
    first, page, starts, _ = parts
    monkeypatch.setattr(first.window, "isActiveWindow", lambda: False)
    assert started_after(first, page, starts) == ACTIVATE_MS


def test_a_window_that_just_came_forward_is_still_being_named(parts) -> None:
    first, page, starts, clock = parts
    activate(first.window)
    clock.now += RECENT_MS - 1
    assert started_after(first, page, starts) == place_heard_ms("Session", "Foot Coach")
    clock.now += RECENT_MS
    assert started_after(first, page, starts) == place_heard_ms("Session")


def test_a_session_started_again_while_waiting_replaces_the_one_waiting(parts, monkeypatch):
    first, page, starts, clock = parts
    monkeypatch.setattr(first.window, "isActiveWindow", lambda: False)
    earlier = Starts(clock)
    first.start(page, earlier)
    first.start(page, starts)
    earlier.at = None
    activate(first.window)
    assert earlier.at is None and starts.at is not None


def test_a_session_shows_and_says_its_first_step_at_once_and_its_clock_waits(
    make_coach, monkeypatch, scheduler
) -> None:
    """While the names are said, the page shows the first step (it said "No session is
    running" before) and its words wait behind the names; once the clock starts they are
    not said again."""
    monkeypatch.setattr(place_first, "screen_reader_on", lambda: True)
    coach = make_coach()
    heard = listen(monkeypatch)
    coach.sessions.start(["toe-curls"])
    settle()
    page = coach.ctx.pages.session
    assert coach.window.current_page() == "session" and not coach.sessions.active()
    assert page.title.text() == "Get ready"
    assert heard == ["Get ready, Toe curls. Seated. Exercise 1 of 1."]
    assert scheduler.advance() and coach.sessions.active()
    settle()
    assert heard == ["Get ready, Toe curls. Seated. Exercise 1 of 1."]


@pytest.mark.parametrize("reader", [True, False])
def test_with_a_screen_reader_the_steps_are_said_by_it_alone(
    make_coach, monkeypatch, scheduler, reader
) -> None:
    """The screen reader and the app's voice share one speech server: both saying each step,
    each was heard twice and the second one late. The sounds play either way."""
    monkeypatch.setattr(place_first, "screen_reader_on", lambda: reader)
    coach = make_coach(Settings(muted=False))
    heard = listen(monkeypatch)
    coach.sessions.start(["toe-curls"])
    for _ in range(8):  # the clock's start, getting ready, the first hold and release
        scheduler.advance()
    settle()
    cues = coach.sessions.cues
    assert cues.played and ("Hold." in cues.said) is not reader
    assert any("Hold." in said for said in heard)  # by the screen reader, either way


def test_a_routine_begun_through_the_check_in_starts_as_the_dialog_closes(
    make_coach, monkeypatch
) -> None:
    coach = make_coach(Settings(muted=True, pain_checkins=True))
    told: list[bool] = []
    monkeypatch.setattr(
        PlaceFirst, "start", lambda self, page, arm, dialog=False: told.append(dialog)
    )
    coach.sessions.begin(["toe-curls"])
    assert told == []
    checkin = next(d for d in coach.window.findChildren(CheckInDialog) if d.isVisible())
    asked_forward: list[bool] = []
    monkeypatch.setattr(coach.window, "activateWindow", lambda: asked_forward.append(True))
    checkin.reject()  # Esc: skipped
    assert told == [True] and asked_forward == [True]  # the keyboard back to the session
    coach.sessions.start(["toe-curls"])  # as the tray or a reminder start one
    assert told == [True, False]


@pytest.mark.parametrize(
    ("qt_active", "switched_on", "listening", "reader"),
    [
        (False, True, True, False),  # nothing assistive about: Qt's accessibility is off
        (True, False, False, False),  # an on-screen keyboard, or Orca gone: the voice is needed
        (True, True, False, True),
        (True, None, False, True),  # the desktop not asked yet, or no bus: Qt's word stands
        (True, False, True, True),  # Orca started by hand: the desktop's switch left off
        (True, None, True, True),
    ],
)
def test_a_screen_reader_is_on_where_the_desktop_has_not_switched_it_off_or_one_listens(
    monkeypatch: pytest.MonkeyPatch,
    qt_active: bool,
    switched_on: bool | None,
    listening: bool,
    reader: bool,
) -> None:
    monkeypatch.setattr(place_first, "QAccessible", SimpleNamespace(isActive=lambda: qt_active))
    monkeypatch.setattr(place_first, "_switch", [SimpleNamespace(on=switched_on)])
    monkeypatch.setattr(place_first, "_listening", [SimpleNamespace(on=listening)])
    assert place_first.screen_reader_on() is reader
