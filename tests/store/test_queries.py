"""History queries agree with the rows written, and stay bounded by day."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime, timedelta, timezone

from foot_coach.core.stats import Bucket, bucket_start
from foot_coach.store import log, queries
from foot_coach.store.db import Store
from foot_coach.store.seed import seed_history

TZ = timezone(timedelta(hours=1))


def _session(store: Store, day: date, reps: int, minutes: int) -> None:
    at = datetime(day.year, day.month, day.day, 9, tzinfo=TZ)
    sid = log.start_session(store.conn, at, ["toe-curls"])
    set_id = log.start_set(store.conn, sid, 0, "toe-curls", "both", "none", 10, 3, 0, at)
    for _ in range(reps):
        log.record_rep(store.conn, set_id, minutes * 60_000)
    log.end_session(store.conn, sid, at, "completed")


def test_daily_minutes_and_reps(store: Store) -> None:
    d1, d2 = date(2026, 11, 2), date(2026, 11, 3)
    _session(store, d1, 10, 4)
    _session(store, d1, 5, 2)
    _session(store, d2, 10, 5)
    minutes = queries.minutes_series(store.conn, d1, d2)
    assert [(m.day, m.minutes, m.sessions) for m in minutes] == [(d1, 6.0, 2), (d2, 5.0, 1)]
    series = queries.exercise_series(store.conn, "toe-curls", d1, d2)
    assert [(p.reps, p.hold_seconds) for p in series] == [(15, 45), (10, 30)]
    assert queries.minutes_series(store.conn, d2, d2)[0].day == d2
    assert queries.totals(store.conn, d1, d2).sessions == 3
    assert queries.active_days(store.conn, d1, d2) == [d1, d2]
    assert queries.first_day(store.conn) == d1


def test_empty_database(store: Store) -> None:
    assert queries.first_day(store.conn) is None
    assert queries.totals(store.conn, date(2000, 1, 1), date(2030, 1, 1)).sessions == 0


def test_seeded_years_are_consistent(store: Store) -> None:
    end = date(2026, 11, 24)
    written = seed_history(store.conn, 365 * 2, end, random.Random(4))
    start = end - timedelta(days=365 * 2)
    assert queries.totals(store.conn, start, end).sessions == written
    assert sum(m.sessions for m in queries.minutes_series(store.conn, start, end)) == written
    plan = store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT day FROM sets WHERE exercise_id = ? AND day BETWEEN ? AND ?",
        ("toe-curls", "2026-01-01", "2026-02-01"),
    ).fetchall()
    assert any("sets_exercise_day" in str(tuple(r)) for r in plan)


def test_weekly_and_monthly_buckets_add_up(store: Store) -> None:
    for day in (date(2026, 11, 2), date(2026, 11, 4), date(2026, 11, 9), date(2026, 12, 1)):
        _session(store, day, 10, 3)  # Mon 2, Wed 4, Mon 9 November; Tue 1 December
    start, end = date(2026, 11, 1), date(2026, 12, 31)
    weeks = queries.minutes_series(store.conn, start, end, Bucket.WEEK)
    assert [(w.day, w.minutes, w.sessions) for w in weeks] == [
        (date(2026, 11, 2), 6.0, 2), (date(2026, 11, 9), 3.0, 1), (date(2026, 11, 30), 3.0, 1),
    ]  # fmt: skip
    months = queries.exercise_series(store.conn, "toe-curls", start, end, Bucket.MONTH)
    assert [(m.day, m.reps) for m in months] == [(date(2026, 11, 1), 30), (date(2026, 12, 1), 10)]


def test_recent_sessions_newest_start_first_whatever_the_saving_order(store: Store) -> None:
    summer, winter = timezone(timedelta(hours=2)), timezone(timedelta(hours=1))
    starts = [
        datetime(2026, 11, 3, 9, tzinfo=winter),
        datetime(2026, 11, 1, 18, tzinfo=winter),
        datetime(2026, 11, 5, 7, tzinfo=winter),
        # the clocks went back: 02:30+01:00 comes an hour after 02:45+02:00
        datetime(2026, 10, 25, 2, 30, tzinfo=winter),
        datetime(2026, 10, 25, 2, 45, tzinfo=summer),
    ]
    for at in starts:
        log.start_session(store.conn, at, ["toe-curls"])
    shown = [row.started_at for row in queries.recent_sessions(store.conn)]
    expected = sorted(starts, reverse=True)
    assert shown == [at.isoformat(timespec="seconds") for at in expected]
    assert shown[-2:] == ["2026-10-25T02:30:00+01:00", "2026-10-25T02:45:00+02:00"]
    assert [r.started_at for r in queries.recent_sessions(store.conn, limit=2)] == shown[:2]


def test_recent_sessions_read_the_newest_in_order_without_sorting_them_all(store: Store) -> None:
    """Sorting every session (a temporary B-tree) also summed the reps of each one: on ten
    years of history that was a third of the History page's snapshot."""
    seed_history(store.conn, 90, date(2026, 11, 24), random.Random(3))
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    shown = queries.recent_sessions(store.conn, limit=5)
    store.conn.set_trace_callback(None)
    [sql] = statements
    plan = [row[3] for row in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
    assert not any("TEMP B-TREE" in step for step in plan), plan
    assert len(shown) == 5 and shown[0].started_at.startswith("2026-11-2")


def _nothing_done(store: Store, day: date, outcome: str) -> None:
    """A session of about a minute in which no repetition was done."""
    at = datetime(day.year, day.month, day.day, 8, tzinfo=TZ)
    sid = log.start_session(store.conn, at, ["toe-curls"])
    set_id = log.start_set(store.conn, sid, 0, "toe-curls", "both", "none", 10, 3, 0, at)
    log.finish_set(store.conn, set_id, skipped=True)
    store.conn.execute("UPDATE sessions SET active_ms = 60000 WHERE id = ?", (sid,))
    log.end_session(store.conn, sid, at + timedelta(minutes=1), outcome)


def test_a_session_with_nothing_done_is_listed_but_not_counted(store: Store) -> None:
    d1, d2 = date(2026, 11, 2), date(2026, 11, 3)
    _nothing_done(store, d1, "completed")  # every exercise skipped
    _nothing_done(store, d2, "stopped")  # stopped before the first repetition
    assert queries.totals(store.conn, d1, d2) == queries.Totals(0, 0.0)
    assert queries.minutes_series(store.conn, d1, d2) == []
    _session(store, d2, 10, 5)
    assert queries.totals(store.conn, d1, d2) == queries.Totals(1, 5.0)
    assert [(m.day, m.minutes, m.sessions) for m in queries.minutes_series(store.conn, d1, d2)] == [
        (d2, 5.0, 1)
    ]
    assert queries.day_done(store.conn, d2).minutes == 5.0
    listed = queries.recent_sessions(store.conn)
    assert len(listed) == 3
    assert [r.all_skipped for r in listed] == [False, False, True]  # stopped is said as such


def test_each_point_starts_on_the_day_the_charts_count_it_from(store: Store) -> None:
    """SQLite names a week and a month in its own cheap terms; each must read back as the
    Monday and the first of the month that core/stats.py counts from, over a leap year and New
    Years, with every day done in the point counted in it."""
    end = date(2026, 3, 10)
    seed_history(store.conn, 900, end, random.Random(8))
    start = end - timedelta(days=899)
    done = queries.active_days(store.conn, start, end)
    for bucket in (Bucket.WEEK, Bucket.MONTH):
        expected = Counter(bucket_start(day, bucket) for day in done)
        days = [p.day for p in queries.exercise_series(store.conn, "toe-curls", start, end, bucket)]
        assert days == sorted(expected), bucket
        points = queries.minutes_series(store.conn, start, end, bucket)
        # one session a day in the seed, so sessions counted are days done
        assert {p.day: p.sessions for p in points} == expected, bucket


def test_whether_a_session_counts_is_read_from_indexes_alone(store: Store) -> None:
    """Ten years of History looked up each session's row for its minutes and each set's row
    for its repetitions, some 2,700 and 24,000 lookups: half the snapshot's time."""
    seed_history(store.conn, 120, date(2026, 11, 24), random.Random(5))
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    queries.snapshot(store.conn, date(2026, 8, 1), date(2026, 11, 24), date(2026, 11, 23),
                     date(2026, 1, 1), ("toe-curls", "ankle-circles"))  # fmt: skip
    store.conn.set_trace_callback(None)
    checked = 0
    for sql in statements:
        if "LIMIT" in sql:  # the newest fifty sessions, listed in full
            continue
        plan = [row[3] for row in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
        reads = [step for step in plan if step.startswith(("SEARCH", "SCAN"))]
        rows_read = [step for step in reads if step.split()[1] in {"s", "t", "sets", "sessions"}]
        assert all("COVERING INDEX" in step for step in rows_read), (sql, plan)
        checked += bool(rows_read)
    assert checked == 7  # minutes, the days done twice, two exercises, two totals
