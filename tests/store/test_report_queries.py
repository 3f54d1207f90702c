"""What the report reads: changes to each amount (only real ones, with reasons kept as
templates, older English ones readable), and pain by the table's periods."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

from foot_coach.core.catalog import Prescription
from foot_coach.core.progression import BY_HAND, COUNT_NOW, WHY_GROWN, Reason, Source
from foot_coach.store import log
from foot_coach.store.db import Store
from foot_coach.store.report_queries import amount_changes

FIXTURES = Path(__file__).parent / "fixtures"
DEFAULTS = {"toe-curls": Prescription(10, 3, 3, 0)}
NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


def at(day: int) -> datetime:
    return datetime(2026, 11, day, 9, tzinfo=UTC)


def test_a_reason_is_kept_as_its_templates_and_numbers(store: Store) -> None:
    raised = Reason(COUNT_NOW, 11, WHY_GROWN)
    log.add_prescription_change(store.conn, at(3), "toe-curls", 11, 3, 0, Source.AUTO, raised)
    [change] = amount_changes(store.conn, *NOVEMBER, DEFAULTS)
    assert change.reason == raised and change.english == raised.english
    assert change.day == date(2026, 11, 3) and change.amount.count == 11


def test_an_amount_set_again_as_it_was_is_no_change(store: Store) -> None:
    """Handing an amount back to the rules, or saving an exercise's editor, writes a row with
    the amount it already had: listed, it read as a change that never was."""
    for day, count in ((2, 10), (3, 12), (4, 12), (5, 11)):  # 10 is where it starts
        log.add_prescription_change(store.conn, at(day), "toe-curls", count, 3, 0,
                                    Source.MANUAL, BY_HAND)  # fmt: skip
    changes = amount_changes(store.conn, *NOVEMBER, DEFAULTS)
    assert [(c.day.day, c.amount.count) for c in changes] == [(3, 12), (5, 11)]


def test_the_amount_before_the_range_counts(store: Store) -> None:
    log.add_prescription_change(store.conn, at(1), "toe-curls", 12, 3, 0, Source.AUTO)
    log.add_prescription_change(store.conn, at(20), "toe-curls", 12, 3, 0, Source.RESET)
    assert amount_changes(store.conn, date(2026, 11, 10), NOVEMBER[1], DEFAULTS) == []


def test_reasons_kept_in_english_only_stay_readable_after_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    shutil.copy(FIXTURES / "history-v4.sqlite3", path)
    store = Store.open(path, backups_dir=tmp_path / "backups", stamp="test")
    try:
        changes = amount_changes(store.conn, *NOVEMBER, DEFAULTS)
    finally:
        store.close()
    assert [(c.amount.count, c.english) for c in changes] == [
        (11, "Raised to 11 each time: three sessions in a row finished and none felt too hard"),
        (13, "set by hand"),
    ]  # handed back to automatic at 13: no change
    assert all(c.reason == Reason() for c in changes)


def test_a_history_not_upgraded_still_gives_its_changes(tmp_path: Path) -> None:
    """On a disk that refuses writing, the history is shown as it is, reasons and all."""
    path = tmp_path / "history.sqlite3"
    shutil.copy(FIXTURES / "history-v4.sqlite3", path)
    store = Store.open_read_only(path)
    try:
        changes = amount_changes(store.conn, *NOVEMBER, DEFAULTS)
    finally:
        store.close()
    assert [c.english for c in changes][1] == "set by hand"
