"""`foot-coach --start` in a real process, on a fast clock, runs the whole routine to the end."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from apps import App, wait_until


def outcomes(database: Path) -> list[tuple[str, int]]:
    if not database.exists():
        return []
    conn = sqlite3.connect(database)
    try:
        return list(conn.execute(
            "SELECT outcome, (SELECT sum(done_reps) FROM sets WHERE session_id = s.id) "
            "FROM sessions s"
        ))  # fmt: skip
    except sqlite3.OperationalError:  # the app is still creating the schema
        return []
    finally:
        conn.close()


def test_start_runs_the_routine_to_completion(tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = App(data, "--start", FOOT_COACH_TIME_SCALE="200")
    try:
        app.wait_painted()
        database = data / "history.sqlite3"
        done = wait_until(lambda: [o for o, _ in outcomes(database)] == ["completed"], app.proc, 60)
        assert done, outcomes(database)
        [(_, reps)] = outcomes(database)
        assert reps >= 5 * 10  # every exercise, ten times or more (both feet, each way)
    finally:
        app.close()


def test_start_one_exercise(tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = App(data, "--start", "toe-spreading", FOOT_COACH_TIME_SCALE="200")
    try:
        app.wait_painted()
        database = data / "history.sqlite3"
        assert wait_until(lambda: bool(outcomes(database)) and outcomes(database)[0][0] ==
                          "completed", app.proc, 60)  # fmt: skip
        conn = sqlite3.connect(database)
        ids = {r[0] for r in conn.execute("SELECT exercise_id FROM sets")}
        conn.close()
        assert ids == {"toe-spreading"}
    finally:
        app.close()
