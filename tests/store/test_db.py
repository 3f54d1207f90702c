"""Opening, upgrading and refusing history files."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from foot_coach.store import db, log, migrations, queries
from foot_coach.store.db import Store, move_aside
from foot_coach.store.errors import (
    CorruptDatabaseError,
    NeedsUpgradeError,
    NewerDatabaseError,
    StoreError,
)
from foot_coach.store.migrations import EXPECTED_TABLES

FIXTURES = Path(__file__).parent / "fixtures"


def test_new_file_is_private_wal_and_current(tmp_path: Path) -> None:
    path = tmp_path / "data" / "history.sqlite3"
    store = Store.open(path)
    try:
        assert migrations.version(store.conn) == migrations.CURRENT_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        store.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("history-v*.sqlite3")), ids=str)
def test_every_older_version_upgrades_keeping_data(tmp_path: Path, fixture: Path) -> None:
    path = tmp_path / "history.sqlite3"
    shutil.copy(fixture, path)
    old_version = int(fixture.stem.split("-v")[1])
    store = Store.open(path, backups_dir=tmp_path / "backups", stamp="test")
    try:
        assert migrations.version(store.conn) == migrations.CURRENT_VERSION
        row = store.conn.execute("SELECT outcome, active_ms FROM sessions WHERE id = 1").fetchone()
        assert tuple(row) == ("completed", 120000)
        assert store.conn.execute("SELECT done_reps FROM sets WHERE id = 1").fetchone()[0] == 10
        store.conn.execute("SELECT count(*) FROM checkins").fetchone()  # new tables exist
    finally:
        store.close()
    copy = tmp_path / "backups" / f"history-v{old_version}-test.sqlite3"
    assert copy.exists()
    with sqlite3.connect(copy) as kept:
        assert migrations.version(kept) == old_version


def test_the_index_of_starts_keeps_every_row_and_the_order_of_past_sessions(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    shutil.copy(FIXTURES / "history-v3.sqlite3", path)
    tables = sorted(EXPECTED_TABLES)
    with sqlite3.connect(path) as before:
        rows = {t: before.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}
    store = Store.open(path, backups_dir=tmp_path / "backups", stamp="test")
    try:
        assert migrations.version(store.conn) == migrations.CURRENT_VERSION
        for table in tables:
            kept = store.conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            assert [tuple(r) for r in kept] == rows[table], table
        listed = [(r.id, r.reps) for r in queries.recent_sessions(store.conn)]
    finally:
        store.close()
    # 02:30+01:00 on 25 October came three quarters of an hour after 02:45+02:00
    assert listed == [(5, 0), (2, 4), (3, 6), (4, 7), (1, 10)]


def test_the_indexes_of_what_counts_keep_every_count_and_day(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    shutil.copy(FIXTURES / "history-v5.sqlite3", path)
    start, end = date(2026, 1, 1), date(2026, 12, 31)

    def counted(conn: sqlite3.Connection) -> tuple[object, ...]:
        return (
            queries.totals(conn, start, end),
            queries.active_days(conn, start, end),
            queries.minutes_series(conn, start, end),
            len(queries.recent_sessions(conn)),
        )

    with sqlite3.connect(path) as before:
        expected = counted(before)
    store = Store.open(path, backups_dir=tmp_path / "backups", stamp="test")
    try:
        assert counted(store.conn) == expected
        names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_schema")}
    finally:
        store.close()
    assert {"sets_session_done", "sessions_day_active"} <= names
    assert not {"sets_session", "sessions_day"} & names  # each superseded, not kept beside
    assert date(2026, 11, 6) not in expected[1]  # its only set skipped: listed, not counted
    assert expected[3] == 6


def test_a_history_one_index_behind_is_shown_where_it_cannot_be_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    shutil.copy(FIXTURES / f"history-v{migrations.READABLE_FROM}.sqlite3", path)
    before = path.read_bytes()
    store = Store.open_read_only(path)
    try:
        assert len(queries.recent_sessions(store.conn)) == 5
    finally:
        store.close()
    assert path.read_bytes() == before
    shutil.copy(FIXTURES / f"history-v{migrations.READABLE_FROM - 1}.sqlite3", path)
    before = path.read_bytes()
    with pytest.raises(NeedsUpgradeError):  # older, not damaged
        Store.open_read_only(path)
    assert path.read_bytes() == before


def test_fixture_for_every_older_version_exists() -> None:
    versions = {int(p.stem.split("-v")[1]) for p in FIXTURES.glob("history-v*.sqlite3")}
    assert versions == set(range(1, migrations.CURRENT_VERSION))


def test_a_failed_step_leaves_the_previous_version(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "history.sqlite3"
    shutil.copy(FIXTURES / "history-v1.sqlite3", path)
    broken = (migrations.STEPS[0], migrations.STEPS[1] + "; CREATE TABLE sessions (x)")
    monkeypatch.setattr(migrations, "STEPS", broken)
    with pytest.raises(sqlite3.OperationalError):
        migrations.upgrade(sqlite3.connect(path, isolation_level=None))
    with sqlite3.connect(path) as conn:
        assert migrations.version(conn) == 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type='table'")}
        assert "checkins" not in tables


def test_a_new_history_cut_short_leaves_no_part_made_file(tmp_path: Path, monkeypatch) -> None:
    """A new history is made whole under a temporary name, then renamed into place: a step
    that fails leaves neither a history at an older version nor the temp file."""
    broken = (*migrations.STEPS[:-1], migrations.STEPS[-1] + "; CREATE TABLE sessions (x)")
    monkeypatch.setattr(migrations, "STEPS", broken)
    with pytest.raises(StoreError):
        Store.open(tmp_path / "history.sqlite3")
    assert list(tmp_path.iterdir()) == []


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer Foot Coach") as caught:
        Store.open(path)
    assert str(path) in caught.value.user_message
    assert path.read_bytes() == before


@pytest.mark.parametrize("kind", ["newer", "corrupt"])
def test_a_history_refused_for_reading_only_is_let_go(
    tmp_path: Path, monkeypatch, kind: str
) -> None:
    """On a disk that refuses writing, a newer or damaged history is refused as Store.open
    refuses it: closing the file it opened to look."""
    path = tmp_path / "history.sqlite3"
    if kind == "newer":
        with sqlite3.connect(path) as conn:
            conn.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}")
    else:
        path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    opened: list[sqlite3.Connection] = []
    real = db.connect
    monkeypatch.setattr(db, "connect", lambda *a, **k: opened.append(real(*a, **k)) or opened[-1])
    with pytest.raises(StoreError):
        Store.open_read_only(path)
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        opened[0].execute("SELECT 1")


@pytest.mark.parametrize(
    "content", [b"hello, this is not a database" * 100, b"SQLite format 3\x00" + b"\xff" * 5000]
)
def test_corrupt_or_foreign_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(content)
    with pytest.raises(CorruptDatabaseError) as caught:
        Store.open(path)
    assert str(path) in caught.value.user_message
    assert path.read_bytes() == content


def test_move_aside_keeps_every_file(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"broken")
    Path(f"{path}-wal").write_bytes(b"wal")
    moved = move_aside(path, "20261124-0900")
    assert not path.exists()
    assert moved.read_bytes() == b"broken"
    assert Path(f"{moved}-wal").read_bytes() == b"wal"
    assert moved.name == "history.sqlite3.corrupt-20261124-0900"


def test_a_read_only_disk_is_not_called_damaged(tmp_path: Path, monkeypatch) -> None:
    import errno

    from foot_coach.store import db
    from foot_coach.store.errors import UnwritableError

    def refuse(path: Path) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(db, "_private_file", refuse)
    with pytest.raises(UnwritableError) as raised:
        Store.open(tmp_path / "history.sqlite3")
    assert "read-only" in raised.value.user_message


@pytest.mark.parametrize("folder", ["my#data", "what?", "x%25y", "a%2e"])
def test_odd_folder_names_keep_the_history_inside(tmp_path: Path, folder: str) -> None:
    path = tmp_path / folder / "history.sqlite3"
    store = Store.open(path)
    store.conn.execute("INSERT INTO sessions (started_at, day) VALUES ('t', 'd')")
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1


def test_a_chosen_folder_keeps_its_permissions(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    Store.open(folder / "history.sqlite3").close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert stat.S_IMODE((folder / "history.sqlite3").stat().st_mode) == 0o600


def test_only_sqlite_calls_a_file_damaged(tmp_path: Path, monkeypatch) -> None:
    """A vague I/O error while opening (a full disk failing the shared-memory file) must not
    make a healthy history look damaged: SQLite's own check decides."""
    from foot_coach.store import db
    from foot_coach.store.errors import StoreError

    path = tmp_path / "history.sqlite3"
    Store.open(path).close()
    real = db.connect

    def failing(target: Path, **kwargs) -> sqlite3.Connection:
        if kwargs:
            return real(target, **kwargs)  # the read-only check itself works
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(db, "connect", failing)
    with pytest.raises(StoreError) as raised:
        Store.open(path)
    assert not isinstance(raised.value, CorruptDatabaseError)
    assert str(path) in raised.value.user_message
    assert db.damaged(path) is False
    data = bytearray(path.read_bytes())
    data[4096:4196] = b"\xff" * 100  # smash the first table's page
    path.write_bytes(bytes(data))
    assert db.damaged(path) is True


