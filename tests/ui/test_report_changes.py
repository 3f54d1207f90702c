"""The report's amounts as a physiotherapist reads them: what each exercise in the routine
asks now, and only real changes, each with its reason in the reader's language and its date
as the reader writes dates."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pdf_text import pdf_words
from wall_fakes import Wall

from foot_coach.actions import coaching, history
from foot_coach.actions.context import Context
from foot_coach.core import progression
from foot_coach.core.progression import Outcome, Source
from foot_coach.core.stats import week_start
from foot_coach.store import queries
from foot_coach.ui.amounts import amount_words
from foot_coach.ui.dates import short_date
from foot_coach.ui.report import write_report

BERLIN = ZoneInfo("Europe/Berlin")
WHY = progression.WHY_GROWN
START, END = date(2026, 10, 1), date(2026, 11, 30)


@pytest.fixture
def ctx(make_coach, language) -> Context:
    wall = Wall(datetime(2026, 11, 3, 9, tzinfo=BERLIN))
    return make_coach(language=language, wall=wall, zone=lambda: BERLIN).ctx


def report_text(ctx: Context, folder: Path) -> str:
    """The report's words, a line wrapped at the page's edge joined again, ligatures ("ﬀ")
    as their letters."""
    snap = queries.snapshot(ctx.store.conn, START, END, week_start(END), START, ctx.catalog.ids)
    extras = history.report_extras(ctx, snap)
    pdf = write_report(folder / "r.pdf", snap, END, ctx.catalog.names(), extras)
    return " ".join(unicodedata.normalize("NFKC", pdf_words(pdf)).split())


def between(text: str, first: str, then: str) -> str:
    return text.split(first, 1)[1].split(then, 1)[0]


# Each change said once, with what it was before, then why: the amount said again ("Now 11
# times: ...") read twice, and a rise of the hold read as if the count had fallen.
LINES = {
    "de": (
        "Zehen krallen: jetzt 11-mal, jeweils 3 s halten (vorher 10-mal) — drei Einheiten "
        "hintereinander geschafft, keine war zu anstrengend",
        "Zehen spreizen: jetzt 12-mal, jeweils 3 s halten (vorher 10-mal) — drei Einheiten "
        "hintereinander geschafft, keine war zu anstrengend",
        "Fußgewölbe anheben: jetzt 13-mal, jeweils 3 s halten (vorher 12-mal) — drei "
        "Einheiten hintereinander geschafft, keine war zu anstrengend",
    ),
    "es": (
        "Encoger los dedos: ahora 11 veces, mantenga 3 s cada vez (antes 10 veces) — tres "
        "sesiones seguidas terminadas y ninguna demasiado difícil",
        "Separar los dedos: ahora 12 veces, mantenga 3 s cada vez (antes 10 veces) — tres "
        "sesiones seguidas terminadas y ninguna demasiado difícil",
        "Elevar el arco: ahora 13 veces, mantenga 3 s cada vez (antes 12 veces) — tres "
        "sesiones seguidas terminadas y ninguna demasiado difícil",
    ),
}


# Dated with the month's name and the whole year: the locale's short date made an English
# report's '1/12/19', which most readers outside the US take for the 1st of December.
DATES = {
    "de": ("3. November 2026", "6. Oktober 2026", "7. Oktober 2026"),
    "es": ("3 de noviembre de 2026", "6 de octubre de 2026", "7 de octubre de 2026"),
}


@pytest.mark.parametrize("language", ["de", "es"], indirect=True)
def test_each_change_is_said_once_with_the_amount_before_in_the_readers_language(
    ctx, tmp_path, language
):
    toe_curls = ctx.catalog.get("toe-curls")
    done = [Outcome(date(2026, 11, d), True) for d in (1, 2, 3)]
    change = progression.after_session(toe_curls, toe_curls.prescription, done, manual=False)
    assert change is not None
    coaching.record(ctx, "toe-curls", change.prescription, Source.AUTO, change.told)
    ctx.store.conn.executemany(  # written before reasons were kept as templates
        "INSERT INTO prescription_changes (at, day, exercise_id, count, hold_s, source, reason) "
        "VALUES (?, ?, 'arch-raises', ?, 3, 'auto', ?)",
        [("2026-10-05T09:00:00+02:00", "2026-10-05", 12, "steady progress"),
         ("2026-10-07T09:00:00+02:00", "2026-10-07", 13, f"Raised to 13 each time: {WHY}")],
    )  # fmt: skip
    ctx.store.conn.execute(  # kept with the words used before "Now 12 times"
        "INSERT INTO prescription_changes (at, day, exercise_id, count, hold_s, source, reason, "
        "what, what_value, why, why_value) VALUES ('2026-10-06T09:00:00+02:00', '2026-10-06', "
        "'toe-spreading', 12, 3, 'auto', '', 'Raised to %1 each time', 12, ?, 0)",
        (WHY,),
    )
    text = report_text(ctx, tmp_path)
    raised, spread, arch = LINES[language]
    nov_3, oct_6, oct_7 = DATES[language]
    assert f"{nov_3} {raised}" in text
    assert f"{oct_6} {spread}" in text
    assert f"{oct_7} {arch}" in text
    assert "2026-11-03" not in text and short_date(date(2026, 11, 3)) not in text
    assert WHY not in text
    assert "steady progress" in text  # an old line, as it was kept


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_only_real_changes_are_listed_and_each_amount_asked_now_is_said(ctx, tmp_path) -> None:
    coaching.set_by_hand(ctx, "toe-curls", 12, 5)
    ctx.wall.now += timedelta(days=1)
    coaching.back_to_automatic(ctx, "toe-curls")  # the same amount, handed back to the rules
    assert ctx.store.conn.execute("SELECT count(*) FROM prescription_changes").fetchone()[0] == 2
    text = report_text(ctx, tmp_path)
    listed = between(text, "Changes to the amount of each exercise", "Foot Coach progress report ·")
    assert listed.count("Toe curls:") == 1 and "set by hand" in listed
    assert listed.strip().startswith("November 3, 2026 Toe curls:")
    assert "back to automatic" not in listed
    now = between(text, "Amount of each exercise in the routine now", "Changes to the amount")
    assert "Toe curls: 12 times, hold 5 s each" in now
    for exercise in (ctx.catalog.get(i) for i in ctx.routine_ids()[1:]):
        assert f"{exercise.name}: {amount_words(exercise, exercise.prescription)}" in now
