"""Labels of several lines that Tab reaches are named on one line: Orca 43 says nothing at all
when the focus reaches a label whose name holds a line break (tried on a real desktop: the
History totals and the end of a session were silent Tab stops)."""

from __future__ import annotations

from in_view import shown
from PySide6.QtGui import QAccessible

from foot_coach.store.settings import Settings
from foot_coach.ui.widgets.lines_label import LinesLabel
from foot_coach.ui.widgets.status_line import StatusLine


def named(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_a_label_of_several_lines_is_named_on_one(qtbot) -> None:
    for label in (LinesLabel(), StatusLine()):
        qtbot.addWidget(label)
        label.setText("Current streak: 2 days · Best streak: 6 days\nThis week: 1 session")
        assert label.text().count("\n") == 1  # shown on two lines still
        assert named(label) == "Current streak: 2 days · Best streak: 6 days. This week: 1 session"
        label.setText("One line now")
        assert named(label) == "One line now"  # its words, as any label's


def test_the_end_and_history_summaries_are_named_on_one_line(qtbot, make_coach) -> None:
    coach = make_coach(Settings(muted=True))
    page = coach.ctx.pages.session
    page.show_summary("Today: 5 exercises.\nDay 1 of a new streak.")
    assert named(page.summary) == "Today: 5 exercises. Day 1 of a new streak."
    shown(coach, qtbot, page="history")
    history = coach.window.page("history")
    assert "\n" in history.summary.text() and "\n" not in named(history.summary)
