"""Turning the mouse wheel over a setting while scrolling a page changes nothing: the page
scrolls. Once the person has clicked into the setting (it has the focus), the wheel changes it."""

from __future__ import annotations

from conftest import PAGES
from in_view import wheel_down
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QScrollArea,
    QScrollBar,
    QWidget,
)

from foot_coach.ui.widgets.steady import steady

VALUES = (QComboBox, QAbstractSpinBox, QAbstractSlider)  # what the wheel would change


def test_the_wheel_scrolls_the_page_past_a_setting_until_it_is_clicked(qtbot) -> None:
    area = QScrollArea()
    qtbot.addWidget(area)
    page = QWidget()
    page.setMinimumHeight(2000)  # taller than the view: the page has somewhere to scroll
    colours = QComboBox(page)
    colours.addItems(["System", "Light", "Dark"])
    area.setWidget(page)
    area.resize(400, 300)
    steady(area)  # as for a page: its own scroll bars are found too, and must still scroll
    area.show()
    qtbot.waitExposed(area)
    bar = area.verticalScrollBar()

    wheel_down(colours)
    assert colours.currentIndex() == 0  # the setting stays
    assert bar.value() > 0  # the page moved instead

    colours.setFocus()
    wheel_down(colours)
    assert colours.currentIndex() == 1  # clicked into, the wheel changes it


def test_every_value_control_of_every_page_is_steady(make_coach) -> None:
    coach = make_coach()
    controls = []
    for key in PAGES:
        coach.window.show_page(key)
        page = coach.window.page(key)
        found = page.findChildren(QWidget)
        controls += [w for w in found if isinstance(w, VALUES) and not isinstance(w, QScrollBar)]
    assert len(controls) > 5  # volume, colours, text size, language, range, rest, times...
    assert [c for c in controls if not c.property("steady")] == []


def test_rows_and_boxes_made_later_are_steady_too(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    steady(holder)
    box = QComboBox(holder)  # made after: not covered until asked again
    box.addItems(["one", "two"])
    steady(holder)
    assert box.property("steady") and box.focusPolicy() == Qt.FocusPolicy.StrongFocus
    wheel_down(box)
    assert box.currentIndex() == 0
