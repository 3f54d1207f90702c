"""On the Settings page each field's label sits level with its control, at 100 % and 200 %
text: a label's text centre and its control's centre are on the same line."""

from __future__ import annotations

import pytest
from conftest import themed
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel

from foot_coach.ui import theme
from foot_coach.ui.pages.settings_page import SettingsPage


@pytest.fixture(params=[100, 200], ids=lambda p: f"{p}pct")
def page(request, qtbot) -> SettingsPage:
    with themed(theme.Mode.LIGHT, request.param):
        made = SettingsPage()
        qtbot.addWidget(made)
        made.resize(800, 900)
        made.show()
        QApplication.processEvents()
        yield made


def _text_centre(label: QLabel) -> float:
    """Where the label draws its one line of text, from its height and alignment."""
    top, height = label.geometry().top(), label.geometry().height()
    line = label.fontMetrics().height()
    if label.alignment() & Qt.AlignmentFlag.AlignVCenter:
        return top + (height - line) / 2 + line / 2
    return top + line / 2


def test_each_label_is_level_with_its_control(page: SettingsPage) -> None:
    form = page.findChild(QFormLayout)
    pairs = []
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label and isinstance(label.widget(), QLabel) and label.widget().text():
            pairs.append((label.widget(), field.geometry()))
    assert [w.text() for w, _ in pairs] == ["Volume", "Colours", "Text size", "Language"]
    for label, control in pairs:
        centre = control.top() + control.height() / 2
        assert abs(_text_centre(label) - centre) <= 1, label.text()
