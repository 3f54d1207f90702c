"""A printable progress report (PDF) a person can hand to a physiotherapist or doctor.

Drawn with QPainter on a QPdfWriter: no extra dependency, and the charts are simple enough
to draw directly, so the report never needs pyqtgraph. Drawn twice: the first pass counts
the pages, so each footer can say "Page 1 of 3".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from foot_coach.core.catalog import Exercise, Prescription
from foot_coach.core.stats import Bucket, bucket_starts, partly_covered, streaks, week_start
from foot_coach.core.words import fill
from foot_coach.store import atomic
from foot_coach.store.queries import Snapshot
from foot_coach.store.report_queries import AmountChange, PainTable
from foot_coach.system.i18n import tr
from foot_coach.ui.dates import day_label, long_date, qdate
from foot_coach.ui.report import drawing, sections
from foot_coach.ui.report.page import Page
from foot_coach.ui.report.sections import pain_when as pain_when  # re-exported

Chart = tuple[str, list[str], list[float], str, str]  # title, labels, values, unit, note


@dataclass(frozen=True)
class Extras:
    """What the report reads beyond the History page's snapshot."""

    changes: Sequence[AmountChange] = ()
    exercises: Mapping[str, Exercise] = field(default_factory=dict)
    now: Sequence[tuple[Exercise, Prescription]] = ()  # the routine's amounts, in its order
    pain: PainTable | None = None  # None: the snapshot's points make the table


def write_report(
    path: Path, snap: Snapshot, today: date, names: dict[str, str], extras: Extras | None = None
) -> Path:
    # Made in memory, then written as the settings are: Qt's PDF writer says nothing when the
    # disk refuses bytes, so a full disk left half a report, called saved, in place of the
    # last one. The file is the user's alone from its first byte (health data).
    extras = extras or Extras()
    total = draw(lambda page: content(page, snap, today, names, extras), today)[1]
    pdf = draw(lambda page: content(page, snap, today, names, extras), today, total)[0]
    atomic.write(path, pdf)
    return path


def draw(fill_pages: Callable[[Page], None], today: date, total: int = 0) -> tuple[bytes, int]:
    """The PDF's bytes and its page count."""
    pdf = QBuffer()
    pdf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(pdf)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 14), QPageLayout.Unit.Millimeter)
    writer.setResolution(72)  # one unit = one point
    writer.setTitle(tr("Foot Coach progress report"))
    painter = QPainter(writer)
    made = fill(tr("made on %1"), QLocale().toString(qdate(today), QLocale.FormatType.LongFormat))
    page = Page(painter, writer, f"{tr('Foot Coach progress report')} · {made}", total)
    fill_pages(page)
    page.finish()
    painter.end()
    return pdf.data().data(), page.number


def content(page: Page, snap: Snapshot, today: date, names: dict[str, str], extras: Extras) -> None:
    # The charts first, pain among them: on the first page, the one a physiotherapist reads
    # whole; behind the lists, ten years of changes pushed pain onto a later page.
    summary(page, snap, today)
    for chart in charts(snap):
        drawing.bars(page, *chart)
    sections.pain_chart(page, snap)
    repetitions(page, snap, names)
    sections.asked_now(page, extras.now)
    sections.changes(page, extras.changes, extras.exercises, names)
    sections.pain_table(page, snap, extras.pain)


def weekly_sessions(snap: Snapshot) -> tuple[list[str], list[float]]:
    """Sessions in every week of a range drawn by day, empty weeks too: a day's sessions
    are too few to read as bars, a week's are not."""
    weeks = dict.fromkeys(bucket_starts(snap.start, snap.end, Bucket.WEEK), 0.0)
    for day in snap.minutes:
        weeks[week_start(day.day)] = weeks.get(week_start(day.day), 0) + day.sessions
    return [day_label(d) for d in weeks], list(weeks.values())


