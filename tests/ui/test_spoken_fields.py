"""What Orca 43 says as Tab reaches a field, worked out from what it reads over AT-SPI: for a
slider the name of its label (Labelled-By) and its bare number; for a spin box (a time) the
label's name, then its own name unless every word of it is in the label, then the text shown.
And what Tab reaches at all, and what is said without Tab."""

from __future__ import annotations

import re

from announcements import listen, settle
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from foot_coach.store.settings import Reminder
from foot_coach.ui.first_run import FirstRunDialog
from foot_coach.ui.pages.reminders_page import ReminderRow
from foot_coach.ui.pages.settings_page import SettingsPage

Name = QAccessible.Text.Name
UNIT = {"en": "percent", "de": "Prozent", "es": "porcentaje"}


def _words(text: str) -> set[str]:
    return set(re.sub(r"[\W_]", " ", text).split())


def orca_says(field: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(field)
    label = " ".join(f.text(Name) for f, _ in face.relations(QAccessible.RelationFlag.Label))
    name = face.text(Name)
    if face.role() == QAccessible.Role.Slider:
        return f"{label or name} {face.valueInterface().currentValue()}"
    said = label if label and _words(name) <= _words(label) else f"{label} {name}".strip()
    return f"{said} {face.text(QAccessible.Text.Value)}"


def test_the_volume_is_said_with_its_unit(qtbot, language: str) -> None:
    page = SettingsPage()
    qtbot.addWidget(page)
    page.show_values(70, False, True, "system", 100, "system")
    welcome = FirstRunDialog(70)
    qtbot.addWidget(welcome)
    for _ in range(2):  # to the step with the sound, made as it comes
        welcome.next_button.click()
    for said in (orca_says(page.volume), orca_says(welcome.volume)):
        assert UNIT[language] in said and said.endswith(" 70"), said


def test_a_reminders_time_is_named_once(qtbot) -> None:
    row = ReminderRow(Reminder("09:00"))
    qtbot.addWidget(row)
    assert orca_says(row.time) == "Reminder time 09:00"


def test_a_history_chart_is_one_tab_stop_that_says_its_title_and_summary(qtbot, make_coach) -> None:
    import random
    from datetime import date

    from test_tab_order import tab_stops

    from foot_coach.store.seed import seed_history

    coach = make_coach()
    seed_history(coach.ctx.store.conn, 30, date.today(), random.Random(4))
    coach.window.show()
    coach.window.show_page("history")
    page = coach.window.page("history")
    qtbot.waitUntil(lambda: all(c.placed for c in page.charts.values()))
    stops = tab_stops(page)
    for chart in page.charts.values():
        # Once, the summary: the plot said the same words again.
        assert [s for s in stops if chart.isAncestorOf(s) and s is not chart.table.toggle] == [
            chart.summary
        ]
        summary = QAccessible.queryAccessibleInterface(chart.summary)
        [(title, _)] = summary.relations(QAccessible.RelationFlag.Label)  # said before it
        assert title.text(Name) == chart.name


def test_the_idle_session_page_says_what_to_do_at_a_tab_stop(make_coach) -> None:
    from test_tab_order import tab_stops

    coach = make_coach()
    coach.window.show()
    coach.window.show_page("session")
    page = coach.ctx.pages.session
    said = [QAccessible.queryAccessibleInterface(s).text(Name) for s in tab_stops(page)]
    assert said == ["No session is running. Start your routine here, or practise one "
                    "exercise from the Exercises page.", "Start routine"]  # fmt: skip
    coach.sessions.start(["toe-curls"])
    assert page.detail not in tab_stops(page)  # Space and the keys stay with the session
    assert QAccessible.queryAccessibleInterface(page.detail).text(Name) == page.detail.text()


def test_the_language_note_is_said_as_it_appears(make_coach, monkeypatch) -> None:
    coach = make_coach()
    coach.window.show()
    coach.window.show_page("settings")
    page = coach.ctx.pages.settings
    heard = listen(monkeypatch)
    page.language.setCurrentIndex(page.language.findData("de"))
    page.language.activated.emit(page.language.currentIndex())
    settle()
    assert page.language_note.isVisible()
    assert heard == ["A new language is used from the next start."]


def test_the_welcomes_reminder_time_is_named_shortly_and_described_by_its_sentence(qtbot) -> None:
    """Its label is the step's sentence, which Orca read as the field's name, then the name."""
    welcome = FirstRunDialog(70)
    qtbot.addWidget(welcome)
    welcome.next_button.click()  # to the step with the time, made as it comes
    field = welcome.reminder_time
    assert orca_says(field) == "Reminder time 09:00"
    described = QAccessible.queryAccessibleInterface(field).text(QAccessible.Text.Description)
    assert described == "Pick a time of day that suits you. You can change it later."
