"""The report's charts, drawn with QPainter: bars of sessions and minutes, and lines of pain
over the whole range, each beside a light scale of round values."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QLineF, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from foot_coach.core.stats import Bucket, bucket_start, round_steps
from foot_coach.core.words import fill
from foot_coach.store.queries import PainPoint
from foot_coach.system.i18n import tr
from foot_coach.ui.dates import day_label, qdate
from foot_coach.ui.report.page import Page, font

GUTTER = 30.0  # left of a chart: its scale's numbers
BAR_HEIGHT = 120.0
PAIN_HEIGHT = 100.0
PAIN_ROOM = PAIN_HEIGHT + 40  # the chart with its dates and legend below
GRID = QColor("#DDDDDD")
# Told apart by line as well as colour: a report is often printed in black and white.
PAIN_LINES = (
    ("#1565C0", Qt.PenStyle.SolidLine),
    ("#C62828", Qt.PenStyle.DashLine),
    ("#2E7D32", Qt.PenStyle.DotLine),
)


def scale(page: Page, top_y: float, height: float, steps: Sequence[float]) -> None:
    """Light lines across the chart at each round value, its number on the left."""
    painter, top = page.painter, steps[-1]
    painter.setFont(font(7))
    for value in steps:
        y = top_y + height - height * value / top
        painter.setPen(QPen(GRID, 0.5))
        painter.drawLine(QLineF(GUTTER, y, page.width, y))
        painter.setPen(QColor("#555555"))
        box = QRectF(0, y - 6, GUTTER - 4, 12)
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(box, align, QLocale().toString(int(value)))


def x_labels(page: Page, top: float, labels: Sequence[str], slot: float) -> None:
    """Every label that has room, none over its neighbour."""
    painter = page.painter
    painter.setFont(font(7))
    painter.setPen(QColor("#000000"))
    widest = max((painter.fontMetrics().horizontalAdvance(t) for t in labels), default=0)
    step = max(1, int(-(-(widest + 6) // slot)))
    for i in range(0, len(labels), step):
        painter.drawText(QRectF(GUTTER + i * slot, top, slot * step, 12), labels[i])


def bars(
    page: Page, title: str, labels: list[str], values: list[float], unit: str, note: str
) -> None:
    page.section(title, BAR_HEIGHT + 40 + (page.measure(note, 9) + 6 if note else 0))
    top, peak = page.y, max(values, default=0)
    steps = round_steps(peak)
    scale(page, top, BAR_HEIGHT, steps)
    slot = (page.width - GUTTER) / max(1, len(values))
    for i, value in enumerate(values):
        h = BAR_HEIGHT * value / steps[-1]
        rect = QRectF(GUTTER + i * slot + slot * 0.15, top + BAR_HEIGHT - h, slot * 0.7, h)
        page.painter.fillRect(rect, QColor("#1565C0"))
    x_labels(page, top + BAR_HEIGHT + 2, labels, slot)
    page.y = top + BAR_HEIGHT + 20
    page.text(fill(tr("Highest: %1 %2"), f"{peak:.0f}", unit), 9)
    if note:
        page.text(note, 9)
    page.skip(8)  # apart from the next chart's heading, as a list is


def pain_lines(
    page: Page, points: Sequence[PainPoint], start: date, end: date, bucket: Bucket
) -> None:
    """Back, hip and knee across the whole range, each point at the middle of the day, week
    or month it averages; a legend says which line is which."""
    page.room(PAIN_ROOM)
    top, days = page.y, (end - start).days + 1
    scale(page, top, PAIN_HEIGHT, [0, 2, 4, 6, 8, 10])
    width = page.width - GUTTER

    def where(day: date, value: float) -> QPointF:
        first = max(bucket_start(day, bucket), start)
        middle = (first - start).days + min(bucket.value, (end - first).days + 1) / 2
        return QPointF(GUTTER + width * middle / days, top + PAIN_HEIGHT * (1 - value / 10))

    page.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for part, (colour, style) in enumerate(PAIN_LINES):
        shown = [
            where(p.day, v) for p in points if (v := (p.back, p.hip, p.knee)[part]) is not None
        ]
        page.painter.setPen(QPen(QColor(colour), 1.4, style))
        page.painter.drawPolyline(shown)
        page.painter.setBrush(QColor(colour))
        for point in shown:
            page.painter.drawEllipse(point, 1.6, 1.6)
    page.painter.setBrush(Qt.BrushStyle.NoBrush)
    range_ends(page, top + PAIN_HEIGHT + 2, start, end)
    page.y = top + PAIN_HEIGHT + 18
    legend(page)


def range_ends(page: Page, top: float, start: date, end: date) -> None:
    """The range's first, middle and last day under a chart across it, each held to its end
    of the chart (the middle one centred)."""
    days = (end - start).days + 1
    width = page.width - GUTTER
    aligns = (
        Qt.AlignmentFlag.AlignLeft,
        Qt.AlignmentFlag.AlignHCenter,
        Qt.AlignmentFlag.AlignRight,
    )
    page.painter.setFont(font(7))
    page.painter.setPen(QColor("#000000"))
    for i, day in enumerate((start, start + timedelta(days=days // 2), end)):
        box = QRectF(GUTTER + width * i / 2 - 60 * i, top, 120, 12)
        page.painter.drawText(box, aligns[i], long_label(day, days))


def long_label(day: date, days: int) -> str:
    """A date under the pain chart, with its year when the range spans more than one."""
    if days > 92:
        return QLocale().toString(qdate(day), "MMM yyyy")
    return day_label(day)


def legend_names() -> tuple[str, str, str]:
    return tr("Back"), tr("Hip"), tr("Knee")


def legend(page: Page) -> None:
    """A short stretch of each line with its name, capitalised as every other name in the
    report is (and as the History chart's key has them)."""
    painter, x = page.painter, GUTTER
    painter.setFont(font(9))
    names = legend_names()
    for (colour, style), name in zip(PAIN_LINES, names, strict=True):
        painter.setPen(QPen(QColor(colour), 1.4, style))
        painter.drawLine(QLineF(x, page.y + 7, x + 22, page.y + 7))
        painter.setPen(QColor("#000000"))
        painter.drawText(QRectF(x + 26, page.y, 80, 14), Qt.AlignmentFlag.AlignLeft, name)
        x += 26 + painter.fontMetrics().horizontalAdvance(name) + 18
    page.y += 22
