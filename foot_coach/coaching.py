"""Coaching wired in: pain check-ins around a session, ratings after each exercise, gentle
progression before the next session, and the calm notice when the care rule says so.

Rules live in core.progression and core.care; this module reads the history, asks them,
records their answers and tells the pages what to show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from foot_coach.core import care, progression
from foot_coach.core.catalog import Prescription
from foot_coach.core.routine import PhaseKind
from foot_coach.core.session import PhaseStarted, Status, StatusChanged
from foot_coach.core.stats import streaks
from foot_coach.i18n import tr
from foot_coach.store import coaching, log, queries
from foot_coach.store.errors import StoreError
from foot_coach.ui import session_end
from foot_coach.ui.checkin import CheckInDialog, PainAnswer

if TYPE_CHECKING:
    from foot_coach.app import Coach

ASKED_AFTER = (Status.FINISHED, Status.STOPPED)


def wire_coaching(coach: Coach) -> None:
    coach.runner.sig_phase_started.connect(lambda note: ask_rating(coach, note))
    coach.session_page.rating.sig_rated.connect(lambda ex, value: rate(coach, ex, value))
    coach.runner.sig_status.connect(lambda note: session_ended(coach, note))


def progress(coach: Coach, exercise_ids: Sequence[str]) -> list[str]:
    """Before a session: apply the changes owed by breaks and recent sessions; the lines
    that explain them, one per exercise that changed."""
    conn, today = coach.store.conn, coach.wall().date()
    latest = log.latest_prescriptions(conn)
    current = coach.prescriptions()
    lines = []
    for exercise_id in exercise_ids:
        exercise = coach.catalog.get(exercise_id)
        row = latest.get(exercise_id)
        manual = row is not None and row.source == "manual"
        last_day = coaching.last_day_done(conn, exercise_id, today)
        change = progression.after_break(
            exercise, current[exercise_id], last_day, today, manual
        ) or progression.after_session(
            exercise,
            current[exercise_id],
            coaching.outcomes_since(conn, exercise_id, row.at if row else ""),
            manual,
        )
        if change is not None:
            record(coach, exercise_id, change.prescription, "auto", change.reason)
            lines.append(f"{exercise.name}: {change.describe(tr)}.")
    if lines:
        coach.exercises.show_prescriptions(coach.prescriptions())
    return lines


def record(coach: Coach, exercise_id: str, rx: Prescription, source: str, reason: str) -> None:
    log.add_prescription_change(
        coach.store.conn, coach.wall(), exercise_id, rx.count, rx.hold_s, rx.pace_s, source, reason
    )


def ask_rating(coach: Coach, note: PhaseStarted) -> None:
    """At the rest after an exercise (or the end), ask how it felt; ignoring it is fine."""
    session = coach.runner.session
    if session is None or note.phase.kind not in (PhaseKind.REST, PhaseKind.DONE):
        return
    before = session.plan.phases[note.index - 1] if note.index > 0 else None
    if before is None or not before.kind.active:
        return
    exercise = coach.catalog.get(before.exercise_id)
    coach.session_page.rating.ask(exercise.id, exercise.name)


def rate(coach: Coach, exercise_id: str, value: str) -> None:
    session_id = coach.recorder.session_id if coach.recorder else None
    _safely(coach, lambda: log.add_rating(coach.store.conn, session_id, exercise_id,
                                          coach.wall(), value))  # fmt: skip


def ask_pain(coach: Coach, moment: str, then: Callable[[], None] | None = None) -> CheckInDialog:
    """The check-in; a saved answer is recorded, then the care rule is asked."""
    dialog = CheckInDialog(moment, coach.window)

    def done(result: int) -> None:
        if result == CheckInDialog.DialogCode.Accepted:
            save_pain(coach, moment, dialog.answer())
        if then is not None:
            then()

    dialog.finished.connect(done)
    dialog.open()
    return dialog


def save_pain(coach: Coach, moment: str, answer: PainAnswer) -> None:
    if answer == PainAnswer(None, None, None):
        return
    session_id = coach.recorder.session_id if coach.recorder else None
    if moment == "before":
        session_id = None  # the session has not started yet
    values = (answer.back, answer.hip, answer.knee)
    _safely(coach, lambda: log.add_checkin(coach.store.conn, coach.wall(), moment, *values,
                                           session_id=session_id))  # fmt: skip
    coach.history.mark_stale()
    check_care(coach)


def check_care(coach: Coach) -> care.Notice | None:
    today = coach.wall().date()
    checkins = coaching.checkins_since(coach.store.conn, today - timedelta(days=13))
    notice = care.needs_professional(checkins, today)
    if notice is not None:
        coach.session_page.notice.tell(tr(notice.text))
    return notice


def session_ended(coach: Coach, note: StatusChanged) -> None:
    if note.status in ASKED_AFTER and coach.keeper.value.pain_checkins:
        ask_pain(coach, "after")


def notes_saved(coach: Coach, notes: list) -> None:
    """Once a session's last notes are saved, the end shows what today added up to."""
    if any(isinstance(n, StatusChanged) and n.status in ASKED_AFTER for n in notes):
        show_summary(coach)


def show_summary(coach: Coach) -> None:
    """Today's exercise, last time's, the streak and the next reminder, at the end."""
    conn, today = coach.store.conn, coach.wall().date()
    before_day = queries.last_day_before(conn, today)
    before = queries.day_done(conn, before_day) if before_day else None
    streak = streaks(queries.active_days(conn, date(1970, 1, 1), today), today).current
    text = session_end.summary(
        queries.day_done(conn, today), before, streak, coach.reminders.next_text()
    )
    coach.session_page.show_summary(text)


def _safely(coach: Coach, write: Callable[[], object]) -> None:
    try:
        write()
    except StoreError as exc:
        from foot_coach.preferences import tell

        tell(coach, exc.words)
