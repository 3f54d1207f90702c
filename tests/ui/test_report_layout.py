"""How the report falls onto its pages: the pain chart on the first page with the other
charts, never a heading alone at the foot of a page, never text run into the footer."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from pdf_text import pdf_words

from foot_coach.core.catalog import Prescription
from foot_coach.core.progression import COUNT_NOW, WHY_GROWN, Reason
from foot_coach.core.stats import bucket_for, week_start
from foot_coach.store import queries, report_queries, seed
from foot_coach.store.queries import ExercisePoint, PainPoint, Snapshot, Totals
from foot_coach.store.report_queries import AmountChange
from foot_coach.system.i18n import tr
from foot_coach.ui.report import Extras, write_report

TODAY = date(2026, 11, 30)
HEADINGS = (
    "Sessions per week",
    "Active minutes per day",
    "Pain check-ins (0 = none, 10 = worst)",
    "Repetitions per exercise",
    "Amount of each exercise in the routine now",
    "Changes to the amount of each exercise",
    "Average pain of each day",
)


def seeded_report(store, catalog, tmp_path: Path, days: int, first_week: bool) -> Path:
    """A report of the whole history with every list the app gives it."""
    rng = random.Random(3)
    if first_week:
        seed.seed_first_days(store.conn, days, TODAY, rng)
    else:
        seed.seed_history(store.conn, days, TODAY, rng)
    start = TODAY - timedelta(days=days)
    snap = queries.snapshot(store.conn, start, TODAY, week_start(TODAY), start, catalog.ids)
    exercises = catalog.exercises
    extras = Extras(
        changes=report_queries.amount_changes(
            store.conn, start, TODAY, {e.id: e.prescription for e in exercises}
        ),
        exercises={e.id: e for e in exercises},
        now=[(e, e.prescription) for e in exercises],
        pain=report_queries.pain_table(store.conn, start, TODAY),
    )
    return write_report(tmp_path / "r.pdf", snap, TODAY, catalog.names(), extras)


@pytest.mark.parametrize("days, first_week", [(5, True), (3650, False)], ids=["week", "years"])
def test_the_pain_chart_is_on_the_first_page(
    store, catalog, tmp_path, language, days, first_week
) -> None:
    """Behind the lists it began on page 2, in a first week's report too."""
    first = pdf_words(seeded_report(store, catalog, tmp_path, days, first_week), 1)
    assert tr("Pain check-ins (0 = none, 10 = worst)") in first
    assert all(tr(part) in first.split() for part in ("Back", "Hip", "Knee"))  # its legend


def report(tmp_path: Path, lines: int) -> Path:
    """A month with a pain check-in each day, `lines` exercises and ten changes: each more
    exercise moves everything below it a line down the page."""
    start = TODAY - timedelta(days=29)
    none = Totals(0, 0.0)
    pain = [PainPoint(start + timedelta(days=d), 3.0, 4.0, 1.0) for d in range(30)]
    done = {f"own-{i}": [ExercisePoint(TODAY, 10, 0)] for i in range(lines)}
    snap = Snapshot(start, TODAY, bucket_for(start, TODAY), [], [], [], done, pain, none, none,
                    [])  # fmt: skip
    why = Reason(COUNT_NOW, 11, WHY_GROWN)
    changes = [
        AmountChange(start + timedelta(days=d), "toe-curls", Prescription(11, 3, 3, 0), why, "")
        for d in range(10)
    ]
    return write_report(tmp_path / f"r{lines}.pdf", snap, TODAY, {}, Extras(changes=changes))


def pages(pdf: Path) -> list[str]:
    """Each page's words without its footer, its lines joined by single spaces."""
    text = pdf_words(pdf).split("\f")[:-1]
    return [" ".join(page.split()[: -len(footer(page))]) for page in text]


def footer(page: str) -> list[str]:
    """The footer's words: from the report's title at the page's foot to "Page 1 of 2"."""
    words = page.split()
    return words[max(i for i, w in enumerate(words) if w == "Foot") :]


def test_no_page_ends_on_a_heading(qapp, tmp_path) -> None:
    """Every section's heading goes with the first lines it names: the chart's, each list's
    and the table of pain averages' (a line of its own, once, that could be left alone)."""
    ended = set()
    for lines in range(0, 60, 2):  # a page's height in steps of two lines
        for page in pages(report(tmp_path, lines)):
            ended |= {
                (lines, h) for h in HEADINGS if re.search(rf"{re.escape(h)}( \(\w+\))?$", page)
            }
    assert not ended
