"""Writing and reading the session log, and what a crash leaves behind."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from foot_coach.core.care import Moment
from foot_coach.core.progression import BY_HAND, Source
from foot_coach.store import log
from foot_coach.store.db import Store

CET = timezone(timedelta(hours=1))
T0 = datetime(2026, 11, 24, 23, 30, tzinfo=CET)


def test_a_session_with_sets_and_reps(store: Store) -> None:
    conn = store.conn
    sid = log.start_session(conn, T0, ["toe-curls", "ankle-circles"])
    first = log.start_set(conn, sid, 0, "toe-curls", "both", "none", 10, 3, 0, T0)
    for n in range(1, 4):
        log.record_rep(conn, first, n * 6000)
    log.finish_set(conn, first, skipped=True)
    log.end_session(conn, sid, T0 + timedelta(minutes=5), "stopped", "it-hurts")
    row = conn.execute("SELECT * FROM sessions WHERE id = ?", (sid,)).fetchone()
    assert row["outcome"] == "stopped" and row["stop_reason"] == "it-hurts"
    assert row["active_ms"] == 18000
    assert row["started_at"] == "2026-11-24T23:30:00+01:00"
    assert row["day"] == "2026-11-24"  # the local date, not the UTC one
    set_row = conn.execute("SELECT done_reps, skipped FROM sets WHERE id = ?", (first,)).fetchone()
    assert tuple(set_row) == (3, 1)
    summary = log.session_summary(conn, sid)
    assert summary is not None and summary.reps_done == 3
    assert summary.routine == ("toe-curls", "ankle-circles")


def test_naive_times_are_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="UTC offset"):
        log.start_session(store.conn, datetime(2026, 1, 1, 9), [])


def test_running_sessions_become_interrupted(store: Store) -> None:
    done = log.start_session(store.conn, T0, ["toe-curls"])
    log.end_session(store.conn, done, T0, "completed")
    cut = log.start_session(store.conn, T0, ["toe-curls"])
    assert log.mark_interrupted(store.conn) == [cut]
    assert log.mark_interrupted(store.conn) == []
    last = log.last_interrupted(store.conn)
    assert last is not None and last.id == cut and last.outcome == "interrupted"


def test_delete_session_removes_its_sets(store: Store) -> None:
    sid = log.start_session(store.conn, T0, ["toe-curls"])
    log.start_set(store.conn, sid, 0, "toe-curls", "both", "none", 10, 3, 0, T0)
    log.annotate_session(store.conn, sid, "felt good")
    assert store.conn.execute("SELECT note FROM sessions").fetchone()[0] == "felt good"
    log.delete_session(store.conn, sid)
    assert store.conn.execute("SELECT count(*) FROM sets").fetchone()[0] == 0


def test_checkins_ratings_and_prescriptions(store: Store) -> None:
    conn = store.conn
    sid = log.start_session(conn, T0, ["toe-curls"])
    log.add_checkin(conn, T0, Moment.BEFORE, 4, None, 2, session_id=sid)
    log.add_rating(conn, sid, "toe-curls", T0, "about-right")
    log.add_prescription_change(conn, T0, "toe-curls", 10, 3, 0, Source.AUTO)
    log.add_prescription_change(conn, T0, "toe-curls", 12, 3, 0, Source.MANUAL, BY_HAND)
    row = conn.execute("SELECT back, hip, knee FROM checkins").fetchone()
    assert tuple(row) == (4, None, 2)
    latest = log.latest_prescriptions(conn)
    assert latest["toe-curls"].count == 12 and latest["toe-curls"].source is Source.MANUAL
    with pytest.raises(sqlite3.IntegrityError):
        log.add_checkin(conn, T0, Moment.BEFORE, 11, 0, 0)
    with pytest.raises(sqlite3.IntegrityError):
        log.add_rating(conn, sid, "toe-curls", T0, "meh")


CHILD = textwrap.dedent(
    """
    import sys
    from datetime import datetime, timezone
    from pathlib import Path
    from foot_coach.store import log
    from foot_coach.store.db import Store
    store = Store.open(Path(sys.argv[1]))
    now = datetime(2026, 11, 24, 9, tzinfo=timezone.utc)
    sid = log.start_session(store.conn, now, ["toe-curls"])
    set_id = log.start_set(store.conn, sid, 0, "toe-curls", "both", "none", 10**6, 3, 0, now)
    rep = 0
    while True:
        rep += 1
        log.record_rep(store.conn, set_id, rep)
        print(rep, flush=True)
    """
)


def test_killed_writer_keeps_every_reported_rep(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    reported = 0
    for line in child.stdout:
        reported = int(line)
        if reported >= 200:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=60)
    store = Store.open(path)
    try:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        done = store.conn.execute("SELECT done_reps FROM sets").fetchone()[0]
        assert done >= reported  # every rep it said was written is there (maybe one more)
        assert log.mark_interrupted(store.conn) == [1]
    finally:
        store.close()
