"""The report as a physiotherapist reads it on paper: every page placed by its footer, a list
that runs onto the next page named again there, charts with a scale, and pain over the whole
range, not only its latest weeks."""

from __future__ import annotations

import re
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import english_dates
from pdf_text import pdf_words
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage

from foot_coach.core.stats import Bucket, bucket_for, week_start
from foot_coach.store import queries, report_queries
from foot_coach.store.queries import ExercisePoint, MinutesPoint, Snapshot, Totals
from foot_coach.ui.pages import history_series
from foot_coach.ui.report import Extras, write_report

TODAY = date(2026, 11, 30)


@pytest.fixture(autouse=True)
def british_dates(english):
    """Dates as a British English report writes them, whatever the machine's own language."""
    with english_dates(QLocale.Country.UnitedKingdom):
        yield


def snap(start: date, **parts: object) -> Snapshot:
    none = Totals(0, 0.0)
    fields: dict = dict(minutes=[], active=[], year_active=[], per_exercise={}, pain=[])
    fields.update(parts)
    return Snapshot(start, TODAY, bucket_for(start, TODAY), **fields, week=none, all_time=none,
                    sessions=[])  # fmt: skip


def many_exercises(n: int) -> Snapshot:
    ids = [f"own-{i}" for i in range(n)]
    return snap(
        TODAY - timedelta(days=6), per_exercise={i: [ExercisePoint(TODAY, 10, 0)] for i in ids}
    )


def test_every_page_says_which_of_how_many_it_is_and_what_report_from_when(qapp, tmp_path):
    pdf = write_report(tmp_path / "r.pdf", many_exercises(60), TODAY, {})
    first, second = pdf_words(pdf, 1), pdf_words(pdf, 2)
    assert "Page 1 of 2" in first and "Page 2 of 2" in second
    for text in (first, second):
        assert "Foot Coach progress report · made on Monday, 30 November 2026" in text


def test_a_list_that_runs_onto_the_next_page_is_named_again_there(qapp, tmp_path) -> None:
    pdf = write_report(tmp_path / "r.pdf", many_exercises(60), TODAY, {})
    second = pdf_words(pdf, 2)
    assert second.lstrip().startswith("Repetitions per exercise (continued)")
    assert "own-59: 10 " in second


def test_a_short_report_is_one_page_and_names_no_list_twice(qapp, tmp_path) -> None:
    pdf = write_report(tmp_path / "r.pdf", many_exercises(2), TODAY, {})
    assert "Page 1 of 1" in pdf_words(pdf) and "(continued)" not in pdf_words(pdf)


def test_the_bar_charts_have_a_scale_of_round_values(qapp, tmp_path) -> None:
    """Numbers beside the bars: without them "Highest" was the only measure."""
    days = [MinutesPoint(TODAY - timedelta(days=d), 8.0 + d * 7, 1) for d in range(7)]
    pdf = write_report(tmp_path / "r.pdf", snap(TODAY - timedelta(days=6), minutes=days), TODAY, {})
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, timeout=60
    ).stdout
    margin = min(float(x) for x in re.findall(r'<word xMin="([\d.]+)"', html))
    numbers = re.findall(r'<word xMin="([\d.]+)"[^>]*>(\d+)</word>', html)
    scale = [int(n) for x, n in numbers if float(x) < margin + 30]  # left of the bars
    assert scale == [6, 4, 2, 0, 50, 40, 30, 20, 10, 0]  # sessions by week, minutes by day
    assert "Highest: 50 minutes" in pdf_words(pdf)


def checkins_each_week(store, start: date) -> None:
    day = start
    while day <= TODAY:
        store.conn.execute(
            "INSERT INTO checkins (at, day, moment, back, hip, knee) "
            "VALUES (?, ?, 'before', 3, 5, 1)",
            (f"{day}T09:00:00+01:00", day.isoformat()),
        )
        day += timedelta(days=7)


def year_report(store, tmp_path: Path) -> Path:
    start = TODAY - timedelta(days=364)
    checkins_each_week(store, start)
    whole = queries.snapshot(store.conn, start, TODAY, week_start(TODAY), start, ())
    pain = report_queries.pain_table(store.conn, start, TODAY)
    return write_report(tmp_path / "year.pdf", whole, TODAY, {}, Extras(pain=pain))


def test_a_years_pain_is_shown_from_its_first_month_to_its_last(qapp, store, tmp_path) -> None:
    """The last 20 weeks alone were listed: a year's report from December began in July."""
    text = pdf_words(year_report(store, tmp_path))
    months = re.findall(r"^(\w+ 20\d\d): back 3.0, hip 5.0, knee 1.0$", text, re.MULTILINE)
    assert months[0] == "December 2025" and months[-1] == "November 2026"
    assert len(months) == 12
    assert "Average pain of each month" in text


def test_pain_is_drawn_as_a_line_for_each_part_across_the_range(qapp, store, tmp_path) -> None:
    pdf = year_report(store, tmp_path)
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(tmp_path / "p")], check=True,
                   timeout=60)  # fmt: skip
    seen = {"hip": 0, "knee": 0}
    for png in tmp_path.glob("p-*.png"):
        image = QImage(str(png))
        for y in range(image.height()):
            for x in range(image.width()):
                red, green, blue, _ = image.pixelColor(x, y).getRgb()
                seen["hip"] += red > 150 and green < 90 and blue < 90
                seen["knee"] += green > 90 and red < 90 and blue < 90
    assert seen["hip"] > 100 and seen["knee"] > 100


def test_a_month_of_daily_check_ins_lists_every_one_without_a_table_given(qapp, tmp_path):
    """A report from the History page's points alone lists them all (20 were kept)."""
    start = TODAY - timedelta(days=29)
    days = [queries.PainPoint(start + timedelta(days=d), 2.0, None, None) for d in range(30)]
    whole = snap(start, pain=days)
    assert whole.bucket is Bucket.DAY
    text = pdf_words(write_report(tmp_path / "m.pdf", whole, TODAY, {}))
    assert text.count("back 2.0") == 30


def test_the_pain_charts_legend_names_the_parts_as_the_history_chart_does(
    qapp, store, tmp_path, language: str
) -> None:
    """Its legend read "back hip knee" under a report written in sentence case, where the
    History chart's key says "Back", "Hip" and "Knee"; in each language alike."""
    key = list(history_series.pain(snap(TODAY, pain=[queries.PainPoint(TODAY, 1, 1, 1)])))
    lines = [line.strip() for line in pdf_words(year_report(store, tmp_path)).splitlines()]
    assert all(name in lines for name in key), key  # each beside its stretch of line
    assert not {name.lower() for name in key} & set(lines)
