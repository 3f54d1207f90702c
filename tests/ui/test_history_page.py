"""The History page on seeded data and on an empty history; the PDF report from the same."""

from __future__ import annotations

import random
import subprocess
import textwrap
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pyqtgraph as pg
import pytest
from conftest import themed
from history_pages import TODAY, calls_to, drawn_page, make_page
from pdf_text import pdf_words
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from script_runs import run_script

from foot_coach.core.stats import streaks, week_start
from foot_coach.store import log, queries, report_queries
from foot_coach.store.db import Store
from foot_coach.store.seed import seed_first_days, seed_history
from foot_coach.ui import charts, theme  # loaded: the plots wait for no import
from foot_coach.ui.dates import long_date
from foot_coach.ui.pages import history_charts
from foot_coach.ui.report import Extras, write_report


def test_pyqtgraph_not_imported_until_shown(catalog) -> None:
    code = (
        "import json, sys; from foot_coach.ui.pages import history_page; import foot_coach.app; "
        "print(json.dumps(['pyqtgraph' in sys.modules, 'numpy' in sys.modules]))"
    )
    assert run_script(code) == [False, False]


def test_before_the_chart_libraries_load_the_page_shows_its_words_then_its_plots() -> None:
    script = textwrap.dedent(
        """
        import json, random, sys
        from datetime import date
        from pathlib import Path
        from tempfile import mkdtemp
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication
        from foot_coach.core.stats import Range
        from foot_coach.store import log, queries, report_queries
        from foot_coach.store.db import Store
        from foot_coach.store.seed import seed_history
        from foot_coach.ui.pages.history_page import HistoryPage
        app = QApplication([])
        store = Store.open(Path(mkdtemp()) / "h.sqlite3")
        today = date(2026, 11, 24)
        seed_history(store.conn, 60, today, random.Random(7))
        load = lambda chosen: queries.snapshot(store.conn, date(2026, 10, 25), today,
                                               date(2026, 11, 23), date(2026, 1, 1), ())
        page = HistoryPage(load, lambda: today, {})
        drawn, loop = [], QEventLoop()
        page.sig_charts_drawn.connect(lambda: (drawn.append(1), loop.quit()))
        page.show()
        frames = page.charts.values()
        at_once = [[bool(f.summary.text()) for f in frames], [f.plot is None for f in frames]]
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        later = [drawn, [f.plot is not None for f in frames], "pyqtgraph" in sys.modules]
        print(json.dumps([at_once, later]))
        """
    )
    at_once, later = run_script(script, timeout=120)
    assert at_once == [[True] * 4, [True] * 4]  # words at once, no plot yet
    assert later == [[1], [True] * 4, True]  # the plots once the libraries are in


def test_with_the_libraries_in_the_plots_are_made_a_step_per_turn_then_updated_at_once(
    qtbot, store, catalog
) -> None:
    seed_history(store.conn, 60, TODAY, random.Random(3))
    page = make_page(qtbot, store, catalog)
    turns: list[int] = []
    page.show()  # no event handled yet: the words are in, no plot
    assert all(c.summary.text() and not c.placed for c in page.charts.values())

    def count() -> None:  # the event loop's turns while the plots are made
        if not all(c.placed for c in page.charts.values()):
            turns.append(1)
            QTimer.singleShot(0, count)

    count()
    with qtbot.waitSignal(page.sig_charts_drawn, timeout=10_000):
        pass
    assert len(turns) > 8  # not all in one go: input in between
    plots, drawn = [c.plot for c in page.charts.values()], []
    page.sig_charts_drawn.connect(lambda: drawn.append(1))
    page.range.setCurrentIndex(2)  # made already: updated in place, at once
    assert drawn == [1] and [c.plot for c in page.charts.values()] == plots


def test_the_turn_that_asks_for_the_plots_makes_none_of_them(
    qtbot, store, catalog, monkeypatch
) -> None:
    """It follows the page's first paint and its layout: the first plot made in it too kept
    input waiting for both."""
    seed_history(store.conn, 60, TODAY, random.Random(3))
    made_in_that_turn: list[list[bool]] = []

    def when_loaded(callback) -> None:  # the libraries are in: called back at once
        callback()
        made_in_that_turn.append([c.plot is not None for c in page.charts.values()])

    monkeypatch.setattr(history_charts.warm, "when_loaded", when_loaded)
    page = make_page(qtbot, store, catalog)
    with qtbot.waitSignal(page.sig_charts_drawn, timeout=10_000):
        page.show()
    assert made_in_that_turn == [[False] * 4]
    assert all(c.plot is not None for c in page.charts.values())


