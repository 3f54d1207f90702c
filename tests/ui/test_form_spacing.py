"""A form's gaps grow with the text: between a label and its field half a line of the text in
use, between rows a quarter, in every form of the app, and again when the text size changes."""

from __future__ import annotations

import pytest
from conftest import PAGES
from PySide6.QtWidgets import QApplication, QFormLayout, QWidget

from foot_coach.actions import own_exercises
from foot_coach.app import Coach
from foot_coach.store.settings import Settings
from foot_coach.ui import theme
from foot_coach.ui.pages.settings_page import SettingsPage


@pytest.fixture
def set_text_size():
    """Sets the text size in the light look, as Settings does; back to 100 % after."""

    def apply(percent: int) -> None:
        theme.apply(QApplication.instance(), theme.Mode.LIGHT, percent)
        for _ in range(3):
            QApplication.processEvents()

    yield apply
    theme.apply(QApplication.instance(), theme.Mode.LIGHT)


def rows(form: QFormLayout) -> list[tuple[QWidget, QWidget]]:
    """Each row's label and field, where it has both and they show."""
    pairs = []
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label and field and label.widget() and label.widget().isVisible():
            pairs.append((label.widget(), field.widget() or field.geometry()))
    return pairs


def check_gaps(form: QFormLayout, line: int) -> None:
    assert form.verticalSpacing() >= line // 4
    for label, field in rows(form):
        below = field.geometry().top() - label.geometry().bottom() - 1
        if below >= 0:  # wrapped: the field under its label
            assert below >= line // 4, f"{label.text()!r} touches its field"
        else:  # the words are at the label's left
            words = label.geometry().left() + label.fontMetrics().horizontalAdvance(label.text())
            gap = field.geometry().left() - words
            assert gap >= line // 2, f"{label.text()!r} is {gap} px from its field"


def test_settings_labels_keep_half_a_line_from_their_fields(
    qtbot, language: str, set_text_size, artifacts
) -> None:
    """At 200 % in German, "Schriftgröße" was 6 px from its field: it all but touched it."""
    set_text_size(200)
    page = SettingsPage()
    qtbot.addWidget(page)
    page.resize(1280, 640)
    page.show()
    qtbot.waitExposed(page)
    for _ in range(3):
        QApplication.processEvents()
    page.grab().save(str(artifacts / f"settings-200-form-{language}.png"))
    form = page.findChild(QFormLayout)
    check_gaps(form, page.fontMetrics().height())


def test_the_gaps_follow_a_change_of_text_size(qtbot, set_text_size) -> None:
    set_text_size(100)
    page = SettingsPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    form = page.findChild(QFormLayout)
    set_text_size(200)
    check_gaps(form, page.fontMetrics().height())


def test_every_form_of_the_app_is_spaced_by_its_text(qtbot, make_coach, set_text_size) -> None:
    set_text_size(200)
    coach: Coach = make_coach(Settings(muted=True))
    coach.window.resize(1280, 700)
    coach.window.show()
    for key in PAGES:  # each page made, as it is when first shown
        coach.window.show_page(key)
    editor = own_exercises.edit(coach.ctx, None)
    editor.show()
    qtbot.waitExposed(editor)
    QApplication.processEvents()
    forms = [*coach.window.findChildren(QFormLayout), *editor.findChildren(QFormLayout)]
    assert len(forms) >= 3, "Settings, Routine and the exercise editor"
    line = coach.window.fontMetrics().height()
    for form in forms:
        check_gaps(form, line)
    editor.reject()
