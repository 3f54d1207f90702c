"""Restoring from the History page: an older backup is taken in and the app keeps recording
on the same connection; a refused file or a running session changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from foot_coach.actions import history
from foot_coach.core.session import Stop
from foot_coach.store import log, migrations
from foot_coach.ui import file_dialog

FIXTURES = Path(__file__).parents[1] / "store" / "fixtures"


@pytest.fixture
def told(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(history, "warn", lambda _window, text: said.append(text))
    return said


def _sessions(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM sessions").fetchone()[0])


def test_an_older_backup_is_restored_and_recording_goes_on(make_coach, told) -> None:
    coach = make_coach()
    conn = coach.ctx.store.conn
    assert history.restore_file(coach.ctx, str(FIXTURES / "history-v1.sqlite3")), told
    assert coach.ctx.store.conn is conn and _sessions(conn) == 1
    assert migrations.version(conn) == migrations.CURRENT_VERSION
    coach.sessions.start(["toe-curls"])
    coach.ctx.runner.send(Stop("done"))
    assert _sessions(conn) == 2  # the new session was written to the restored history
    assert list(coach.ctx.paths.backups_dir.glob("before-restore-*.sqlite3"))


def test_a_refused_backup_changes_nothing(make_coach, told, tmp_path: Path) -> None:
    coach = make_coach()
    coach.sessions.start(["toe-curls"])
    coach.ctx.runner.send(Stop("done"))
    bad = tmp_path / "holiday.jpg"
    bad.write_bytes(b"\xff\xd8\xff not a history")
    assert not history.restore_file(coach.ctx, str(bad))
    assert str(bad) in told[-1] and _sessions(coach.ctx.store.conn) == 1
    log.start_session(coach.ctx.store.conn, coach.ctx.wall(), ["toe-curls"])  # still writable
    assert _sessions(coach.ctx.store.conn) == 2


def test_no_restore_while_a_session_runs(make_coach, told) -> None:
    coach = make_coach()
    coach.sessions.start(["toe-curls"])
    assert not history.restore_file(coach.ctx, str(FIXTURES / "history-v2.sqlite3"))
    assert "Stop the session" in told[-1]
    assert _sessions(coach.ctx.store.conn) == 1


def test_backup_and_restore_open_in_the_backups_folder_even_before_it_exists(
    make_coach, monkeypatch
) -> None:
    coach = make_coach()
    folder = coach.ctx.paths.backups_dir
    if folder.exists():
        folder.rmdir()
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(file_dialog, "open_file", lambda _w, t, f, _k: asked.append((t, f)))
    monkeypatch.setattr(file_dialog, "save_file", lambda _w, t, f, _k: asked.append((t, f)))
    history.restore(coach.ctx)
    assert folder.is_dir() and asked[-1][1] == str(folder)
    folder.rmdir()
    history.make_backup(coach.ctx)
    assert folder.is_dir() and Path(asked[-1][1]).parent == folder


def test_a_backup_or_report_that_cannot_be_written_says_so(
    make_coach, told, monkeypatch, tmp_path: Path
) -> None:
    coach = make_coach()
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("")
    for action, name in ((history.make_backup, "copy.sqlite3"), (history.report, "report.pdf")):
        target = str(not_a_folder / name)
        monkeypatch.setattr(file_dialog, "save_file", lambda _w, _t, _f, _k, t=target: t)
        action(coach.ctx)
        assert told[-1].startswith(f"Could not write to {target}: "), told
    assert len(told) == 2
