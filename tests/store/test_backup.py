"""Backup, restore and CSV export: bad files are refused and current data stays unchanged."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from samples import done_session

from foot_coach.core.care import Moment
from foot_coach.store import log, migrations
from foot_coach.store.backup import backup_to, export_csv, read_csv
from foot_coach.store.db import Store
from foot_coach.store.errors import BadBackupError
from foot_coach.store.restore import check_backup, restore_from

T0 = datetime(2026, 5, 3, 8, 0, tzinfo=timezone(timedelta(hours=2)))


def _history(path: Path, sessions: int = 2) -> Store:
    store = Store.open(path)
    for n in range(sessions):
        done_session(store.conn, T0 + timedelta(days=n))
    return store


def _count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM sessions").fetchone()[0])


def test_backup_and_restore_round_trip(tmp_path: Path) -> None:
    live = tmp_path / "history.sqlite3"
    store = _history(live, sessions=3)
    copy = backup_to(store.conn, tmp_path / "copy.sqlite3")
    store.close()
    other = _history(tmp_path / "other.sqlite3", sessions=1)
    other.close()
    restore_from(tmp_path / "other.sqlite3", copy, keep_as=tmp_path / "kept.sqlite3")
    assert _count(tmp_path / "other.sqlite3") == 3
    assert _count(tmp_path / "kept.sqlite3") == 1


def _refused(tmp_path: Path, bad: Path, match: str) -> None:
    live = tmp_path / "history.sqlite3"
    _history(live).close()
    before = live.read_bytes()
    with pytest.raises(BadBackupError, match=match) as caught:
        restore_from(live, bad, keep_as=tmp_path / "kept.sqlite3")
    assert str(bad) in caught.value.user_message
    assert live.read_bytes() == before
    assert not (tmp_path / "kept.sqlite3").exists()


def test_non_sqlite_refused(tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("not a database, ünïcödé", encoding="latin-1")
    _refused(tmp_path, bad, "not a SQLite database")


@pytest.mark.parametrize(
    ("change", "match"),
    [
        pytest.param(
            f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}",
            "newer Foot Coach",
            id="newer-schema",
        ),
        pytest.param("DROP TABLE ratings", "'ratings' is missing", id="missing-table"),
        pytest.param(
            "CREATE TRIGGER wipe AFTER INSERT ON checkins BEGIN DELETE FROM sessions; END",
            "triggers",
            id="trigger-bearing",  # refused before restoring could run it
        ),
    ],
)
def test_a_history_file_changed_so_is_refused(tmp_path: Path, change: str, match: str) -> None:
    bad = tmp_path / "changed.sqlite3"
    _history(bad).close()
    with sqlite3.connect(bad) as conn:
        conn.execute(change)
    _refused(tmp_path, bad, match)


def test_foreign_sqlite_refused(tmp_path: Path) -> None:
    bad = tmp_path / "other-app.sqlite3"
    with sqlite3.connect(bad) as conn:
        conn.execute("CREATE TABLE t (x)")
    _refused(tmp_path, bad, "not a Foot Coach history file")


def test_corrupt_file_refused(tmp_path: Path) -> None:
    bad = tmp_path / "damaged.sqlite3"
    _history(bad, sessions=30).close()
    data = bytearray(bad.read_bytes())
    data[4096:8192] = b"\x00\xff" * 2048  # smash the second page
    bad.write_bytes(bytes(data))
    _refused(tmp_path, bad, "damaged|not a Foot Coach|missing")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(junk=st.binary(max_size=4096), keep_header=st.booleans())
def test_fuzzed_files_refused(tmp_path: Path, junk: bytes, keep_header: bool) -> None:
    bad = tmp_path / "fuzz.sqlite3"
    bad.write_bytes((b"SQLite format 3\x00" if keep_header else b"") + junk)
    with pytest.raises(BadBackupError):
        check_backup(bad, tmp_path / "history.sqlite3")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(offset=st.integers(100, 20_000), noise=st.binary(min_size=1, max_size=64))
def test_mutated_backups_never_crash(tmp_path: Path, offset: int, noise: bytes) -> None:
    good = tmp_path / "good.sqlite3"
    if not good.exists():
        _history(good, sessions=20).close()
    data = bytearray(good.read_bytes())
    data[offset : offset + len(noise)] = noise
    bad = tmp_path / "mutated.sqlite3"
    bad.write_bytes(bytes(data))
    try:
        # A harmless mutation may still be a valid history.
        check_backup(bad, tmp_path / "history.sqlite3")
    except BadBackupError as refused:
        assert str(bad) in refused.user_message


def test_csv_round_trip(tmp_path: Path) -> None:
    store = _history(tmp_path / "history.sqlite3", sessions=2)
    log.annotate_session(store.conn, 1, 'Knee, a little "stiff"\nafter')
    log.add_checkin(store.conn, T0, Moment.BEFORE, 3, None, 7, session_id=1)
    log.add_rating(store.conn, 1, "toe-curls", T0, "too-easy")
    sessions_csv, sets_csv, checkins_csv, ratings_csv = export_csv(store.conn, tmp_path / "export")
    for written in (sessions_csv, sets_csv, checkins_csv, ratings_csv):
        assert written.stat().st_mode & 0o777 == 0o600  # health data: the user's alone
    [checkin] = read_csv(checkins_csv)
    assert (checkin["moment"], checkin["back"], checkin["hip"], checkin["knee"]) == (
        "before", "3", "", "7",
    )  # fmt: skip
    [rating] = read_csv(ratings_csv)
    assert (rating["session_id"], rating["exercise_id"], rating["rating"]) == (
        "1", "toe-curls", "too-easy",
    )  # fmt: skip
    rows = read_csv(sessions_csv)
    assert [r["note"] for r in rows] == ['Knee, a little "stiff"\nafter', ""]
    db_rows = store.conn.execute("SELECT * FROM sessions ORDER BY id").fetchall()
    assert [{k: str(r[k]) if r[k] is not None else "" for k in r.keys()} for r in db_rows] == rows  # noqa: SIM118
    assert [r["done_reps"] for r in read_csv(sets_csv)] == ["1", "1"]
    store.close()


def test_an_export_stopped_midway_leaves_no_half_file(tmp_path: Path, monkeypatch) -> None:
    """A kill or a full disk while writing: the old export stays whole, no part is left."""
    import csv

    from foot_coach.store import backup

    store = _history(tmp_path / "history.sqlite3", sessions=3)
    folder = tmp_path / "export"
    export_csv(store.conn, folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    log.annotate_session(store.conn, 1, "changed since")
    real_writer = csv.writer

    class Failing:
        def __init__(self, out) -> None:
            self.inner = real_writer(out)

        def writerow(self, row) -> None:
            self.inner.writerow(row)

        def writerows(self, rows) -> None:
            for n, row in enumerate(rows):
                if n == 1:
                    raise OSError(28, "No space left on device")
                self.inner.writerow(row)

    monkeypatch.setattr(backup.csv, "writer", Failing)
    with pytest.raises(OSError):
        export_csv(store.conn, folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    store.close()


def test_exports_and_backups_are_private(tmp_path: Path) -> None:
    import stat

    store = _history(tmp_path / "history.sqlite3")
    made = [*export_csv(store.conn, tmp_path / "export")]
    made.append(backup_to(store.conn, tmp_path / "backups" / "copy.sqlite3"))
    store.close()
    for path in made:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE((tmp_path / "backups").stat().st_mode) == 0o700
