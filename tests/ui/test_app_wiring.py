"""The composition root keeps settings, reminders, the tray and later launches in step."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QMessageBox

from foot_coach.actions import history, window
from foot_coach.core.session import Stop
from foot_coach.store import backup, log, settings
from foot_coach.store.settings import Reminder
from foot_coach.ui.reminder_prompt import ReminderPrompt

BERLIN = ZoneInfo("Europe/Berlin")


def test_sound_settings_are_saved_and_reach_the_cues(build) -> None:
    coach, _ = build(tray=False)
    page = coach.ctx.pages.settings
    page.volume.setValue(35)
    page.voice.setChecked(False)
    assert (coach.ctx.cues.volume, coach.ctx.cues.voice) == (35, False)
    saved, warnings = settings.load(coach.ctx.paths.settings, "x")
    assert warnings == [] and (saved.volume, saved.voice) == (35, False)
    assert page.sound_status.text() and page.voice_status.text()


def test_reminder_edits_are_saved_and_rearm(build) -> None:
    coach, steps = build(tray=False)
    assert coach.ctx.pages.reminders.next_label.text() == "No reminder is set."
    coach.ctx.pages.reminders.add_reminder()  # 09:00 every day
    saved, _ = settings.load(coach.ctx.paths.settings, "x")
    assert saved.reminders == (Reminder("09:00"),)
    assert coach.ctx.pages.reminders.next_label.text() == "Next reminder: today at 09:00"
    assert steps.pending is not None


def test_without_a_tray_the_reminder_is_a_prompt_in_the_window(build) -> None:
    coach, steps = build(tray=False, reminders=(Reminder("09:00"),))
    assert coach.ctx.tray is None and not coach.window.close_to_tray
    steps.run_to(datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN))
    prompt = coach.window.findChild(ReminderPrompt)
    assert isinstance(prompt, ReminderPrompt) and prompt.isVisible()
    assert coach.window.isVisible()
    prompt.sig_snooze.emit(10)
    assert coach.reminders.timer.next == datetime(2026, 11, 24, 9, 10, tzinfo=BERLIN)


def test_with_a_tray_closing_hides_and_tells_once(build, monkeypatch) -> None:
    coach, _ = build(tray=True)
    told: list[str] = []
    monkeypatch.setattr(coach.ctx.tray, "notify", lambda title, text: told.append(text))
    coach.window.show()
    coach.window.close()
    assert not coach.window.isVisible()
    coach.window.show()
    coach.window.close()
    assert len(told) == 1
    assert settings.load(coach.ctx.paths.settings, "x")[0].tray_notice_shown


def test_reminder_during_a_session_is_held_back(build, monkeypatch) -> None:
    coach, steps = build(tray=True, reminders=(Reminder("09:00"),))
    told: list[str] = []
    monkeypatch.setattr(coach.ctx.tray, "notify", lambda title, text: told.append(title))
    coach.sessions.start(["toe-curls"])
    steps.run_to(datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN))
    assert told == []


def test_later_launch_asks_to_start_an_exercise(build) -> None:
    coach, _ = build(tray=False)
    window.handle_message(coach.ctx, coach.sessions, "start ankle-circles")
    assert coach.ctx.runner.session is not None
    assert [i.exercise.id for i in coach.ctx.runner.session.plan.items] == ["ankle-circles"]
    assert coach.window.current_page() == "session"


def test_saved_routine_and_rest_are_what_start_runs(build) -> None:
    coach, _ = build(tray=False, routine=("ankle-circles", "toe-curls"), rest_s=40)
    window.handle_message(coach.ctx, coach.sessions, "start")
    plan = coach.ctx.runner.session.plan
    assert [i.exercise.id for i in plan.items] == ["ankle-circles", "toe-curls"]
    rests = [p for p in plan.phases if p.kind.name == "REST"]
    assert rests and all(p.duration_ms == 40_000 for p in rests)


def test_closing_to_the_tray_stops_the_audio_helpers_unless_a_session_runs(build) -> None:
    coach, _ = build(tray=True, pain_checkins=False, tray_notice_shown=True)
    coach.window.show()
    coach.sessions.start(["toe-curls"])
    coach.window.close()
    assert not coach.window.isVisible() and coach.ctx.cues.running() == ["sound", "voice"]
    coach.ctx.runner.send(Stop())
    window.bring_to_front(coach.ctx)
    coach.window.close()
    assert coach.ctx.cues.running() == []


def test_snooze_from_the_tray(build) -> None:
    coach, _ = build(tray=True, reminders=(Reminder("20:00"),))
    coach.ctx.tray.sig_snooze.emit(30)
    assert coach.reminders.timer.next - coach.ctx.wall() == timedelta(minutes=30)
    assert "08:30" in window.tray_state(coach.reminders, coach.ctx.runner).next_reminder


def test_the_reminders_page_follows_pause_and_snooze_from_the_tray(build) -> None:
    coach, _ = build(tray=True, reminders=(Reminder("20:00"),))
    paused = coach.ctx.pages.reminders.paused  # the page is made before the tray is used
    coach.ctx.tray.sig_pause_today.emit()
    assert paused.isChecked()
    coach.ctx.tray.sig_snooze.emit(10)  # a snooze ends the pause
    assert not paused.isChecked()


def test_an_interrupted_session_can_be_carried_on(build) -> None:
    coach, _ = build(tray=False)
    at = datetime(2026, 11, 24, 7, 0, tzinfo=BERLIN)
    conn = coach.ctx.store.conn
    sid = log.start_session(conn, at, ["toe-curls", "arch-raises", "toe-spreading"])
    done = log.start_set(conn, sid, 0, "toe-curls", "both", "none", 10, 3, 0, at)
    for _ in range(10):
        log.record_rep(conn, done, 1000)
    partly = log.start_set(conn, sid, 1, "arch-raises", "both", "none", 10, 3, 0, at)
    log.record_rep(conn, partly, 2000)
    assert log.mark_interrupted(conn) == [sid]
    box = coach.sessions.offer_resume(sid)
    assert box is not None and "Arch raises" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    plan = coach.ctx.runner.session.plan
    assert [i.exercise.id for i in plan.items] == ["arch-raises", "toe-spreading"]
    outcome = conn.execute("SELECT outcome FROM sessions WHERE id = ?", (sid,)).fetchone()[0]
    assert outcome == "interrupted"  # kept as it was, with its reps


def test_carrying_on_shows_the_window_it_runs_in(build) -> None:
    """Started hidden in the tray, the app asks with no window seen: a Yes must not run the
    session where nobody can follow it."""
    coach, _ = build(tray=False)
    at = datetime(2026, 11, 24, 7, 0, tzinfo=BERLIN)
    sid = log.start_session(coach.ctx.store.conn, at, ["toe-curls", "arch-raises"])
    log.mark_interrupted(coach.ctx.store.conn)
    assert not coach.window.isVisible()
    box = coach.sessions.offer_resume(sid)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert coach.ctx.runner.session is not None
    assert coach.window.isVisible()


def test_declining_to_carry_on_starts_nothing(build) -> None:
    coach, _ = build(tray=False)
    at = datetime(2026, 11, 24, 7, 0, tzinfo=BERLIN)
    sid = log.start_session(coach.ctx.store.conn, at, ["toe-curls"])
    log.mark_interrupted(coach.ctx.store.conn)
    box = coach.sessions.offer_resume(sid)
    box.button(QMessageBox.StandardButton.No).click()
    assert coach.ctx.runner.session is None


def test_add_to_calendar_saves_a_file_the_person_alone_can_read(build, tmp_path: Path) -> None:
    import icalendar

    coach, _ = build(tray=False, reminders=(Reminder("09:00", (0, 3)), Reminder("18:00")))
    page = coach.ctx.pages.reminders
    page.calendar_button.click()
    dialog = page.calendar_dialog
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "mine.ics"
    dialog.selectFile(str(target))
    dialog.accept()
    assert target.stat().st_mode & 0o777 == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".mine.ics")]  # no temp left
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert [str(e["RRULE"].to_ical().decode()) for e in events] == [
        "FREQ=WEEKLY;BYDAY=MO,TH",
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU",
    ]
    assert str(target) in page.message.text()


def test_calendar_file_that_cannot_be_written_is_named(build, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    coach, _ = build(tray=False, reminders=(Reminder("09:00"),))
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    coach.ctx.pages.reminders.sig_add_to_calendar.emit(str(blocked / "mine.ics"))
    assert shown and str(blocked / "mine.ics") in shown[0]
    assert blocked.read_text() == "not a folder"


def test_the_recorder_follows_a_restored_history(build, scheduler, tmp_path: Path) -> None:
    coach, _ = build(tray=False, pain_checkins=False)
    empty = tmp_path / "empty-history.sqlite3"
    backup.backup_to(coach.ctx.store.conn, empty)
    coach.sessions.start(["toe-curls"])
    for _ in range(20):
        scheduler.advance()
    coach.ctx.store.conn.execute("PRAGMA query_only = ON")  # the disk stops taking writes
    for _ in range(4):
        scheduler.advance()
    assert coach.sessions.unsaved()
    coach.ctx.runner.send(Stop("quit"))
    coach.ctx.store.conn.execute("PRAGMA query_only = OFF")  # room again: a restore can write
    assert history.restore_file(coach.ctx, str(empty))
    coach.sessions.retry_saving()  # on the old, closed connection this raised
    assert coach.sessions.recorder is not None
    assert coach.sessions.recorder.conn is coach.ctx.store.conn
    conn = coach.ctx.store.conn
    assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0  # nothing mixed in
    coach.sessions.start(["toe-curls"])
    for _ in range(20):
        scheduler.advance()
    assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
    assert conn.execute("SELECT sum(done_reps) FROM sets").fetchone()[0] >= 2


def test_a_no_from_the_desktop_turns_start_at_login_off_and_says_so(build, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    coach, _ = build(tray=False, start_at_login=True)
    coach.ctx.autostart.on_answer(True)  # a Flatpak's Background portal said yes: nothing to do
    assert coach.ctx.settings.value.start_at_login and not shown
    coach.ctx.autostart.on_answer(False)
    assert not coach.ctx.settings.value.start_at_login
    assert shown == ["Your desktop did not allow Foot Coach to start at login."]
