"""Read-only questions the History page and the report ask; aggregation happens in SQL.

Every query is bounded by local `day` text ('YYYY-MM-DD'), which the indexes cover.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from foot_coach.core.stats import Bucket, bucket_for
from foot_coach.store.coaching_queries import DONE
from foot_coach.store.coaching_queries import active_days as active_days  # re-exported


@dataclass(frozen=True)
class MinutesPoint:
    """Active minutes and sessions done in one chart point: the day, or the week or month
    that starts on `day`."""

    day: date
    minutes: float
    sessions: int


@dataclass(frozen=True)
class ExercisePoint:
    day: date
    reps: int
    hold_seconds: int


@dataclass(frozen=True)
class PainPoint:
    day: date
    back: float | None
    hip: float | None
    knee: float | None


@dataclass(frozen=True)
class SessionRow:
    id: int
    started_at: str
    outcome: str
    stop_reason: str
    active_ms: int
    reps: int
    note: str

    @property
    def all_skipped(self) -> bool:
        """Run to its end with nothing done: listed, but neither a session nor a day done."""
        return self.outcome == "completed" and not self.reps


@dataclass(frozen=True)
class Totals:
    sessions: int
    active_minutes: float


def _d(text: str) -> date:
    return date.fromisoformat(text)


# Julian day numbers count whole days from a Monday, and date ordinals from a later Monday.
_ORDINAL_TO_JULIAN = 1_721_425


def _monday_of_week(week: int) -> date:
    return date.fromordinal(week * 7 - _ORDINAL_TO_JULIAN)


def _first_of_month(month: str) -> date:
    return date.fromisoformat(f"{month}-01")


# Each point's bucket as SQL over the `day` column, and the first day of the bucket from what
# that SQL gives. SQLite works the key out for every row it sums (some 24,000 sets in ten
# years), so each is the cheapest it has: a month is the text's 'YYYY-MM' prefix, a week its
# day's Julian number in whole weeks. Constants only: the caller picks one by Bucket, so no text
# from outside reaches the SQL.
_BUCKET_SQL: dict[Bucket, tuple[str, Callable[[Any], date]]] = {
    Bucket.DAY: ("day", _d),
    Bucket.WEEK: ("CAST(julianday(day) + 0.5 AS INTEGER) / 7", _monday_of_week),
    Bucket.MONTH: ("substr(day, 1, 7)", _first_of_month),
}


def minutes_series(
    conn: sqlite3.Connection, start: date, end: date, bucket: Bucket = Bucket.DAY
) -> list[MinutesPoint]:
    """Active minutes and sessions done per bucket (per day unless asked otherwise)."""
    key, first = _BUCKET_SQL[bucket]
    rows = conn.execute(
        f"SELECT {key} AS b, sum(active_ms) / 60000.0, count(*) FROM sessions s "
        f"WHERE day BETWEEN ? AND ? AND {DONE} GROUP BY b ORDER BY b",
        (start.isoformat(), end.isoformat()),
    )
    return [MinutesPoint(first(b), minutes, n) for b, minutes, n in rows]


def totals(conn: sqlite3.Connection, start: date, end: date) -> Totals:
    """Sessions done and their active minutes."""
    row = conn.execute(
        "SELECT count(*), coalesce(sum(active_ms), 0) / 60000.0 FROM sessions s "
        f"WHERE day BETWEEN ? AND ? AND {DONE}",
        (start.isoformat(), end.isoformat()),
    ).fetchone()
    return Totals(row[0], row[1])


def exercise_series(
    conn: sqlite3.Connection,
    exercise_id: str,
    start: date,
    end: date,
    bucket: Bucket = Bucket.DAY,
) -> list[ExercisePoint]:
    key, first = _BUCKET_SQL[bucket]
    rows = conn.execute(
        f"SELECT {key} AS b, sum(done_reps), sum(done_reps * hold_s) FROM sets "
        "WHERE exercise_id = ? AND day BETWEEN ? AND ? GROUP BY b ORDER BY b",
        (exercise_id, start.isoformat(), end.isoformat()),
    )
    return [ExercisePoint(first(b), reps, hold) for b, reps, hold in rows]


def pain_series(
    conn: sqlite3.Connection, start: date, end: date, bucket: Bucket = Bucket.DAY
) -> list[PainPoint]:
    key, first = _BUCKET_SQL[bucket]
    rows = conn.execute(
        f"SELECT {key} AS b, avg(back), avg(hip), avg(knee) FROM checkins "
        "WHERE day BETWEEN ? AND ? GROUP BY b ORDER BY b",
        (start.isoformat(), end.isoformat()),
    )
    return [PainPoint(first(b), back, hip, knee) for b, back, hip, knee in rows]


def first_day(conn: sqlite3.Connection) -> date | None:
    row = conn.execute("SELECT min(day) FROM sessions").fetchone()
    return _d(row[0]) if row and row[0] else None


def recent_sessions(conn: sqlite3.Connection, limit: int = 50) -> list[SessionRow]:
    # Newest start first, not newest row: row ids follow the order rows were saved, which need
    # not be the order sessions started. julianday() reads the stored UTC offset, so the hour
    # repeated when the clocks go back still sorts by the real moment.
    rows = conn.execute(
        "SELECT s.id, s.started_at, s.outcome, s.stop_reason, s.active_ms, "
        "coalesce((SELECT sum(done_reps) FROM sets WHERE session_id = s.id), 0), s.note "
        "FROM sessions s ORDER BY julianday(s.started_at) DESC, s.id DESC LIMIT ?",
        (limit,),
    )
    return [SessionRow(*r) for r in rows]


@dataclass(frozen=True)
class Snapshot:
    """Everything the History page shows for one range, read in one go."""

    start: date
    end: date
    bucket: Bucket
    minutes: list[MinutesPoint]
    active: list[date]
    year_active: list[date]
    per_exercise: dict[str, list[ExercisePoint]]
    pain: list[PainPoint]
    week: Totals
    all_time: Totals
    sessions: list[SessionRow]


def snapshot(
    conn: sqlite3.Connection,
    start: date,
    end: date,
    week_from: date,
    year_from: date,
    exercise_ids: tuple[str, ...],
) -> Snapshot:
    bucket = bucket_for(start, end)
    return Snapshot(
        start=start,
        end=end,
        bucket=bucket,
        minutes=minutes_series(conn, start, end, bucket),
        active=active_days(conn, date(1970, 1, 1), end),
        year_active=active_days(conn, year_from, end),
        per_exercise={e: exercise_series(conn, e, start, end, bucket) for e in exercise_ids},
        pain=pain_series(conn, start, end, bucket),
        week=totals(conn, week_from, end),
        all_time=totals(conn, date(1970, 1, 1), end),
        sessions=recent_sessions(conn),
    )


@dataclass(frozen=True)
class DayDone:
    """What was done on one day, for the end of a session."""

    day: date
    exercises: int
    reps: int
    holds: int
    minutes: float


def day_done(conn: sqlite3.Connection, day: date) -> DayDone:
    row = conn.execute(
        "SELECT count(DISTINCT CASE WHEN done_reps > 0 THEN exercise_id END), "
        "coalesce(sum(done_reps), 0), coalesce(sum(CASE WHEN hold_s > 0 THEN done_reps END), 0) "
        "FROM sets WHERE day = ?",
        (day.isoformat(),),
    ).fetchone()
    minutes = totals(conn, day, day).active_minutes
    return DayDone(day, row[0], row[1], row[2], minutes)


def last_day_before(conn: sqlite3.Connection, day: date) -> date | None:
    """The latest earlier day with at least one finished repetition."""
    row = conn.execute(
        "SELECT max(day) FROM sets WHERE day < ? AND done_reps > 0", (day.isoformat(),)
    ).fetchone()
    return _d(row[0]) if row and row[0] else None
