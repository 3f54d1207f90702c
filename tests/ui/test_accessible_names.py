"""Every control on every page has an accessible name and a tooltip (with its key, if any)."""

from __future__ import annotations

import pytest
from conftest import NOT_ENGLISH, PAGES
from dialog_steps import each_step, small_dialogs
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QWidget,
)

from foot_coach.app import Coach
from foot_coach.store.settings import Reminder, Settings

CONTROLS = (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit, QListWidget)


@pytest.fixture
def coach(make_coach):
    made = make_coach(Settings(muted=True, reminders=(Reminder("09:00"),)))
    made.window.show()
    return made


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for control in root.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or not control.isVisibleTo(root):
            continue
        if type(control).__name__.startswith(("QScrollBar", "QLineEdit")):
            continue  # scroll bars, and the line edit inside a spin box, belong to their owner
        label = getattr(control, "text", lambda: "")() or type(control).__name__
        if not control.accessibleName():
            missing.append(f"{label}: no accessible name")
        if not control.toolTip():
            missing.append(f"{label}: no tooltip")
    return missing


def shown(coach: Coach, page: str) -> QWidget:
    """The page on screen; the session page with a session under way, its controls shown."""
    if page == "session":
        coach.sessions.start(["toe-curls"])
    coach.window.show_page(page)
    return coach.window.page(page)


@pytest.mark.parametrize("page", PAGES)
def test_every_control_is_named(coach: Coach, page: str) -> None:
    missing = unnamed(shown(coach, page))
    assert missing == [], "; ".join(missing)


@NOT_ENGLISH
def test_no_name_has_spaces_at_its_ends(language: str, make_coach) -> None:
    """German writes "Notiz hinzufügen …": a name made from the text without its "…" kept the
    space before it."""
    coach = make_coach(Settings(muted=True, reminders=(Reminder("09:00"),)))
    coach.window.show()
    loose = [
        f"{page}: {name!r}"
        for page in PAGES
        for control in shown(coach, page).findChildren(QWidget)
        if (name := control.accessibleName()) != name.strip()
    ]
    assert loose == []


def test_dialog_controls_are_named(qtbot) -> None:
    dialogs = small_dialogs()
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    missing = []
    for dialog in each_step(dialogs):
        missing += [f"{type(dialog).__name__}: {m}" for m in unnamed(dialog)]
    assert missing == [], "; ".join(sorted(set(missing)))


INPUTS = (QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit, QListWidget)


def silent_stops(root: QWidget) -> list[str]:
    """Tab stops a screen reader would announce with no name, and inputs with no label."""
    from PySide6.QtGui import QAccessible
    from test_tab_order import tab_stops

    found = []
    for stop in tab_stops(root):
        face = QAccessible.queryAccessibleInterface(stop)
        what = f"{type(stop).__name__} {stop.accessibleName()!r}"
        if not face.text(QAccessible.Text.Name):
            found.append(f"{what}: no name")
        if isinstance(stop, INPUTS) and not face.relations(QAccessible.RelationFlag.Label):
            found.append(f"{what}: no label")
    return found


@pytest.mark.parametrize("page", PAGES)
def test_every_tab_stop_has_a_name_and_every_input_a_label(coach: Coach, page: str) -> None:
    assert silent_stops(shown(coach, page)) == []


def test_dialogs_have_no_silent_tab_stops(qtbot, coach: Coach) -> None:
    from foot_coach.actions import own_exercises
    from foot_coach.ui import help

    dialogs = [
        *small_dialogs(),
        own_exercises.edit(coach.ctx, None),
        help.shortcuts_dialog(coach.window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    found = []
    for dialog in each_step(dialogs):
        found += [f"{type(dialog).__name__}: {s}" for s in silent_stops(dialog)]
    assert found == []


def test_a_description_never_says_the_name_again(qtbot) -> None:
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QPushButton

    from foot_coach.ui.theme import named

    said = []
    for tip in ("Next exercise (Right)", "Next exercise on the card", "", "Next exercise"):
        button = named(QPushButton("Next ›"), "Next exercise", tip)
        qtbot.addWidget(button)
        face = QAccessible.queryAccessibleInterface(button)
        said.append(face.text(QAccessible.Text.Description).strip())
    assert said == ["Right", "Next exercise on the card", "", ""]
