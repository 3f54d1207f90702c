"""Coaching: pain check-ins around a session, ratings after each exercise, gentle progression
before the next session, amounts set by hand, and the calm notice when the care rule says so.

Rules live in core.progression and core.care; this module reads the history, asks them,
records their answers and tells the pages what to show.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from foot_coach.actions import history
from foot_coach.actions.context import Context
from foot_coach.actions.messages import history_written
from foot_coach.core import care, progression
from foot_coach.core.care import Moment
from foot_coach.core.catalog import Prescription
from foot_coach.core.phase_kind import PhaseKind
from foot_coach.core.progression import Reason, Source
from foot_coach.core.session import PhaseStarted, Status, StatusChanged
from foot_coach.store import coaching_queries, log
from foot_coach.system.i18n import tr
from foot_coach.ui.amounts import change_with_why

if TYPE_CHECKING:  # the dialogs and the summary load when first used, not at start
    from foot_coach.ui.checkin import CheckInDialog, PainAnswer

ASKED_AFTER = (Status.FINISHED, Status.STOPPED)
SessionId = Callable[[], int | None]  # the session being recorded, if any


def wire(ctx: Context, session_id: SessionId) -> None:
    ctx.runner.sig_phase_started.connect(lambda note: ask_rating(ctx, note))
    ctx.pages.when_made("session", lambda: ctx.pages.session.rating.sig_rated.connect(
        lambda ex, value: rate(ctx, session_id(), ex, value)
    ))  # fmt: skip
    ctx.runner.sig_status.connect(lambda note: session_ended(ctx, note, session_id()))
    ctx.pages.when_made("routine", lambda: connect_routine(ctx))
    ctx.pages.when_made("exercises", lambda: show_exercise_amounts(ctx))
    ctx.pages.when_made("routine", lambda: show_routine_amounts(ctx))


def connect_routine(ctx: Context) -> None:
    routine = ctx.pages.routine
    routine.sig_manual.connect(lambda *amount: set_by_hand(ctx, *amount))
    routine.sig_automatic.connect(lambda exercise_id: back_to_automatic(ctx, exercise_id))


def amounts(
    ctx: Context, latest: Mapping[str, log.PrescriptionRow] | None = None
) -> dict[str, Prescription]:
    """Today's amounts; `latest` saves the query when the caller has the rows already."""
    rows = log.latest_prescriptions(ctx.store.conn) if latest is None else latest
    return progression.current(ctx.catalog.exercises, rows)


def show_amounts(ctx: Context) -> None:
    """Today's amounts on the pages made so far; the others show them when made."""
    ctx.pages.if_made("exercises", lambda: show_exercise_amounts(ctx))
    ctx.pages.if_made("routine", lambda: show_routine_amounts(ctx))


def show_exercise_amounts(ctx: Context) -> None:
    ctx.pages.exercises.show_prescriptions(amounts(ctx))


def show_routine_amounts(ctx: Context) -> None:
    latest = log.latest_prescriptions(ctx.store.conn)
    current = amounts(ctx, latest)
    manual = {i for i, row in latest.items() if row.source is Source.MANUAL}
    page = ctx.pages.routine
    row = page.list.currentRow()
    page.show_values(ctx.routine_ids(), ctx.settings.value.rest_s, current, manual)
    page.list.setCurrentRow(max(row, 0))


def progress(ctx: Context, exercise_ids: Sequence[str]) -> list[str]:
    """Before a session: apply the changes owed by breaks and recent sessions; the lines
    that explain them, one per exercise that changed."""
    conn, today = ctx.store.conn, ctx.wall().date()
    latest = log.latest_prescriptions(conn)
    current = amounts(ctx, latest)
    told: list[tuple[str, str]] = []
    for exercise_id in exercise_ids:
        exercise = ctx.catalog.get(exercise_id)
        row = latest.get(exercise_id)
        manual = row is not None and row.source is Source.MANUAL
        last_day = coaching_queries.last_day_done(conn, exercise_id, today)
        change = progression.after_break(
            exercise, current[exercise_id], last_day, today, manual
        ) or progression.after_session(
            exercise,
            current[exercise_id],
            coaching_queries.outcomes_since(conn, exercise_id, row.at if row else ""),
            manual,
        )
        if change is None:
            continue
        if not _saved(ctx, exercise_id, change):  # told once; the session runs on the amounts
            break  # as they were
        said = change_with_why(
            exercise, change.prescription, current[exercise_id], change.describe(tr)
        )
        told.append((exercise.name, said))
    if told:
        ctx.pages.if_made("exercises", lambda: show_exercise_amounts(ctx))
    return said_once(told)


def _saved(ctx: Context, exercise_id: str, change: progression.Change) -> bool:
    return history_written(ctx, lambda: record(
        ctx, exercise_id, change.prescription, Source.AUTO, change.told
    ))  # fmt: skip


def said_once(told: list[tuple[str, str]]) -> list[str]:
    """A line for each different change, naming every exercise it was made to: after a first
    week all five were raised alike, and the session opened on five lines of the same words."""
    names: dict[str, list[str]] = {}
    for name, words in told:
        names.setdefault(words, []).append(name)
    return [f"{', '.join(alike)}: {words}." for words, alike in names.items()]


