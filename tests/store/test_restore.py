"""Restoring older and hostile backups: every older version is taken in, whatever indexes it
has; a refused file leaves the current history as it was; nothing stored in a backup (a
constraint, a virtual table) can stop the live history from being written afterwards."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from samples import done_session

from foot_coach.store import migrations
from foot_coach.store.db import Store
from foot_coach.store.errors import BadBackupError
from foot_coach.store.restore import check_backup, restore_into

T0 = datetime(2026, 5, 3, 8, 0, tzinfo=timezone(timedelta(hours=2)))


def _record(conn: sqlite3.Connection, day: int = 0) -> None:
    done_session(conn, T0 + timedelta(days=day))


def _backup(path: Path, version: int, sessions: int = 3) -> sqlite3.Connection:
    """A history made by the schema steps up to `version`, holding `sessions` sessions."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.upgrade(conn, target=version)
    for n in range(sessions):
        conn.execute(
            "INSERT INTO sessions (started_at, day, outcome) VALUES (?, ?, 'completed')",
            (f"2026-03-0{n + 1}T09:00:00+01:00", f"2026-03-0{n + 1}"),
        )
        conn.execute(
            "INSERT INTO sets (session_id, position, exercise_id, side, direction,"
            " prescribed_reps, done_reps, day)"
            " VALUES (?, 0, 'toe-curls', 'both', 'none', 10, 7, ?)",
            (n + 1, f"2026-03-0{n + 1}"),
        )
    return conn


def _v1_with_every_table(c: sqlite3.Connection) -> None:
    migrations.upgrade(c)
    c.execute("PRAGMA user_version = 1")


def _v2_with_v3_index(c: sqlite3.Connection) -> None:
    c.execute("CREATE INDEX sets_exercise_day_totals ON sets(exercise_id, day, done_reps, hold_s)")


def _without_indexes(c: sqlite3.Connection) -> None:
    for (name,) in c.execute("SELECT name FROM sqlite_schema WHERE type = 'index'").fetchall():
        c.execute(f"DROP INDEX {name}")


OLDER: dict[str, tuple[int, Callable[[sqlite3.Connection], None]]] = {
    "v1 holding every v3 table": (1, _v1_with_every_table),
    "v1 without one index": (1, lambda c: c.execute("DROP INDEX sets_session")),
    "v2 with tables only": (2, _without_indexes),
    "v2 with the v3 index": (2, _v2_with_v3_index),
    "v3 as made today": (3, lambda c: None),
}


@pytest.fixture
def live(tmp_path: Path):
    store = Store.open(tmp_path / "data" / "history.sqlite3")
    _record(store.conn)
    yield store
    store.close()


def _sessions(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM sessions").fetchone()[0])


def _restore(store: Store, backup: Path, tmp_path: Path) -> None:
    restore_into(store.conn, store.path, backup, tmp_path / "kept.sqlite3")


@pytest.mark.parametrize("case", OLDER, ids=str)
def test_older_backups_are_restored_and_writable(live: Store, tmp_path: Path, case: str) -> None:
    version, shape = OLDER[case]
    backup = tmp_path / "old.sqlite3"
    conn = _backup(backup, version)
    shape(conn)
    conn.close()
    _restore(live, backup, tmp_path)
    assert _sessions(live.conn) == 3
    assert migrations.version(live.conn) == migrations.CURRENT_VERSION
    _record(live.conn, day=9)  # the restored history takes new exercise
    assert _sessions(live.conn) == 4
    with sqlite3.connect(tmp_path / "kept.sqlite3") as kept:  # the history before, kept
        assert _sessions(kept) == 1


def _poison_sets(conn: sqlite3.Connection) -> None:
    """sets with a CHECK that the rows present pass and every new row fails."""
    sql = conn.execute("SELECT sql FROM sqlite_schema WHERE name = 'sets'").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_schema SET sql = ? WHERE name = 'sets'",
        (sql.rstrip().rstrip(")") + ", CHECK (id <= 3))",),
    )
    conn.execute("PRAGMA writable_schema = OFF")


