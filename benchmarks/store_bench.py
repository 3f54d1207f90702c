"""History store figures on ten years of synthetic daily use, each beside its floor.

Prints one JSON object: db_size_mb, history_query_ms (the History page's whole snapshot for
"everything") beside floor_query_ms (one plain pass over every stored set), rep_commit_p99_ms
(one finished rep, committed with synchronous=FULL) and floor_commit_p99_ms (one integer
updated in its own transaction on the same file).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from json_line import report
from percentile import p99

from foot_coach.store import log, queries
from foot_coach.store.db import Store, transaction
from foot_coach.store.seed import seed_history

END = date(2026, 11, 24)
IDS = ("toe-curls", "arch-raises", "heel-to-toe-walk", "ankle-circles", "toe-spreading")


def seeded(folder: Path) -> Store:
    store = Store.open(folder / "history.sqlite3")
    seed_history(store.conn, 3650, END, random.Random(10))
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return store


def query_ms(store: Store, runs: int = 15) -> tuple[float, float]:
    """The snapshot, and interleaved with it its floor, so both see the same machine."""
    first = queries.first_day(store.conn) or END
    times, floor_times = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        queries.snapshot(store.conn, first, END, END - timedelta(days=END.weekday()),
                         date(END.year, 1, 1), IDS)  # fmt: skip
        t1 = time.perf_counter()
        store.conn.execute("SELECT sum(done_reps), sum(hold_s) FROM sets").fetchone()
        t2 = time.perf_counter()
        times.append((t1 - t0) * 1000)
        floor_times.append((t2 - t1) * 1000)
    return statistics.median(times), statistics.median(floor_times)


def commit_p99(store: Store, reps: int = 400) -> tuple[float, float]:
    at = datetime(2026, 11, 25, 9, tzinfo=timezone(timedelta(hours=1)))
    sid = log.start_session(store.conn, at, ["toe-curls"])
    set_id = log.start_set(store.conn, sid, 0, "toe-curls", "both", "none", reps, 3, 0, at)
    store.conn.execute("CREATE TABLE bench_floor (n INTEGER)")
    store.conn.execute("INSERT INTO bench_floor VALUES (0)")
    rep_times, floor_times = [], []
    for n in range(reps):
        t0 = time.perf_counter()
        log.record_rep(store.conn, set_id, n * 6000)
        t1 = time.perf_counter()
        with transaction(store.conn):  # the smallest durable write: one integer, one row
            store.conn.execute("UPDATE bench_floor SET n = ?", (n,))
        t2 = time.perf_counter()
        rep_times.append((t1 - t0) * 1000)
        floor_times.append((t2 - t1) * 1000)
    return p99(rep_times), p99(floor_times)


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="foot-coach-bench-") as folder:
        store = seeded(Path(folder))
        size = (Path(folder) / "history.sqlite3").stat().st_size / 1e6
        query, query_floor = query_ms(store)
        result = {
            "db_size_mb": round(size, 2),
            "history_query_ms": round(query, 1),
            "floor_query_ms": round(query_floor, 1),
        }
        rep, floor = commit_p99(store)
        result |= {"rep_commit_p99_ms": round(rep, 2), "floor_commit_p99_ms": round(floor, 2)}
        store.close()
    return report(result)


if __name__ == "__main__":
    sys.exit(main())