def test_plots_made_ahead_are_only_filled_then_and_not_painted_over_and_over(
    qtbot, store, catalog, monkeypatch
) -> None:
    """The load makes the page's plots ahead (ui/warm.py), no more than it uses; the first
    open then makes none. Made as windows of their own, a plot was painted a dozen times
    once placed in its chart."""
    seed_history(store.conn, 60, TODAY, random.Random(3))
    monkeypatch.setattr(charts, "_spares", [])
    monkeypatch.setattr(charts, "_plots_made", 0)
    while charts.make_spare():
        pass
    made = calls_to(monkeypatch, pg.PlotWidget, "__init__")
    paints = calls_to(monkeypatch, pg.GraphicsView, "paintEvent")
    page = make_page(qtbot, store, catalog)
    with qtbot.waitSignal(page.sig_charts_drawn, timeout=10_000):
        page.show()
    plots = [c.plot for c in page.charts.values()]
    assert len(charts._spares) == 0 and len(made) == 0
    assert charts.make_spare() is False  # none more than the page uses
    painted = Counter(id(view) for view, *_ in paints if view in plots)
    # Painted as it is placed, and once more at most as the page lays out around it.
    assert painted and max(painted.values()) <= 2


def test_lines_made_a_few_per_turn_are_each_given_their_data_and_colours_once(
    qtbot, store, catalog, monkeypatch
) -> None:
    """Each turn that made one more line gave every line before it its data again, and each
    chart its palette (axis pens, room for the dates): five reps lines took fifteen data sets,
    each redrawing its every marker, and five palettes."""
    seed_history(store.conn, 60, TODAY, random.Random(3))
    data_calls = calls_to(monkeypatch, pg.PlotDataItem, "setData")
    palette_calls = calls_to(monkeypatch, charts, "use_palette")
    page = make_page(qtbot, store, catalog)
    with qtbot.waitSignal(page.sig_charts_drawn, timeout=10_000):
        page.show()
    lines = [line for key in ("reps", "pain") for line in page.charts[key].lines.values()]
    assert len(lines) == 8  # five exercises, three places
    # not the empty line pyqtgraph starts each one with
    data_set = Counter(id(call[0]) for call in data_calls if len(call) > 1 and len(call[1]))
    palettes = Counter(id(call[0]) for call in palette_calls)
    assert all(data_set[id(line)] <= 2 for line in lines), sorted(data_set.values())
    assert sorted(palettes.values()) == [1, 1, 1, 1]


def test_no_line_is_measured_for_a_range_the_chart_sets_itself(
    qtbot, store, catalog, monkeypatch
) -> None:
    """Each chart gives its own ranges once drawn; pyqtgraph's automatic range measured the
    lines' extent again as each was added."""
    seed_history(store.conn, 60, TODAY, random.Random(3))
    measured = calls_to(monkeypatch, pg.PlotDataItem, "dataBounds")
    page = make_page(qtbot, store, catalog)
    with qtbot.waitSignal(page.sig_charts_drawn, timeout=10_000):
        page.show()
    assert len(page.charts["reps"].lines) == 5
    assert measured == []
    plot = page.charts["reps"].plot
    assert plot is not None
    (x0, x1), (y0, y1) = plot.getViewBox().viewRange()
    assert x0 < charts.stamp(TODAY - timedelta(days=29)) and charts.stamp(TODAY) < x1
    assert y0 < 0 < y1  # from 0 up