def record(
    ctx: Context, exercise_id: str, rx: Prescription, source: Source, reason: Reason
) -> None:
    log.add_prescription_change(
        ctx.store.conn, ctx.wall(), exercise_id, rx.count, rx.hold_s, rx.pace_s, source, reason
    )


def set_by_hand(ctx: Context, exercise_id: str, count: int, hold_s: int) -> None:
    exercise = ctx.catalog.get(exercise_id)
    rx = progression.clamp_manual(exercise, Prescription(count, hold_s))
    history_written(ctx, lambda: record(ctx, exercise_id, rx, Source.MANUAL, progression.BY_HAND))
    show_amounts(ctx)


def back_to_automatic(ctx: Context, exercise_id: str) -> None:
    rx = amounts(ctx)[exercise_id]
    history_written(ctx, lambda: record(
        ctx, exercise_id, rx, Source.RESET, progression.BACK_TO_AUTOMATIC
    ))  # fmt: skip
    show_amounts(ctx)


def ask_rating(ctx: Context, note: PhaseStarted) -> None:
    """At the rest after an exercise (or the end), ask how it felt; ignoring it is fine."""
    session = ctx.runner.session
    if session is None or note.phase.kind not in (PhaseKind.REST, PhaseKind.DONE):
        return
    before = session.plan.phases[note.index - 1] if note.index > 0 else None
    if before is None or not before.kind.active:
        return
    exercise = ctx.catalog.get(before.exercise_id)
    ctx.pages.session.rating.ask(exercise.id, exercise.name)


def rate(ctx: Context, session_id: int | None, exercise_id: str, value: str) -> None:
    history_written(ctx, lambda: log.add_rating(ctx.store.conn, session_id, exercise_id,
                                        ctx.wall(), value))  # fmt: skip


def ask_pain(
    ctx: Context,
    moment: Moment,
    then: Callable[[], None] | None = None,
    session_id: int | None = None,
) -> CheckInDialog:
    """The check-in; a saved answer is recorded, then the care rule is asked."""
    from foot_coach.ui.checkin import CheckInDialog

    dialog = CheckInDialog(moment, ctx.window)

    def done(result: int) -> None:
        if result == CheckInDialog.DialogCode.Accepted:
            save_pain(ctx, moment, dialog.answer(), session_id)
        if then is not None:
            then()

    dialog.finished.connect(done)
    dialog.open()
    return dialog


def save_pain(
    ctx: Context, moment: Moment, answer: PainAnswer, session_id: int | None = None
) -> None:
    if (answer.back, answer.hip, answer.knee) == (None, None, None):
        return
    if moment is Moment.BEFORE:
        session_id = None  # the session has not started yet
    values = (answer.back, answer.hip, answer.knee)
    history_written(ctx, lambda: log.add_checkin(ctx.store.conn, ctx.wall(), moment, *values,
                                         session_id=session_id))  # fmt: skip
    history.changed(ctx)
    check_care(ctx)


def check_care(ctx: Context) -> care.Notice | None:
    today = ctx.wall().date()
    checkins = coaching_queries.checkins_since(ctx.store.conn, today - timedelta(days=13))
    notice = care.needs_professional(checkins, today)
    if notice is not None:
        ctx.pages.session.notice.tell(tr(notice.text))
    return notice


def session_ended(ctx: Context, note: StatusChanged, session_id: int | None) -> None:
    if note.status is Status.STOPPED and (notice := care.after_stop(note.reason)) is not None:
        ctx.pages.session.notice.tell(tr(notice.text))
    asked = note.status in ASKED_AFTER and care.asked_after(note.reason) and begun(ctx)
    if asked and ctx.settings.value.pain_checkins:
        ask_pain(ctx, Moment.AFTER, session_id=session_id)


def notes_saved(ctx: Context, notes: list) -> None:
    """Once a session's last notes are saved, the end shows what today added up to."""
    ended = [n.status for n in notes if isinstance(n, StatusChanged) and n.status in ASKED_AFTER]
    if ended and begun(ctx):
        show_summary(ctx, stopped=Status.STOPPED in ended)


def begun(ctx: Context) -> bool:
    """Whether the session ending had started: one stopped while it waited to start has no
    day's totals to show and no "How do you feel now?" to ask, minutes after "before"."""
    return ctx.runner.session is None or ctx.runner.session.begun


def show_summary(ctx: Context, stopped: bool = False) -> None:
    """Today's exercise, last time's, the streak and the next reminder, at the end."""
    from foot_coach.core.stats import streaks
    from foot_coach.store import queries
    from foot_coach.ui import session_end

    conn, today = ctx.store.conn, ctx.wall().date()
    before_day = queries.last_day_before(conn, today)
    before = queries.day_done(conn, before_day) if before_day else None
    streak = streaks(queries.active_days(conn, date(1970, 1, 1), today), today).current
    text = session_end.summary(
        queries.day_done(conn, today), before, streak, ctx.reminders.next_text(), stopped
    )
    ctx.pages.session.show_summary(text)
