"""What the printed report asks beyond the History page's snapshot: pain averaged by the
report table's rows (a day, week, month or year each)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

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