def test_a_constraint_in_the_backup_cannot_stop_recording(live: Store, tmp_path: Path) -> None:
    backup = tmp_path / "check.sqlite3"
    conn = _backup(backup, migrations.CURRENT_VERSION)
    _poison_sets(conn)
    conn.close()
    with sqlite3.connect(backup) as probe, pytest.raises(sqlite3.IntegrityError):
        probe.execute(
            "INSERT INTO sets (session_id, position, exercise_id, side, direction,"
            " prescribed_reps, day) VALUES (1, 1, 'toe-curls', 'both', 'none', 10, '2026-03-01')"
        )  # the trap is real
    _restore(live, backup, tmp_path)
    _record(live.conn, day=9)
    assert live.conn.execute("SELECT count(*) FROM sets").fetchone()[0] == 4


def _fts_sessions(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DROP TABLE sessions")
    conn.execute("CREATE VIRTUAL TABLE sessions USING fts4(started_at, day, outcome)")


HOSTILE: dict[str, tuple[Callable[[sqlite3.Connection], None], str]] = {
    "user_version -1": (lambda c: c.execute("PRAGMA user_version = -1"), "not a Foot Coach"),
    "sessions as an FTS4 table": (_fts_sessions, "'sessions' is missing"),
    "a sets row without its session": (
        lambda c: c.execute("DELETE FROM sessions WHERE id = 2"),
        "do not fit together",
    ),
    "an outcome no history holds": (
        lambda c: c.execute("UPDATE sessions SET outcome = 'won'"),
        "damaged",
    ),
}


@pytest.mark.parametrize("case", HOSTILE, ids=str)
def test_refused_backups_leave_the_history_untouched(
    live: Store, tmp_path: Path, case: str
) -> None:
    shape, reason = HOSTILE[case]
    backup = tmp_path / "hostile.sqlite3"
    conn = _backup(backup, migrations.CURRENT_VERSION)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    shape(conn)
    conn.close()
    with pytest.raises(BadBackupError, match=reason) as refused:
        _restore(live, backup, tmp_path)
    assert str(backup) in refused.value.user_message
    assert "current history is kept" in refused.value.user_message
    assert _sessions(live.conn) == 1
    _record(live.conn, day=9)  # still open and writable
    assert _sessions(live.conn) == 2
    assert not (tmp_path / "kept.sqlite3").exists()
    assert not list(live.path.parent.glob(".restore-*"))  # the work folder went away


@pytest.mark.parametrize("name", ["my#backup.sqlite3", "what?.sqlite3", "x%2e%25y.sqlite3"])
def test_odd_names_are_read_and_nothing_is_written_beside(
    live: Store, tmp_path: Path, name: str
) -> None:
    folder = tmp_path / "usb#stick?"
    folder.mkdir()
    backup = folder / name
    source = Store.open(backup)  # a WAL history, as the app leaves it
    _record(source.conn)
    _record(source.conn, day=1)
    source.close()
    before = sorted(p.name for p in folder.iterdir())
    check_backup(backup, live.path)
    _restore(live, backup, tmp_path)
    assert _sessions(live.conn) == 2
    assert sorted(p.name for p in folder.iterdir()) == before == [name]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "kept.sqlite3", "usb#stick?"]


def test_rows_still_in_the_backups_wal_file_are_restored(live: Store, tmp_path: Path) -> None:
    backup = tmp_path / "copied-while-running.sqlite3"
    source = Store.open(backup)
    source.conn.execute("PRAGMA wal_autocheckpoint = 0")
    _record(source.conn)
    _record(source.conn, day=1)
    image = {s: Path(f"{backup}{s}").read_bytes() for s in ("", "-wal")}  # as a copy finds it
    source.close()
    for suffix, data in image.items():
        Path(f"{backup}{suffix}").write_bytes(data)
    _restore(live, backup, tmp_path)
    assert _sessions(live.conn) == 2
