"""The report's lists: what each exercise in the routine asks now, how the amounts changed
and why (in the reader's language), and pain over the range as a chart and a table whose
rows cover all of it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QLocale

from foot_coach.core.catalog import Exercise, Prescription
from foot_coach.core.progression import Reason, kept_in_english
from foot_coach.core.stats import Bucket, Period, one_decimal
from foot_coach.core.words import fill
from foot_coach.store.queries import PainPoint, Snapshot
from foot_coach.store.report_queries import AmountChange, PainTable
from foot_coach.system.i18n import tr
from foot_coach.ui.amounts import change_with_why, whole_amount
from foot_coach.ui.dates import point_name, qdate, whole_date
from foot_coach.ui.report.drawing import PAIN_ROOM, pain_lines
from foot_coach.ui.report.page import Page

LISTED = 40  # changes listed, the latest: ten years of them would fill pages

# The table's periods from the History page's points, for a snapshot alone.
_PERIOD = {Bucket.DAY: Period.DAY, Bucket.WEEK: Period.WEEK, Bucket.MONTH: Period.MONTH}


def asked_now(page: Page, now: Sequence[tuple[Exercise, Prescription]]) -> None:
    """What the person is asked to do now: a physiotherapist's first question."""
    if not now:
        return
    page.section(tr("Amount of each exercise in the routine now"))
    for exercise, rx in now:
        page.text(f"{exercise.name}: {whole_amount(exercise, rx)}", 10, gap=2)
    page.skip(12)


def changes(
    page: Page,
    rows: Sequence[AmountChange],
    exercises: Mapping[str, Exercise],
    names: Mapping[str, str],
) -> None:
    """The latest changes to how much of each exercise is asked, each said once with the
    amount before it, and why in the reader's language (a reason kept only in English, from
    before, as it is)."""
    page.section(tr("Changes to the amount of each exercise"))
    shown = rows[-LISTED:]
    if len(rows) > len(shown):
        page.text(tr("%n earlier change(s) not listed.", "", len(rows) - len(shown)), 9, gap=3)
    for row in shown:
        name = names.get(row.exercise_id, row.exercise_id)
        said = change_line(row, exercises.get(row.exercise_id))
        page.text(f"{whole_date(row.day)}  {name}: {said}", 9, gap=2)
    if not rows:
        page.text(tr("No changes in this period."), 10)
    page.skip(12)


def change_line(row: AmountChange, exercise: Exercise | None) -> str:
    """ "now 11 times, hold 3 s each (was 10 times) — why", as the end of a session says it."""
    reason = row.reason if row.reason.why else kept_in_english(row.english)
    why = reason.describe(tr) if isinstance(reason, Reason) else reason
    if exercise is None:  # an own exercise since deleted: its words went with it
        return f"{fill(tr('now %1'), row.amount.count)} — {why}"
    return change_with_why(exercise, row.amount, row.before, why)


def average(value: float) -> str:
    """A pain average to one decimal, halves rounded up, in the locale's own digits."""
    return QLocale().toString(one_decimal(value), "f", 1)


def pain_when(day: date, bucket: Bucket) -> str:
    """A check-in line's date: the day, or the week or month its averages stand for."""
    if bucket is Bucket.WEEK:
        return fill(tr("Week of %1"), whole_date(day))
    return point_name(day, bucket.value) if bucket is Bucket.MONTH else whole_date(day)


def period_name(day: date, period: Period) -> str:
    """A table row's date: the day, the week by its Monday, the month or the year."""
    if period is Period.YEAR:
        return QLocale().toString(qdate(day), "yyyy")
    return pain_when(day, Bucket[period.name])


def pain_chart(page: Page, snap: Snapshot) -> None:
    """Pain across the whole range, every point: with the other charts on the first page, where
    a physiotherapist looks first, ahead of the lists."""
    page.section(tr("Pain check-ins (0 = none, 10 = worst)"), PAIN_ROOM if snap.pain else 20)
    if snap.pain:
        pain_lines(page, snap.pain, snap.start, snap.end, snap.bucket)
    else:
        page.text(tr("No check-ins in this period."), 10)
    page.skip(12)


def pain_table(page: Page, snap: Snapshot, table: PainTable | None) -> None:
    """Pain averaged by day, week, month or year: the chart's numbers, to read or copy."""
    table = table or PainTable(_PERIOD[snap.bucket], snap.pain)
    if not table.rows:
        return  # the chart's section said there are none
    heading = {
        Period.DAY: tr("Average pain of each day"),
        Period.WEEK: tr("Average pain of each week"),
        Period.MONTH: tr("Average pain of each month"),
        Period.YEAR: tr("Average pain of each year"),
    }
    page.section(heading[table.period])
    for point in table.rows:
        page.text(f"{period_name(point.day, table.period)}: {levels(point)}", 9, gap=1)


def levels(point: PainPoint) -> str:
    parts = [(tr("back"), point.back), (tr("hip"), point.hip), (tr("knee"), point.knee)]
    return ", ".join(f"{n} {average(v)}" for n, v in parts if v is not None)
