"""The report's charts: a bar for every day, week or month of the range, empty ones too, titled
for what a bar stands for, and dated so ten years of them say which year."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import english_dates
from PySide6.QtCore import QLocale

from foot_coach.core.stats import Bucket
from foot_coach.store.queries import MinutesPoint, Snapshot, Totals
from foot_coach.ui import report
from foot_coach.ui.dates import day_label


@pytest.fixture(autouse=True)
def american_dates(english):
    """Dates as an American English report writes them, whatever the machine's own language."""
    with english_dates(QLocale.Country.UnitedStates):
        yield


def snap(start: date, end: date, bucket: Bucket, minutes: list[MinutesPoint]) -> Snapshot:
    none = Totals(0, 0.0)
    return Snapshot(start, end, bucket, minutes, [], [], {}, [], none, none, [])


def test_a_day_without_a_session_keeps_its_place_in_the_chart(qapp) -> None:
    """Bars stand side by side: left out, a month with gaps looked unbroken."""
    days = [MinutesPoint(date(2026, 11, 2), 6.0, 1), MinutesPoint(date(2026, 11, 4), 7.0, 1)]
    labels, minutes, sessions = report.per_point(
        snap(date(2026, 11, 2), date(2026, 11, 4), Bucket.DAY, days)
    )
    assert len(labels) == 3 and minutes == [6.0, 0.0, 7.0] and sessions == [1, 0, 1]


def test_ten_years_are_drawn_by_month_and_say_so(qapp) -> None:
    months = [MinutesPoint(date(2017, 1, 1), 120.0, 20), MinutesPoint(date(2026, 11, 1), 90.0, 15)]
    drawn = report.charts(snap(date(2016, 12, 1), date(2026, 11, 30), Bucket.MONTH, months))
    titles = [title for title, *_ in drawn]
    assert titles == ["Sessions per month", "Active minutes per month"]
    _, labels, values, *_ = drawn[1]
    assert len(values) == 120 and values[1] == 120.0 and values[-1] == 90.0
    assert "2017" in labels[1] and "2026" in labels[-1]


def test_a_years_report_is_drawn_by_week(qapp) -> None:
    weeks = [MinutesPoint(date(2026, 11, 23), 30.0, 5)]
    drawn = report.charts(snap(date(2025, 12, 1), date(2026, 11, 30), Bucket.WEEK, weeks))
    assert [title for title, *_ in drawn] == [
        "Sessions per week",
        "Active minutes per week",
    ]
    assert drawn[0][2][-2:] == [5, 0]  # the week before, then this week so far


def test_a_month_drawn_by_day_counts_sessions_in_every_week_it_touches(qapp) -> None:
    """Days' sessions are summed by week, Monday first, the weeks the range starts and ends
    in counted whole, and a week without a session keeps its bar."""
    days = [
        MinutesPoint(date(2026, 11, 3), 6.0, 1),
        MinutesPoint(date(2026, 11, 5), 7.0, 2),
        MinutesPoint(date(2026, 11, 26), 5.0, 1),
    ]
    drawn = report.charts(snap(date(2026, 11, 1), date(2026, 11, 30), Bucket.DAY, days))
    title, labels, values, *_ = drawn[0]
    assert title == "Sessions per week"
    # Sunday 1 November lies in the week of Monday 26 October; Monday 30 November opens one.
    assert values == [0, 3, 0, 0, 1, 0]
    assert labels[0] == day_label(date(2026, 10, 26))


def test_a_first_or_last_bar_of_only_some_days_says_which_days_it_counts(qapp) -> None:
    """From a Wednesday to a Tuesday: the first and last weeks hold five days and two, and
    their short bars read as sessions given up."""
    drawn = report.charts(snap(date(2026, 8, 26), date(2026, 11, 24), Bucket.DAY, []))
    assert drawn[0][4] == (
        "The bar for Aug 24 counts only Aug 26 to Aug 30."
        " The bar for Nov 23 counts only Nov 23 to Nov 24."
    )
    assert drawn[1][4] == ""  # a bar for each day: all of it is there
    by_month = report.charts(snap(date(2016, 12, 1), date(2026, 11, 24), Bucket.MONTH, []))
    assert by_month[0][4] == by_month[1][4] == "The bar for Nov 2026 counts only Nov 1 to Nov 24."
    monday = report.charts(snap(date(2026, 11, 2), date(2026, 11, 30), Bucket.DAY, []))
    assert monday[0][4] == "The bar for Nov 30 counts only Nov 30."
    whole = report.charts(snap(date(2025, 12, 1), date(2026, 11, 29), Bucket.WEEK, []))
    assert whole[0][4] == whole[1][4] == ""  # Monday to Sunday


def test_pain_averages_are_dated_by_the_week_or_month_they_stand_for(qapp) -> None:
    assert report.pain_when(date(2025, 4, 1), Bucket.MONTH) == "April 2025"
    assert report.pain_when(date(2026, 6, 1), Bucket.WEEK).startswith("Week of ")
    assert "Week" not in report.pain_when(date(2026, 6, 1), Bucket.DAY)
