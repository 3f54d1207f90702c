"""Opening the history at start: only damage SQLite confirms moves it aside; a disk that
refuses writing leaves it in place, opened for reading; leftovers of cut-short writes go."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from foot_coach.core.words import Words
from foot_coach.store import startup
from foot_coach.store.db import RESTORE_WORK_PREFIX as WORK_PREFIX
from foot_coach.store.db import Store
from foot_coach.store.errors import (
    NeedsUpgradeError,
    StorageFullError,
    StoreError,
    UnwritableError,
)


def _history(path: Path, running: bool = False) -> None:
    store = Store.open(path)
    store.conn.execute(
        "INSERT INTO sessions (started_at, day, outcome) VALUES ('t', 'd', ?)",
        ("running" if running else "completed",),
    )
    store.close()


@pytest.mark.parametrize("problem", [StorageFullError, UnwritableError])
def test_a_disk_that_refuses_writing_shows_the_history_read_only(
    tmp_path: Path, monkeypatch, problem: type[StoreError]
) -> None:
    path = tmp_path / "history.sqlite3"
    _history(path, running=True)
    before = path.read_bytes()

    def refuse(*args, **kwargs) -> Store:
        raise problem(path, Words("The disk holding %1 is full.", path))

    monkeypatch.setattr(Store, "open", refuse)
    store, told = startup.open_history(path, tmp_path / "backups", "s")
    try:
        assert store.read_only
        assert store.conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
        assert str(path) in str(told[0]) and "nothing new can be saved" in str(told[1])
        assert startup.mark_interrupted(store) == ([], [])  # nothing is written
        with pytest.raises(sqlite3.OperationalError):
            store.conn.execute("DELETE FROM sessions")
    finally:
        store.close()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.sqlite3"]


def test_a_refusing_disk_with_no_history_is_told_as_it_is(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "history.sqlite3"

    def refuse(*args, **kwargs) -> Store:
        raise UnwritableError(path, Words("Foot Coach cannot write to %1.", path))

    monkeypatch.setattr(Store, "open", refuse)
    with pytest.raises(UnwritableError):
        startup.open_history(path, tmp_path / "backups", "s")


@pytest.mark.parametrize("older", [1, 2])
@pytest.mark.parametrize("problem", [StorageFullError, UnwritableError])
def test_an_older_history_where_it_cannot_be_updated_is_not_called_damaged(
    tmp_path: Path, monkeypatch, older: int, problem: type[StoreError]
) -> None:
    """Its tables need an update before they can be read, and the disk or folder refuses it:
    the file is left exactly as it is, and the person is told what to do."""
    path = tmp_path / "history.sqlite3"
    shutil.copy(Path(__file__).parent / "fixtures" / f"history-v{older}.sqlite3", path)
    before = path.read_bytes()

    def refuse(*args, **kwargs) -> Store:
        raise problem(path, Words("Foot Coach cannot write to %1.", path))

    monkeypatch.setattr(Store, "open", refuse)
    with pytest.raises(NeedsUpgradeError) as raised:
        startup.open_history(path, tmp_path / "backups", "s")
    told = raised.value.user_message
    assert str(path) in told and "older Foot Coach" in told and "damaged" not in told
    assert "copy the file to a folder you can write to" in told
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.sqlite3"]


def test_damage_sqlite_confirms_moves_the_file_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    store, told = startup.open_history(path, tmp_path / "backups", "20261130-0900")
    store.close()
    moved = tmp_path / "history.sqlite3.corrupt-20261130-0900"
    assert moved.read_bytes().startswith(b"SQLite format 3\x00")
    assert str(moved) in str(told[1])


def test_interrupted_sessions_are_marked(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    _history(path, running=True)
    store, _ = startup.open_history(path, tmp_path / "backups", "s")
    assert startup.mark_interrupted(store) == ([1], [])
    store.close()


def test_leftovers_of_cut_short_writes_are_removed(tmp_path: Path) -> None:
    kept = ["settings.toml", "history.sqlite3", "notes.tmp", ".tmp", f"{WORK_PREFIX}note.txt"]
    for name in kept:
        (tmp_path / name).write_text("x")
    for name in (".settings.toml-k2j3h4.tmp", ".own-exercises.toml-a1b2.tmp"):
        (tmp_path / name).write_text("half")
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / ".calf-0a1b2c3d4e.png-x.tmp").write_bytes(b"half")
    (tmp_path / "backups").mkdir()  # a backup cut short, and one made whole
    (tmp_path / "backups" / ".history-v3-s.sqlite3-x1y2.tmp").write_bytes(b"half")
    (tmp_path / "backups" / "history-v3-s.sqlite3").write_bytes(b"whole")
    (tmp_path / f"{WORK_PREFIX}abc").mkdir()
    (tmp_path / f"{WORK_PREFIX}abc" / "fresh.sqlite3").write_bytes(b"x")
    assert len(startup.remove_leftovers(tmp_path)) == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*kept, "backups", "pictures"])
    assert list((tmp_path / "pictures").iterdir()) == []
    assert [p.name for p in (tmp_path / "backups").iterdir()] == ["history-v3-s.sqlite3"]


def test_what_an_older_version_left_open_becomes_private(tmp_path: Path) -> None:
    import stat

    (tmp_path / "backups").mkdir(mode=0o755)
    (tmp_path / "backups").chmod(0o755)
    log_file = tmp_path / "foot-coach.log.1"
    log_file.write_text("old")
    log_file.chmod(0o644)
    tmp_path.chmod(0o755)  # the data folder the person chose: left as it is
    startup.make_private(tmp_path)
    assert stat.S_IMODE((tmp_path / "backups").stat().st_mode) == 0o700
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755
