"""What a person adds beside a session (a check-in, a rating, an amount set by hand, a raised
amount, a note or a deletion) on a history that refuses writing: told, naming the file, and the
session still runs. Settings a full disk refuses are told once."""

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


def test_settings_the_disk_refuses_are_told_once_until_a_save_works(
    make_coach, shown: list[str], monkeypatch
) -> None:
    """Right pressed five times on the volume with the disk full: one box, not five."""
    import errno

    from foot_coach.actions import settings as settings_actions
    from foot_coach.store import settings

    real_save = settings.save

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    coach = make_coach()
    monkeypatch.setattr(settings, "save", full)
    for volume in (75, 80, 85, 90, 95):
        settings_actions.change(coach.ctx, volume=volume)
    assert len(shown) == 1 and "settings.toml" in shown[0]
    assert coach.ctx.settings.value.volume == 95  # kept for this run
    monkeypatch.setattr(settings, "save", real_save)
    settings_actions.change(coach.ctx, volume=90)  # room again: saved, the line cleared
    assert coach.ctx.pages.reminders.message.text() == ""
    monkeypatch.setattr(settings, "save", full)
    settings_actions.change(coach.ctx, volume=85)
    assert len(shown) == 2
