"""What the coaching rules read back: outcomes with ratings, last days, check-ins."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from foot_coach.core.care import Moment
from foot_coach.core.progression import Rating
from foot_coach.store import coaching_queries, log
from foot_coach.store.db import Store

TZ = timezone(timedelta(hours=1))


def session(store: Store, day: int, reps: int, rating: str | None = None, skipped=False) -> int:
    at = datetime(2026, 11, day, 9, tzinfo=TZ)
    sid = log.start_session(store.conn, at, ["toe-curls"])
    set_id = log.start_set(store.conn, sid, 0, "toe-curls", "both", "none", 10, 3, 0, at)
    for _ in range(reps):
        log.record_rep(store.conn, set_id, 60_000)
    log.finish_set(store.conn, set_id, skipped)
    if rating:
        log.add_rating(store.conn, sid, "toe-curls", at, rating)
    log.end_session(store.conn, sid, at, "completed" if reps == 10 else "stopped")
    return sid


def test_outcomes_carry_completion_and_the_latest_rating(store: Store) -> None:
    session(store, 2, 10, "too-easy")
    sid = session(store, 3, 6)
    log.add_rating(store.conn, sid, "toe-curls", datetime(2026, 11, 3, 9, 5, tzinfo=TZ), "too-hard")
    session(store, 4, 10, "about-right")
    got = coaching_queries.outcomes_since(store.conn, "toe-curls", "")
    assert [(o.day.day, o.completed, o.rating) for o in got] == [
        (2, True, Rating.TOO_EASY), (3, False, Rating.TOO_HARD), (4, True, Rating.ABOUT_RIGHT),
    ]  # fmt: skip
    later = coaching_queries.outcomes_since(store.conn, "toe-curls", "2026-11-03T12:00:00+01:00")
    assert [o.day.day for o in later] == [4]
    assert coaching_queries.outcomes_since(store.conn, "arch-raises", "") == []


def test_a_running_session_is_not_an_outcome_yet(store: Store) -> None:
    at = datetime(2026, 11, 5, 9, tzinfo=TZ)
    sid = log.start_session(store.conn, at, ["toe-curls"])
    log.start_set(store.conn, sid, 0, "toe-curls", "both", "none", 10, 3, 0, at)
    assert coaching_queries.outcomes_since(store.conn, "toe-curls", "") == []


def test_last_day_done_ignores_today_and_empty_sets(store: Store) -> None:
    session(store, 2, 10)
    session(store, 9, 0)
    session(store, 12, 4)
    assert coaching_queries.last_day_done(store.conn, "toe-curls", date(2026, 11, 12)) == date(
        2026, 11, 2
    )
    assert coaching_queries.last_day_done(store.conn, "toe-curls", date(2026, 11, 13)) == date(
        2026, 11, 12
    )
    assert coaching_queries.last_day_done(store.conn, "toe-curls", date(2026, 11, 2)) is None


def test_checkins_in_order(store: Store) -> None:
    log.add_checkin(store.conn, datetime(2026, 11, 1, 9, tzinfo=TZ), Moment.BEFORE, 3, None, 2)
    log.add_checkin(store.conn, datetime(2026, 11, 8, 9, tzinfo=TZ), Moment.AFTER, None, None, None)
    log.add_checkin(store.conn, datetime(2026, 11, 8, 10, tzinfo=TZ), Moment.AFTER, 5, 1, 0)
    got = coaching_queries.checkins_since(store.conn, date(2026, 11, 2))
    assert [(c.day.day, c.worst) for c in got] == [(8, None), (8, 5)]
