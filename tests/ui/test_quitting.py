"""Quitting, as a person or the desktop at logout does it: nothing unsaved is lost without
asking, and no session or check-in starts on the way out."""

from __future__ import annotations


def test_unsaved_exercise_is_kept_in_memory_and_quitting_asks(
    build, scheduler, monkeypatch
) -> None:
    coach, _ = build(tray=False)
    coach.sessions.start(["toe-curls"])

    def reps() -> int:
        return coach.ctx.store.conn.execute(
            "SELECT coalesce(sum(done_reps), 0) FROM sets"
        ).fetchone()[0]

    for _ in range(20):  # one second each: get ready, then two holds and releases
        scheduler.advance()
    saved = reps()
    assert saved >= 2
    coach.ctx.store.conn.execute("PRAGMA query_only = ON")  # the disk stops taking writes
    for _ in range(20):
        scheduler.advance()
    assert coach.sessions.unsaved() and reps() == saved  # the session went on; nothing reached disk
    assert (
        coach.sessions._save_problem is not None
        and "cannot write" in coach.sessions._save_problem.text()
    )
    asked: list[bool] = []
    monkeypatch.setattr(coach.sessions, "_quit_anyway", lambda: asked.append(True) or False)
    monkeypatch.setattr("foot_coach.actions.session.QApplication.quit", lambda: None)
    assert coach.sessions.quit() is False and asked == [True]
    coach.ctx.store.conn.execute("PRAGMA query_only = OFF")
    coach.sessions.retry_saving()
    assert not coach.sessions.unsaved() and coach.sessions._save_problem is None
    assert reps() >= saved + 2
    assert coach.sessions.quit() is True and asked == [True]


def test_quitting_with_the_first_check_in_open_starts_no_session(build, monkeypatch) -> None:
    """Qt closes every window as the app quits (logout, Quit in the tray), and a check-in
    closed is a check-in skipped: the routine began as the app went, the history kept an
    empty stopped session, and "How do you feel now?" opened on the way out."""
    from foot_coach.ui.checkin import CheckInDialog

    coach, _ = build(tray=True, pain_checkins=True)
    coach.sessions.begin(["toe-curls"])
    [before] = coach.ctx.window.findChildren(CheckInDialog)
    monkeypatch.setattr("foot_coach.actions.session.QApplication.quit", before.reject)
    coach.quit()
    assert not coach.sessions.active()
    assert coach.ctx.store.conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0
    assert [d for d in coach.ctx.window.findChildren(CheckInDialog) if d.isVisible()] == []


def test_a_session_closed_on_the_way_out_asks_nothing(build, scheduler, monkeypatch) -> None:
    """At logout mid-session the session is saved as stopped; "How do you feel now?" opened
    as the app went, to nobody."""
    from foot_coach.ui.checkin import CheckInDialog

    coach, _ = build(tray=True, pain_checkins=True)
    coach.sessions.start(["toe-curls"])
    for _ in range(5):
        scheduler.advance()
    monkeypatch.setattr("foot_coach.actions.session.QApplication.quit", lambda: None)
    coach.quit()
    [(outcome, reason)] = coach.ctx.store.conn.execute("SELECT outcome, stop_reason FROM sessions")
    assert (outcome, reason) == ("stopped", "quit")
    assert [d for d in coach.ctx.window.findChildren(CheckInDialog) if d.isVisible()] == []
