"""The session's countdown and count reach a screen reader as text and as a value, not only
inside a name; the process exits cleanly after (PySide6 6.8 included: make test runs this file
there too). The real AT-SPI side is tests/system/test_atspi.py."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from foot_coach.core.phase_kind import PhaseKind
from foot_coach.core.routine import compile_routine, items_for
from foot_coach.core.session import PhaseStarted, Status, View
from foot_coach.ui.pages.session_page import SessionPage


def reading(label) -> tuple[str, int, int]:
    face = QAccessible.queryAccessibleInterface(label)
    text, value = face.textInterface(), face.valueInterface()
    return text.text(0, text.characterCount()), value.currentValue(), value.maximumValue()


def test_the_countdown_and_the_count_are_text_and_value(qtbot, catalog) -> None:
    page = SessionPage()
    qtbot.addWidget(page)
    plan = compile_routine(items_for(catalog, ["toe-curls"]))
    hold = next(p for p in plan.phases if p.kind is PhaseKind.HOLD and p.rep == 2)
    page.load(plan)
    page.show_phase(PhaseStarted(4, hold, 0))
    page.show_view(View(Status.RUNNING, 4, hold, 2_400, 3, 0.2, 9_000))
    seconds = -(-hold.duration_ms // 1000)
    assert reading(page.countdown) == ("3", 3, seconds)
    assert reading(page.rep) == (f"2 of {hold.reps}", 2, hold.reps)
    assert page.countdown.accessibleName() == "Seconds left: 3"


def test_a_label_without_a_count_reads_empty(qtbot) -> None:
    page = SessionPage()
    qtbot.addWidget(page)
    face = QAccessible.queryAccessibleInterface(page.rep)
    assert face.textInterface().characterCount() == 0 and face.valueInterface().maximumValue() == 0
