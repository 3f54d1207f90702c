"""A cursor down the report's A4 pages, in points: text that wraps, a section's heading kept
with the start of what it names (never alone at the foot of a page) and said again on the page
it runs onto, and a footer on every page with the report's title, the day it was made and
"Page 1 of 2"."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPdfWriter, QPen

from foot_coach.core.words import fill
from foot_coach.system.i18n import tr

FOOTER = 22.0  # kept free at the foot of each page's writing area
HEADING = 12.0


def font(size: float, bold: bool = False) -> QFont:
    chosen = QFont()
    chosen.setPointSizeF(size)
    chosen.setBold(bold)
    return chosen


class Page:
    """Where the next line goes; `total` is the page count, known from a first pass (0 on
    that pass)."""

    def __init__(self, painter: QPainter, writer: QPdfWriter, footer: str, total: int) -> None:
        self.painter, self.writer, self.y = painter, writer, 0.0
        self.width = float(writer.width())
        self.height = float(writer.height()) - FOOTER
        self.footer, self.total, self.number = footer, total, 1
        self.heading: str | None = None  # the section being written, said again after a break

    def room(self, needed: float) -> None:
        """A new page unless `needed` points still fit; a section running on says so."""
        if self.y + needed <= self.height:
            return
        self.finish()
        self.writer.newPage()
        self.number += 1
        self.y = 0.0
        if self.heading:
            self.put(fill(tr("%1 (continued)"), self.heading), HEADING, bold=True, gap=6)

    def section(self, title: str | None, first: float = 40) -> None:
        """A heading, kept on the page of its first `first` points of content: a heading
        at the foot of a page, its list on the next, reads as a section with nothing in it."""
        self.heading = None
        self.room((self.measure(title, HEADING, True) + 6 if title else 0) + first)
        self.heading = title
        if title:
            self.put(title, HEADING, bold=True, gap=6)

    def text(self, line: str, size: float = 11, bold: bool = False, gap: float = 6) -> None:
        # Room for every line it wraps to, not for one and a half: a change and its reason
        # take two lines, in German sometimes three, and the last could reach the footer.
        self.room(self.measure(line, size, bold) + gap)
        self.put(line, size, bold, gap)

    def measure(self, line: str, size: float, bold: bool = False) -> float:
        """The height `line` takes, wrapped to the page's width."""
        self.painter.setFont(font(size, bold))
        box = QRectF(0, 0, self.width, self.painter.fontMetrics().height() * 4)
        return self.painter.boundingRect(box, Qt.TextFlag.TextWordWrap, line).height()

    def skip(self, points: float) -> None:
        """Space after a section, never the cause of a page that would hold only its name."""
        self.y += points

    def put(self, line: str, size: float, bold: bool = False, gap: float = 6) -> None:
        self.painter.setFont(font(size, bold))
        self.painter.setPen(QColor("#000000"))
        height = self.painter.fontMetrics().height()
        box = QRectF(0, self.y, self.width, height * 4)
        used = self.painter.drawText(box, Qt.TextFlag.TextWordWrap, line)
        self.y += used.height() + gap

    def finish(self) -> None:
        """The footer of the page being written: a page that slips out of a pile is placed."""
        top = self.height + FOOTER - 12
        self.painter.setPen(QPen(QColor("#999999"), 0.5))
        self.painter.drawLine(0, int(top - 4), int(self.width), int(top - 4))
        self.painter.setFont(font(8))
        self.painter.setPen(QColor("#444444"))
        box = QRectF(0, top, self.width, 12)
        self.painter.drawText(box, Qt.AlignmentFlag.AlignLeft, self.footer)
        number = fill(tr("Page %1 of %2"), self.number, self.total or self.number)
        self.painter.drawText(box, Qt.AlignmentFlag.AlignRight, number)
