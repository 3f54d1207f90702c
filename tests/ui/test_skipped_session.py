"""A session in which every exercise was skipped: kept in the list, but not a day exercised."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from history_pages import TODAY, make_page

from foot_coach.actions.reminder_clock import exercised
from foot_coach.core.stats import streaks
from foot_coach.store import log
from foot_coach.store.db import Store


def _all_skipped(store: Store, day: date) -> None:
    at = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
    sid = log.start_session(store.conn, at, ["toe-curls", "arch-raises"])
    for position, exercise in enumerate(("toe-curls", "arch-raises")):
        set_id = log.start_set(store.conn, sid, position, exercise, "both", "none", 10, 3, 0, at)
        log.finish_set(store.conn, set_id, skipped=True)
    log.end_session(store.conn, sid, at + timedelta(minutes=1), "completed")


def test_a_session_with_everything_skipped_is_not_called_finished(qtbot, store, catalog) -> None:
    _all_skipped(store, TODAY)

    page = make_page(qtbot, store, catalog)
    page.show()
    qtbot.waitExposed(page)
    shown = page.sessions.item(0).text()
    assert "finished" not in shown and "all skipped, 0 reps" in shown
    assert streaks(page.snapshot.active, TODAY).current == 0
    assert "Current streak: 0 days" in page.summary.text()
    assert page.snapshot.year_active == []
    # The reminder asks the same question: a day of skips does not silence it.
    assert not exercised(store)(TODAY)
