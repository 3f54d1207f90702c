"""The recorder writes what the session machine reports: sessions, sets and every rep."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

from foot_coach.core.catalog import Catalog, Prescription
from foot_coach.core.routine import RoutineItem, Timing, compile_routine
from foot_coach.core.session import Session, SkipExercise, Start, Stop, Tick
from foot_coach.store.db import Store
from foot_coach.store.errors import InUseError, UnwritableError
from foot_coach.store.recorder import Recorder


def _setup(catalog: Catalog, store: Store, ids: list[str], count: int = 2):
    items = [
        RoutineItem(catalog.get(i), Prescription(count, 3, 3, catalog.get(i).prescription.pace_s))
        for i in ids
    ]
    plan = compile_routine(items, Timing(get_ready_s=1, switch_s=1, rest_s=1))
    session = Session(plan)
    wall = datetime(2026, 11, 24, 9, tzinfo=timezone(timedelta(hours=1)))
    now = {"ms": 0}
    recorder = Recorder(store.conn, plan, lambda: wall, lambda: session.active_ms(now["ms"]))
    return plan, session, recorder, now


def test_whole_routine_recorded(catalog: Catalog, store: Store) -> None:
    plan, session, recorder, now = _setup(catalog, store, ["toe-curls", "ankle-circles"])
    recorder.handle(session.apply(Start(), 0))
    while (deadline := session.next_deadline()) is not None:
        now["ms"] = deadline
        recorder.handle(session.apply(Tick(), deadline))
    row = store.conn.execute("SELECT outcome, active_ms, routine FROM sessions").fetchone()
    assert tuple(row) == ("completed", plan.active_ms, "toe-curls,ankle-circles")
    sets = store.conn.execute(
        "SELECT exercise_id, side, direction, done_reps, skipped FROM sets ORDER BY position"
    ).fetchall()
    assert [tuple(r) for r in sets] == [
        ("toe-curls", "both", "none", 2, 0),
        ("ankle-circles", "right", "clockwise", 2, 0),
        ("ankle-circles", "right", "anticlockwise", 2, 0),
        ("ankle-circles", "left", "clockwise", 2, 0),
        ("ankle-circles", "left", "anticlockwise", 2, 0),
    ]


def test_stopped_session_marks_short_sets_skipped(catalog: Catalog, store: Store) -> None:
    _, session, recorder, now = _setup(catalog, store, ["toe-curls", "arch-raises"])
    recorder.handle(session.apply(Start(), 0))
    for deadline in (1000, 4000, 7000):  # get ready, hold 1, release 1 -> one rep done
        now["ms"] = deadline
        recorder.handle(session.apply(Tick(), deadline))
    recorder.handle(session.apply(Stop("it-hurts"), 7500))
    row = store.conn.execute("SELECT outcome, stop_reason FROM sessions").fetchone()
    assert tuple(row) == ("stopped", "it-hurts")
    sets = store.conn.execute("SELECT done_reps, skipped FROM sets").fetchall()
    assert [tuple(r) for r in sets] == [(1, 1)]


def test_skipped_exercise_gets_no_reps(catalog: Catalog, store: Store) -> None:
    _, session, recorder, _ = _setup(catalog, store, ["toe-curls", "arch-raises"])
    recorder.handle(session.apply(Start(), 0))
    recorder.handle(session.apply(SkipExercise(), 10))
    recorder.handle(session.apply(Stop(), 20))
    assert store.conn.execute("SELECT count(*) FROM sets").fetchone()[0] == 0


def test_unwritable_history_keeps_reps_in_memory_until_it_can_write(
    catalog: Catalog, store: Store
) -> None:
    _, session, recorder, now = _setup(catalog, store, ["toe-curls"], count=4)
    committed: list[tuple[int, int]] = []
    recorder.on_commit = lambda set_id, done: committed.append((set_id, done))
    recorder.handle(session.apply(Start(), 0))
    deadlines = []
    while (deadline := session.next_deadline()) is not None:
        deadlines.append(deadline)
        now["ms"] = deadline
        if len(deadlines) == 4:  # after the first rep: the disk stops taking writes
            store.conn.execute("PRAGMA query_only = ON")
        try:
            recorder.handle(session.apply(Tick(), deadline))
        except UnwritableError as exc:
            assert "history.sqlite3" in exc.user_message  # names the file
    assert session.status.name == "FINISHED"  # the session itself carried on
    on_disk = store.conn.execute("SELECT done_reps FROM sets").fetchone()[0]
    assert on_disk == 1 and recorder.pending
    store.conn.execute("PRAGMA query_only = OFF")
    recorder.flush()
    assert recorder.pending == []
    row = store.conn.execute("SELECT outcome FROM sessions").fetchone()
    assert row[0] == "completed"
    assert store.conn.execute("SELECT done_reps FROM sets").fetchone()[0] == 4
    assert [done for _, done in committed] == [1, 2, 3, 4]
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_history_another_program_holds_keeps_reps_and_says_so(
    catalog: Catalog, store: Store
) -> None:
    """A database viewer with a change open holds the write lock: each repetition must not
    wait seconds for it, and the person learns which file and why, not a traceback."""
    _, session, recorder, now = _setup(catalog, store, ["toe-curls"])
    recorder.handle(session.apply(Start(), 0))
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] <= 250
    problems = []
    while (deadline := session.next_deadline()) is not None:
        now["ms"] = deadline
        try:
            recorder.handle(session.apply(Tick(), deadline))
        except InUseError as exc:
            problems.append(exc.user_message)
    assert problems and "history.sqlite3" in problems[0] and "Another program" in problems[0]
    assert recorder.pending and session.status.name == "FINISHED"
    other.execute("ROLLBACK")
    other.close()
    recorder.flush()
    assert store.conn.execute("SELECT done_reps FROM sets").fetchone()[0] == 2