@pytest.mark.parametrize("mode", [theme.Mode.LIGHT, theme.Mode.DARK], ids=lambda m: m.value)
@pytest.mark.parametrize("size", [(1280, 800), (800, 500)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_seeded_history_numbers_match(qtbot, store, catalog, artifacts, mode, size) -> None:
    with themed(mode):
        QApplication.processEvents()
        seed_history(store.conn, 400, TODAY, random.Random(7))
        page = drawn_page(qtbot, store, catalog, size)  # the picture below shows them
        total = store.conn.execute("SELECT count(*) FROM sessions").fetchone()[0]
        week = store.conn.execute(
            "SELECT count(*) FROM sessions WHERE day >= ?", (week_start(TODAY).isoformat(),)
        ).fetchone()[0]
        days = [date.fromisoformat(r[0]) for r in store.conn.execute(
            "SELECT DISTINCT day FROM sets WHERE done_reps > 0")]  # fmt: skip
        runs = streaks(days, TODAY)
        text = page.summary.text()
        assert f"In total: {total} sessions" in text
        assert f"This week: {week} session{'s' if week != 1 else ''}," in text
        assert f"Current streak: {runs.current} day" in text
        assert f"Best streak: {runs.best} days" in text
        assert page.sessions.count() == min(50, total)
        month = store.conn.execute(
            "SELECT sum(active_ms) / 60000.0 FROM sessions WHERE day >= ?",
            ((TODAY - timedelta(days=30)).isoformat(),),
        ).fetchone()[0]
        assert f"{month:.0f} active minutes" in page.charts["minutes"].summary.text()
        stamp = page.snapshot.minutes[-1].day

        page.charts["minutes"].hover_at(charts.stamp(stamp))
        assert (
            f"{page.snapshot.minutes[-1].minutes:.1f} minutes"
            in page.charts["minutes"].readout.text()
        )
        QApplication.processEvents()  # let the layout settle before the picture
        assert page.chart_area.isVisible()
        page.grab().save(str(artifacts / f"history-{mode.value}-{size[0]}x{size[1]}.png"))
    QApplication.processEvents()


def test_empty_history_says_so(qtbot, store, catalog, artifacts) -> None:
    page = make_page(qtbot, store, catalog)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    assert page.empty.isVisible()
    assert not page.chart_area.isVisible()
    assert "In total: 0 sessions" in page.summary.text()
    QApplication.processEvents()
    page.grab().save(str(artifacts / "history-empty.png"))


@pytest.mark.parametrize("days, opens_on", [(6, "Last week"), (8, "Last month")])
def test_a_first_week_opens_on_the_last_week(qtbot, store, catalog, days, opens_on) -> None:
    """A newcomer's six days were six bars bunched at the right end of a month."""
    seed_first_days(store.conn, days, TODAY, random.Random(2))
    page = make_page(qtbot, store, catalog)
    page.show()
    assert page.range.currentText() == opens_on
    assert (page.snapshot.end - page.snapshot.start).days + 1 == (7 if days == 6 else 31)


def test_a_range_the_person_chose_stays_as_the_history_grows(qtbot, store, catalog) -> None:
    page = make_page(qtbot, store, catalog)
    page.show()  # nothing yet: the range is left to open on the first history
    seed_first_days(store.conn, 2, TODAY, random.Random(2))
    page.mark_stale()
    assert page.range.currentText() == "Last week"
    page.range.setCurrentIndex(2)
    page.mark_stale()
    assert page.range.currentText() == "Last year"


def test_counts_of_one_are_singular(qtbot, store, catalog, tmp_path) -> None:
    seed_first_days(store.conn, 1, TODAY, random.Random(2))
    page = make_page(qtbot, store, catalog)
    page.show()
    qtbot.waitExposed(page)
    text = page.summary.text()
    assert "Current streak: 1 day · Best streak: 1 day" in text
    assert "This week: 1 session," in text and "In total: 1 session" in text
    assert page.charts["calendar"].summary.text() == "Active on 1 day this year."
    snap = page.snapshot
    pdf = write_report(tmp_path / "one.pdf", snap, TODAY, {})
    words = pdf_words(pdf)
    assert "Active on 1 day · 1 session in total · current streak 1 day, best 1 day" in words


def test_pain_averages_have_one_decimal_rounded_half_up(store, tmp_path) -> None:
    seed_first_days(store.conn, 1, TODAY, random.Random(2))
    store.conn.execute("DELETE FROM checkins")
    for back in (2, 3, 2, 2):  # 2.25 -> 2.3 (round() would give 2.2)
        store.conn.execute(
            "INSERT INTO checkins (at, day, moment, back) VALUES (?, ?, 'before', ?)",
            (f"{TODAY}T09:00:00+01:00", TODAY.isoformat(), back),
        )
    start = TODAY - timedelta(days=6)
    snap = queries.snapshot(store.conn, start, TODAY, week_start(TODAY), start, ())
    pdf = write_report(tmp_path / "pain.pdf", snap, TODAY, {})
    words = pdf_words(pdf)
    assert "back 2.3" in words
    assert pdf.stat().st_mode & 0o777 == 0o600  # health data: the user's alone


def _reps_done(store: Store, day: date, done: dict[str, int]) -> None:
    at = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
    sid = log.start_session(store.conn, at, list(done))
    for position, (exercise, reps) in enumerate(done.items()):
        set_id = log.start_set(store.conn, sid, position, exercise, "both", "none", 10, 3, 0, at)
        for _ in range(reps):
            log.record_rep(store.conn, set_id, 1000)
    log.end_session(store.conn, sid, at, "completed")


def test_reps_summary_names_the_exercises_drawn_as_one_line(qtbot, store, catalog) -> None:
    _reps_done(
        store, TODAY - timedelta(days=1), {"toe-curls": 8, "arch-raises": 8, "ankle-circles": 5}
    )
    _reps_done(store, TODAY, {"toe-curls": 10, "arch-raises": 10, "ankle-circles": 10})
    page = make_page(qtbot, store, catalog)
    page.show()
    qtbot.waitExposed(page)
    summary = page.charts["reps"].summary.text()
    assert summary.endswith(
        "These have the same counts, so their lines lie on top of each other: "
        "Toe curls, Arch raises."
    )
    _reps_done(store, TODAY, {"arch-raises": 1})
    page.mark_stale()
    assert "on top of each other" not in page.charts["reps"].summary.text()


def test_range_picker_changes_what_is_drawn(qtbot, store, catalog) -> None:
    seed_history(store.conn, 400, TODAY, random.Random(3))
    page = make_page(qtbot, store, catalog)
    page.show()
    qtbot.waitExposed(page)
    page.range.setCurrentIndex(0)
    assert page.snapshot.start == TODAY - timedelta(days=6)
    page.range.setCurrentIndex(3)
    assert page.snapshot.start == queries.first_day(store.conn)


def test_pdf_report(qtbot, store, catalog, tmp_path, artifacts) -> None:
    seed_history(store.conn, 120, TODAY, random.Random(5))
    start = TODAY - timedelta(days=90)
    snap = queries.snapshot(store.conn, start, TODAY, week_start(TODAY), start, catalog.ids)
    defaults = {e.id: e.prescription for e in catalog.exercises}
    changes = report_queries.amount_changes(store.conn, start, TODAY, defaults)
    names = {e.id: e.name for e in catalog.exercises}
    pdf = write_report(tmp_path / "report.pdf", snap, TODAY, names, Extras(changes))
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert (
        data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type/Page") >= 1
        or b"/Count" in data
    )
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(artifacts / "report")],
        check=True,
        timeout=60,
    )
    assert list(artifacts.glob("report-*1.png"))


