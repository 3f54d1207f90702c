"""Dates as the person's locale writes them, for charts, read-outs and the PDF report.

Kept apart from the charts so the report and pages can name dates without loading pyqtgraph.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale, QTime


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_format(locale: QLocale) -> str:
    """The locale's own long date without weekday and year: "Nov 24", "24. Nov.", "24 de nov"."""
    text = re.sub(r"d{4}[,.]?\s*", "", locale.dateFormat(QLocale.FormatType.LongFormat))
    text = re.sub(r"(\s*'[^']*')?[\s,]*y+\.?", "", text)
    return text.replace("MMMM", "MMM").strip(" ,")


def day_label(day: date, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(qdate(day), day_format(locale))


def long_date(day: date) -> str:
    """ "Tuesday, November 24, 2026", "Dienstag, 24. November 2026"."""
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def list_date(day: date) -> str:
    """ "Mon, November 30, 2026", "Mo., 30. November 2026", "lun, 30 de noviembre de 2026": the
    long date with a short weekday, for a list read line by line. ISO's "2026-11-30" is no
    language's way of writing a day, and the short date's "11/30/26" is read two ways."""
    locale = QLocale()
    text = locale.dateFormat(QLocale.FormatType.LongFormat).replace("dddd", "ddd")
    return locale.toString(qdate(day), text)


def clock_time(stamp: str) -> str:
    """The wall time of an ISO 8601 stamp as the locale writes it: "2:05 PM", "14:05"."""
    hour, minute = int(stamp[11:13]), int(stamp[14:16])
    return QLocale().toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)


def whole_date(day: date) -> str:
    """ "November 24, 2026", "24. November 2026", "24 de noviembre de 2026": the long date
    without its weekday. For the report, read by someone else, perhaps elsewhere: the short
    date's "1/12/19" is the 1st of December to most of the world, and the 12th of January
    to the US."""
    locale = QLocale()
    text = re.sub(r"d{4}[,.]?\s*", "", locale.dateFormat(QLocale.FormatType.LongFormat))
    return locale.toString(qdate(day), text)


def short_date(day: date) -> str:
    return QLocale().toString(qdate(day), QLocale.FormatType.ShortFormat)


def point_name(day: date, width_days: int) -> str:
    """The day, week (by its first day) or month a chart point stands for."""
    if width_days >= 28:
        return QLocale().toString(qdate(day), "MMMM yyyy")
    return long_date(day)
