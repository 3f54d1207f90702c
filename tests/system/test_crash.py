"""The real app killed with SIGKILL at random moments of a session, again and again, loses
nothing.

After every kill the database passes `PRAGMA integrity_check`, every rep the app reported
as committed is there, and the next start marks the cut-off session interrupted. At the
end, a start without --start offers to carry on with what was left.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
from pathlib import Path

import pytest
from apps import App, wait_until

KILLS = int(os.environ.get("FOOT_COACH_KILLS", "50"))
SCALE = "60"  # one real second is a minute of routine


def reported_reps(lines: list[str]) -> dict[int, int]:
    done: dict[int, int] = {}
    for line in lines:
        if line.startswith("rep "):
            _, set_id, count = line.split()
            done[int(set_id)] = max(done.get(int(set_id), 0), int(count))
    return done


def check_database(path: Path, reported: dict[int, int]) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = dict(conn.execute("SELECT id, done_reps FROM sets"))
        for set_id, count in reported.items():
            assert stored.get(set_id, 0) >= count, f"set {set_id}: {count} reported, lost"
        return [r[0] for r in conn.execute("SELECT outcome FROM sessions ORDER BY id")]
    finally:
        conn.close()


@pytest.mark.slow
def test_sigkill_at_random_moments(tmp_path: Path) -> None:
    rng = random.Random(20261125)
    data = tmp_path / "data"
    env = {"FOOT_COACH_TIME_SCALE": SCALE, "FOOT_COACH_TRACE_REPS": "1"}
    total_reps = 0
    for kill in range(KILLS):
        app = App(data, "--start", **env)
        try:
            app.wait_painted()
            # The moment is random within the session: it begins after the first paint and
            # the parts built after it, which on a busy machine takes longer than the
            # shortest moments here.
            lines = app.read_stdout_for(60, until="session ")
            assert any(line.startswith("session ") for line in lines), (kill, lines, app.log())
            lines += app.read_stdout_for(rng.uniform(0.05, 2.5))
            os.kill(app.proc.pid, signal.SIGKILL)
            app.proc.wait(timeout=60)
        finally:
            app.close()
        reported = reported_reps(lines)
        total_reps += sum(reported.values())
        outcomes = check_database(data / "history.sqlite3", reported)
        # Every earlier session was marked interrupted by the start that followed it.
        assert all(o != "running" for o in outcomes[:-1]), (kill, outcomes)
        assert len(outcomes) == kill + 1
    assert total_reps > KILLS  # the kills landed while reps were being written
    last = App(data)
    try:
        last.wait_painted()
        offered = wait_until(lambda: "offered to resume" in last.log(), last.proc, 20)
        assert offered, last.log()
    finally:
        last.close()
    conn = sqlite3.connect(data / "history.sqlite3")
    outcomes = [r[0] for r in conn.execute("SELECT outcome FROM sessions")]
    conn.close()
    assert outcomes.count("running") == 0 and outcomes.count("interrupted") >= KILLS - 2