def test_a_past_session_is_said_with_its_date_in_words(qtbot, store, catalog) -> None:
    """ "2026-11-28" was read out digit group by digit group."""
    from PySide6.QtGui import QAccessible

    seed_first_days(store.conn, 1, TODAY, random.Random(2))
    page = make_page(qtbot, store, catalog)
    page.show()
    qtbot.waitExposed(page)
    shown = page.sessions.item(0).text()
    view = QAccessible.queryAccessibleInterface(page.sessions)
    said = view.child(0).text(QAccessible.Text.Name)
    assert said.startswith(long_date(TODAY) + ", ") and said.endswith(shown.split(", ", 2)[2])


@pytest.mark.parametrize(
    "language, written",
    [
        ("en", "Tue, November 24, 2026, "),
        ("de", "Di., 24. November 2026, "),
        ("es", "mar, 24 de noviembre de 2026, "),
    ],
    indirect=["language"],
)
def test_a_past_session_shows_its_date_as_the_language_writes_it(
    qtbot, store, catalog, language, written
) -> None:
    """Every language saw "2026-11-24 08:15": no one writes a day that way."""
    seed_first_days(store.conn, 1, TODAY, random.Random(2))
    page = make_page(qtbot, store, catalog)
    page.show()
    started = store.conn.execute("SELECT started_at FROM sessions").fetchone()[0]
    shown = page.sessions.item(0).text()
    assert shown.startswith(written) and TODAY.isoformat() not in shown
    hour, minute = int(started[11:13]), int(started[14:16])
    # CLDR's narrow no-break space: "PM" never wraps away from its time.
    clock = f"{hour % 12 or 12}:{minute:02d}\u202f{'PM' if hour >= 12 else 'AM'}"
    assert shown[len(written) :].startswith(clock if language == "en" else started[11:16])