def test_a_history_deleted_while_open_is_put_back_and_written_on(tmp_path: Path) -> None:
    """SQLite writes on into a deleted file that no folder shows: every session in it was
    lost once the app ended, and the -wal and -shm it left could meet a new history."""
    path = tmp_path / "history.sqlite3"
    store = Store.open(path)
    moved: list[sqlite3.Connection] = []
    store.movers.append(moved.append)
    at = datetime(2026, 11, 30, 9, tzinfo=UTC)
    log.start_session(store.conn, at, ["toe-curls"])
    assert store.put_back("s") is None  # in place: nothing to do
    path.unlink()
    log.start_session(store.conn, at, ["arch-raises"])  # into the deleted file
    assert store.put_back("s") == path and moved == [store.conn]
    log.start_session(store.conn, at, ["ankle-circles"])
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.sqlite3"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT routine FROM sessions ORDER BY id").fetchall()
        assert [r[0] for r in rows] == ["toe-curls", "arch-raises", "ankle-circles"]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_history_replaced_while_open_is_put_back_and_the_other_file_kept(
    tmp_path: Path,
) -> None:
    """A sync or backup tool renames another copy over the open history: the session would
    go on into the file it replaced, unseen, and be lost at quit."""
    path = tmp_path / "history.sqlite3"
    store = Store.open(path)
    at = datetime(2026, 11, 30, 9, tzinfo=UTC)
    log.start_session(store.conn, at, ["toe-curls"])
    other = Store.open(tmp_path / "older.sqlite3")
    log.start_session(other.conn, at, ["arch-raises"])
    other.close()
    (tmp_path / "older.sqlite3").replace(path)
    log.start_session(store.conn, at, ["ankle-circles"])  # into the file no folder shows
    kept = store.put_back("s")
    assert kept == tmp_path / "history.sqlite3.replaced-s"
    assert store.put_back("t") is None  # in place now
    store.close()
    for file, routines in ((path, ["toe-curls", "ankle-circles"]), (kept, ["arch-raises"])):
        with sqlite3.connect(file) as conn:
            rows = conn.execute("SELECT routine FROM sessions ORDER BY id").fetchall()
            assert [r[0] for r in rows] == routines
