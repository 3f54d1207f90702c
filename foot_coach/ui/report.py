"""A printable progress report (PDF) a person can hand to a physiotherapist or doctor.

Drawn with QPainter on a QPdfWriter: no extra dependency, and the charts are simple enough
to draw directly, so the report never needs pyqtgraph.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from foot_coach.core.stats import Bucket, bucket_starts, one_decimal, streaks, week_start
from foot_coach.core.words import fill
from foot_coach.store import atomic
from foot_coach.store.queries import Snapshot
from foot_coach.system.i18n import tr
from foot_coach.ui.dates import day_label, long_date, point_name, qdate, short_date


class _Page:
    """A cursor down an A4 page, in points."""

    def __init__(self, painter: QPainter, writer: QPdfWriter) -> None:
        self.painter, self.writer, self.y = painter, writer, 0.0
        self.width, self.height = float(writer.width()), float(writer.height())

    def room(self, needed: float) -> None:
        if self.y + needed > self.height:
            self.writer.newPage()
            self.y = 0.0

    def text(self, line: str, size: float = 11, bold: bool = False, gap: float = 6) -> None:
        self.room(size * 2 + gap)
        font = QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        self.painter.setFont(font)
        height = self.painter.fontMetrics().height()
        box = QRectF(0, self.y, self.width, height * 4)
        used = self.painter.drawText(box, Qt.TextFlag.TextWordWrap, line)
        self.y += used.height() + gap

    def bars(self, title: str, labels: list[str], values: list[float], unit: str) -> None:
        self.room(190)
        self.text(title, 12, bold=True)
        height, top = 120.0, self.y
        peak = max(values, default=0) or 1
        slot = self.width / max(1, len(values))
        self.painter.setPen(QPen(QColor("#555555"), 0.5))
        self.painter.drawLine(0, int(top + height), int(self.width), int(top + height))
        for i, value in enumerate(values):
            h = height * value / peak
            rect = QRectF(i * slot + slot * 0.15, top + height - h, slot * 0.7, h)
            self.painter.fillRect(rect, QColor("#1565C0"))
        font = QFont()
        font.setPointSizeF(7)
        self.painter.setFont(font)
        self.painter.setPen(QColor("#000000"))
        step = max(1, len(labels) // 12)
        for i in range(0, len(labels), step):
            self.painter.drawText(QRectF(i * slot, top + height + 2, slot * step, 12), labels[i])
        self.y = top + height + 20
        self.text(fill(tr("Highest: %1 %2"), f"{peak:.0f}", unit), 9)


def average(value: float) -> str:
    """A pain average to one decimal, halves rounded up, in the locale's own digits."""
    return QLocale().toString(one_decimal(value), "f", 1)


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


def charts(page: _Page, snap: Snapshot) -> None:
    """Sessions and active minutes, a bar for each day, week or month as the range has them
    (the History page's points): a day's bar for each of ten years' days would be too thin."""
    labels, minutes, sessions = per_point(snap)
    if snap.bucket is Bucket.DAY:
        page.bars(tr("Sessions per week"), *weekly_sessions(snap), tr("sessions"))
        page.bars(tr("Active minutes per day"), labels, minutes, tr("minutes"))
    elif snap.bucket is Bucket.WEEK:
        page.bars(tr("Sessions per week"), labels, sessions, tr("sessions"))
        page.bars(tr("Active minutes per week"), labels, minutes, tr("minutes"))
    else:
        page.bars(tr("Sessions per month"), labels, sessions, tr("sessions"))
        page.bars(tr("Active minutes per month"), labels, minutes, tr("minutes"))


def pain_when(day: date, bucket: Bucket) -> str:
    """A check-in line's date: the day, or the week or month its averages stand for."""
    if bucket is Bucket.WEEK:
        return fill(tr("Week of %1"), short_date(day))
    return point_name(day, bucket.value) if bucket is Bucket.MONTH else short_date(day)


def write_report(
    path: Path,
    snap: Snapshot,
    today: date,
    names: dict[str, str],
    prescriptions: list[tuple[str, str, int, int, int, str]],
) -> Path:
    # Made in memory, then written as the settings are: Qt's PDF writer says nothing when the
    # disk refuses bytes, so a full disk left half a report, called saved, in place of the
    # last one. The file is the user's alone from its first byte (health data).
    pdf = QBuffer()
    pdf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(pdf)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(72)  # one unit = one point
    writer.setTitle(tr("Foot Coach progress report"))
    painter = QPainter(writer)
    page = _Page(painter, writer)
    summary(page, snap, today)
    charts(page, snap)
    repetitions(page, snap, names)
    changes(page, prescriptions, names)
    pain(page, snap)
    painter.end()
    atomic.write(path, pdf.data().data())
    return path


def summary(page: _Page, snap: Snapshot, today: date) -> None:
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


def repetitions(page: _Page, snap: Snapshot, names: dict[str, str]) -> None:
    page.text(tr("Repetitions per exercise"), 12, bold=True)
    for exercise_id, points in snap.per_exercise.items():
        reps = sum(p.reps for p in points)
        page.text(
            f"{names.get(exercise_id, exercise_id)}: " + tr("%n repetition(s)", "", reps), 10, gap=2
        )
    page.text(" ", 6)


def changes(
    page: _Page, prescriptions: list[tuple[str, str, int, int, int, str]], names: dict[str, str]
) -> None:
    """The latest changes to how much of each exercise is asked, with their reasons."""
    page.text(tr("Changes to the amount of each exercise"), 12, bold=True)
    for day, exercise_id, count, hold, pace, reason in prescriptions[-15:]:
        detail = f"{count}×" + (f", {hold} s" if hold else f", {pace} s/beat" if pace else "")
        page.text(f"{day}  {names.get(exercise_id, exercise_id)}: {detail}  {reason}", 9, gap=1)
    if not prescriptions:
        page.text(tr("No changes in this period."), 10)
    page.text(" ", 6)


def pain(page: _Page, snap: Snapshot) -> None:
    """The latest pain averages, each dated by the day, week or month it stands for."""
    page.text(tr("Pain check-ins (0 = none, 10 = worst)"), 12, bold=True)
    for point in snap.pain[-20:]:
        parts = [(tr("back"), point.back), (tr("hip"), point.hip), (tr("knee"), point.knee)]
        shown = ", ".join(f"{n} {average(v)}" for n, v in parts if v is not None)
        page.text(f"{pain_when(point.day, snap.bucket)}: {shown}", 9, gap=1)
    if not snap.pain:
        page.text(tr("No check-ins in this period."), 10)
