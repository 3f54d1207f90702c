"""A history file deleted or replaced while the app runs: the session goes on into it, and at
its end the file is written back whole (another file in its place kept beside it) and the
person told; a recorder writes on into the file put back."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox


def shown_boxes(coach) -> list[str]:
    return [b.text() for b in coach.window.findChildren(QMessageBox) if b.isVisible()]


def mid_session(coach, scheduler, exercise: str = "toe-curls") -> None:
    """A few holds into a session, with repetitions already written to the history."""
    coach.sessions.start([exercise])
    for _ in range(12):
        scheduler.advance()


def test_a_history_deleted_mid_session_is_written_back_with_every_rep(
    make_coach, scheduler
) -> None:
    coach = make_coach()
    path = coach.ctx.store.path
    mid_session(coach, scheduler)
    path.unlink()  # a person tidying up, or a sync tool
    scheduler.run_until_idle()
    assert not coach.sessions.active() and path.exists()
    # Told in a box that waits for no answer: the session may have stopped to quit.
    shown = shown_boxes(coach)
    assert len(shown) == 1 and str(path) in shown[0] and "nothing is lost" in shown[0]
    mid_session(coach, scheduler, "arch-raises")  # the next session writes into the file put back
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT routine, outcome FROM sessions ORDER BY id").fetchall()
        done = conn.execute("SELECT done_reps FROM sets ORDER BY id").fetchall()
    assert [tuple(r) for r in rows] == [("toe-curls", "completed"), ("arch-raises", "running")]
    assert done[0][0] == coach.ctx.catalog.get("toe-curls").prescription.count
    assert len(done) == 2 and done[1][0] >= 1


def test_a_history_replaced_mid_session_is_written_back_and_the_other_kept(
    make_coach, scheduler
) -> None:
    coach = make_coach()
    path = coach.ctx.store.path
    mid_session(coach, scheduler)
    other = path.with_name("copy-from-the-cloud.sqlite3")
    sqlite3.connect(other).close()
    other.replace(path)
    scheduler.run_until_idle()
    shown = shown_boxes(coach)
    kept = [p for p in path.parent.iterdir() if ".replaced-" in p.name]
    assert len(kept) == 1 and len(shown) == 1 and str(kept[0]) in shown[0]
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT routine, outcome FROM sessions").fetchone()
    assert tuple(row) == ("toe-curls", "completed")
