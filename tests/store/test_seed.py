"""The synthetic history writes what the app writes: a change only when the amount changes,
one step of the ladder at a time, its reason kept as templates. A history written otherwise
made reports that contradicted themselves, shown as if the app had written them."""

from __future__ import annotations

import random
from datetime import date, timedelta

from foot_coach.core.progression import WHY_GROWN, ladder
from foot_coach.store.report_queries import amount_changes
from foot_coach.store.seed import seed_history

END = date(2026, 11, 30)


def test_seeded_changes_climb_the_ladder_a_step_at_a_time(store, catalog) -> None:
    seed_history(store.conn, 3650, END, random.Random(1))
    curls = catalog.get("toe-curls")
    defaults = {e.id: e.prescription for e in catalog.exercises}
    changes = amount_changes(store.conn, END - timedelta(days=3650), END, defaults)
    rows = store.conn.execute("SELECT count(*) FROM prescription_changes").fetchone()[0]
    assert len(changes) == rows == 5  # 10 to 15, none that left the amount as it was
    steps = [(p.count, p.hold_s) for p in ladder(curls)]
    for change in changes:
        assert change.before is not None and change.reason.why == WHY_GROWN
        before = (change.before.count, change.before.hold_s)
        now = (change.amount.count, change.amount.hold_s)
        assert steps.index(now) == steps.index(before) + 1
