"""What the printed report asks beyond the History page's snapshot: the changes to each
exercise's amount, and pain averaged by the report table's rows (a day, week, month or year
each)."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from foot_coach.core.catalog import Prescription
from foot_coach.core.progression import Reason
from foot_coach.core.stats import Period, table_period
from foot_coach.store.queries import PainPoint

# The first day of each row's period, as SQL over the `day` column. Constants only: picked
# by Period, so no text from outside reaches the SQL.
_PERIOD_SQL = {
    Period.DAY: "day",
    Period.WEEK: "date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days')",
    Period.MONTH: "substr(day, 1, 7) || '-01'",
    Period.YEAR: "substr(day, 1, 4) || '-01-01'",
}


@dataclass(frozen=True)
class PainTable:
    """Pain averages for every period of the range that has a check-in, oldest first."""

    period: Period
    rows: list[PainPoint]


def pain_table(conn: sqlite3.Connection, start: date, end: date) -> PainTable:
    period = table_period(start, end)
    rows = conn.execute(
        f"SELECT {_PERIOD_SQL[period]} AS p, avg(back), avg(hip), avg(knee) FROM checkins "
        "WHERE day BETWEEN ? AND ? GROUP BY p ORDER BY p",
        (start.isoformat(), end.isoformat()),
    )
    found = [PainPoint(date.fromisoformat(d), back, hip, knee) for d, back, hip, knee in rows]
    return PainTable(period, found)


@dataclass(frozen=True)
class AmountChange:
    """An amount that differs from the one before it (None for an exercise with no default);
    `reason` has no templates in a row written before they were kept, and `english` is then
    the line to show."""

    day: date
    exercise_id: str
    amount: Prescription
    reason: Reason
    english: str
    before: Prescription | None = None


# Each row beside the amount before it for the same exercise (none for its first).
_CHANGES = """
SELECT day, exercise_id, count, hold_s, pace_s, reason, {templates},
    lag(count) OVER w, lag(hold_s) OVER w, lag(pace_s) OVER w, id
FROM prescription_changes WINDOW w AS (PARTITION BY exercise_id ORDER BY id)
"""
_TEMPLATES = "what, what_value, why, why_value"
_NO_TEMPLATES = "'', 0, '', 0"  # a history the app could not upgrade (a read-only disk)


def amount_changes(
    conn: sqlite3.Connection, start: date, end: date, defaults: Mapping[str, Prescription]
) -> list[AmountChange]:
    """Changes in the range, oldest first. A row that set the amount it already had (handed
    back to automatic, an editor saved, a routine imported) is no change and left out; an
    exercise's first row is measured against its `defaults` amount."""
    found = {r[1] for r in conn.execute("PRAGMA table_info(prescription_changes)")}
    templates = _TEMPLATES if "why" in found else _NO_TEMPLATES
    rows = conn.execute(
        f"SELECT * FROM ({_CHANGES.format(templates=templates)}) "
        "WHERE day BETWEEN ? AND ? ORDER BY day, id",
        (start.isoformat(), end.isoformat()),
    )
    out = []
    for row in rows:
        day, exercise_id, count, hold_s, pace_s, english = row[:6]
        before = tuple(row[10:13]) if row[10] is not None else _amount(defaults.get(exercise_id))
        if before != (count, hold_s, pace_s):
            amount, reason = _prescription((count, hold_s, pace_s)), Reason(*row[6:10])
            was = _prescription(before) if before else None
            out.append(AmountChange(_d(day), exercise_id, amount, reason, english, was))
    return out


def _prescription(amount: tuple[int, ...]) -> Prescription:
    count, hold_s, pace_s = amount
    return Prescription(count, hold_s, 0, pace_s)


def _amount(rx: Prescription | None) -> tuple[int, int, int] | None:
    return (rx.count, rx.hold_s, rx.pace_s) if rx else None


def _d(text: str) -> date:
    return date.fromisoformat(text)