def per_point(snap: Snapshot) -> tuple[list[str], list[float], list[float]]:
    """Labels, active minutes and sessions for every point of the range, empty ones as 0:
    bars are drawn side by side, and days left out made a month with gaps look unbroken."""
    firsts = bucket_starts(snap.start, snap.end, snap.bucket)
    minutes, sessions = dict.fromkeys(firsts, 0.0), dict.fromkeys(firsts, 0.0)
    for point in snap.minutes:
        minutes[point.day] = minutes.get(point.day, 0.0) + point.minutes
        sessions[point.day] = sessions.get(point.day, 0.0) + point.sessions
    if snap.bucket is Bucket.MONTH:  # ten years of "Dec 1" would not say which December
        labels = [QLocale().toString(qdate(day), "MMM yyyy") for day in minutes]
    else:
        labels = [day_label(day) for day in minutes]
    return labels, list(minutes.values()), list(sessions.values())


def charts(snap: Snapshot) -> list[Chart]:
    """Sessions and active minutes, a bar for each day, week or month as the range has them
    (the History page's points): a day's bar for each of ten years' days would be too thin."""
    labels, minutes, sessions = per_point(snap)
    if snap.bucket is Bucket.DAY:
        weeks, per_week = weekly_sessions(snap)
        note = partly(snap.start, snap.end, Bucket.WEEK, weeks)
        return [
            (tr("Sessions per week"), weeks, per_week, tr("sessions"), note),
            (tr("Active minutes per day"), labels, minutes, tr("minutes"), ""),
        ]
    note = partly(snap.start, snap.end, snap.bucket, labels)
    if snap.bucket is Bucket.WEEK:
        return [
            (tr("Sessions per week"), labels, sessions, tr("sessions"), note),
            (tr("Active minutes per week"), labels, minutes, tr("minutes"), note),
        ]
    return [
        (tr("Sessions per month"), labels, sessions, tr("sessions"), note),
        (tr("Active minutes per month"), labels, minutes, tr("minutes"), note),
    ]


def partly(start: date, end: date, bucket: Bucket, labels: list[str]) -> str:
    """Which days the first and last bars count where the range holds only some of their week
    or month: a report begun on a Wednesday, or made mid-week, drew a short last bar that read
    as sessions given up."""
    firsts = bucket_starts(start, end, bucket)
    said = []
    for index in dict.fromkeys((0, len(firsts) - 1)):
        held = partly_covered(firsts[index], bucket, start, end)
        if held is None:
            continue
        if held[0] == held[1]:  # a Monday's report: "only 30 Nov to 30 Nov" read as a slip
            said.append(
                fill(tr("The bar for %1 counts only %2."), labels[index], day_label(held[0]))
            )
        else:
            some = tr("The bar for %1 counts only %2 to %3.")
            said.append(fill(some, labels[index], day_label(held[0]), day_label(held[1])))
    return " ".join(said)


def summary(page: Page, snap: Snapshot, today: date) -> None:
    """The title, the range, and the days, sessions and streaks in it."""
    page.text(tr("Foot Coach — progress report"), 18, bold=True)
    page.text(fill(tr("From %1 to %2"), long_date(snap.start), long_date(snap.end)))
    runs = streaks(snap.active, today)
    in_range = [d for d in snap.active if snap.start <= d <= snap.end]
    parts = (
        tr("Active on %n day(s)", "", len(in_range)),
        tr("%n session(s) in total", "", sum(m.sessions for m in snap.minutes)),
        fill(
            tr("current streak %1, best %2"),
            tr("%n day(s)", "", runs.current),
            tr("%n day(s)", "", runs.best),
        ),
    )
    page.text(" · ".join(parts), gap=14)


def repetitions(page: Page, snap: Snapshot, names: dict[str, str]) -> None:
    page.section(tr("Repetitions per exercise"))
    for exercise_id, points in snap.per_exercise.items():
        reps = sum(p.reps for p in points)
        page.text(
            f"{names.get(exercise_id, exercise_id)}: " + tr("%n repetition(s)", "", reps), 10, gap=2
        )
    page.skip(12)
