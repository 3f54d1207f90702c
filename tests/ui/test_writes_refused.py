"""What a person adds beside a session (a check-in, a rating, an amount set by hand, a raised
amount, a note or a deletion) on a history that refuses writing: told, naming the file, and the
session still runs."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QMessageBox
from test_coaching import finish
from wall_fakes import Wall

from foot_coach.actions import coaching, history
from foot_coach.app import Coach
from foot_coach.core.care import Moment
from foot_coach.core.session import Stop
from foot_coach.ui.checkin import PainAnswer

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    return told


def refuse(coach: Coach) -> None:
    coach.ctx.store.conn.execute("PRAGMA query_only = ON")  # as a full or read-only disk does


def test_a_checkin_that_cannot_be_saved_is_told(make_coach, shown: list[str]) -> None:
    coach = make_coach()
    refuse(coach)
    coaching.save_pain(coach.ctx, Moment.AFTER, PainAnswer(4, None, 2))
    assert shown and "history.sqlite3" in shown[0]


def test_a_rating_or_an_amount_by_hand_that_cannot_be_saved_is_told(
    make_coach, shown: list[str]
) -> None:
    coach = make_coach()
    refuse(coach)
    coaching.rate(coach.ctx, None, "toe-curls", "too-easy")
    coaching.set_by_hand(coach.ctx, "toe-curls", 12, 0)
    assert len(shown) == 2 and all("history.sqlite3" in text for text in shown)


def test_a_note_or_a_deletion_that_cannot_be_saved_is_told(make_coach, shown: list[str]) -> None:
    coach = make_coach()
    refuse(coach)
    history.annotate(coach.ctx, 1, "after the walk")
    history.delete(coach.ctx, 1)
    assert len(shown) == 2 and all("history.sqlite3" in text for text in shown)


def test_a_session_starts_when_its_raised_amount_cannot_be_saved(
    make_coach, scheduler, shown: list[str]
) -> None:
    coach = make_coach(wall=Wall(datetime(2026, 11, 1, 9, tzinfo=BERLIN)), zone=lambda: BERLIN)
    for _ in range(3):  # three finished sessions, not too hard: the next one raises the count
        finish(coach, scheduler, rating="about-right")
    refuse(coach)
    coach.sessions.start(["toe-curls"])
    assert coach.sessions.active()
    assert shown and "history.sqlite3" in shown[0]
    coach.ctx.runner.send(Stop("quit"))
    coach.ctx.store.conn.execute("PRAGMA query_only = OFF")  # room again
    coach.sessions.retry_saving()
    assert not coach.sessions.unsaved()
