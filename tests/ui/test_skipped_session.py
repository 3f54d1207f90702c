"""A session in which every exercise was skipped: kept in the list, but neither a day exercised
nor a session done."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from history_pages import TODAY, make_page
from pdf_text import pdf_words
from samples import done_session

from foot_coach.actions.reminder_clock import exercised
from foot_coach.core.stats import streaks
from foot_coach.store import log
from foot_coach.store.db import Store
from foot_coach.ui.report import write_report


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


def test_only_skipping_shows_the_empty_words_and_skips_count_for_nothing(
    qtbot, store, catalog, tmp_path: Path
) -> None:
    _all_skipped(store, TODAY - timedelta(days=1))
    _all_skipped(store, TODAY)
    page = make_page(qtbot, store, catalog)
    page.show()
    qtbot.waitExposed(page)
    assert page.empty.isVisible() and not page.chart_area.isVisible()
    assert "This week: 0 sessions, 0 active minutes · In total: 0 sessions" in page.summary.text()
    assert page.sessions.count() == 2
    done_session(store.conn, datetime(TODAY.year, TODAY.month, TODAY.day, 18, tzinfo=UTC))
    page.mark_stale()
    assert page.chart_area.isVisible()
    assert "This week: 1 session, 0 active minutes · In total: 1 session" in page.summary.text()
    assert page.sessions.count() == 3 and "all skipped" in page.sessions.item(1).text()
    pdf = write_report(tmp_path / "report.pdf", page.snapshot, TODAY, {})
    words = pdf_words(pdf)
    assert "Active on 1 day · 1 session in total" in words
