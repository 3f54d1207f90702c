"""The wrapping check box measures and draws as the style would, without asking it from Python."""

from __future__ import annotations

import pytest
from conftest import themed
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionButton

from foot_coach.ui import theme
from foot_coach.ui.widgets.wrap_check import FLAGS, WrapCheckBox

WORDS = [
    "Play sounds",
    "Add Foot Coach to the applications menu, with its icon and a few words more",
]


@pytest.fixture(params=[100, 200], ids=lambda p: f"{p}pct")
def text_size(request):
    """Text at 100 % and 200 %, in the dark look."""
    with themed(theme.Mode.DARK, request.param):
        yield request.param


def by_the_style(box: WrapCheckBox) -> tuple[int, QImage]:
    """The indent and the picture as drawn through the style: the box, then the words."""
    style = box.style()
    indent = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box)
    indent += style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, box) + 4
    image = QImage(box.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(box.palette().window().color())
    option = QStyleOptionButton()
    option.initFrom(box)
    option.state |= QStyle.StateFlag.State_On if box.isChecked() else QStyle.StateFlag.State_Off
    painter = QPainter(image)
    style.drawControl(QStyle.ControlElement.CE_CheckBox, option, painter, box)
    painter.setPen(box.palette().color(box.foregroundRole()))
    painter.drawText(box.rect().adjusted(indent, 0, 0, 0), FLAGS, box.text())
    painter.end()
    return indent, image


@pytest.mark.parametrize("words", WORDS, ids=["short", "wrapped"])
@pytest.mark.parametrize("checked", [True, False], ids=["on", "off"])
def test_measured_and_drawn_as_the_style_would(qtbot, text_size, words, checked) -> None:
    box = WrapCheckBox(words)
    qtbot.addWidget(box)
    box.setChecked(checked)
    box.resize(260, box.heightForWidth(260))
    indent, expected = by_the_style(box)
    drawn = QImage(box.size(), QImage.Format.Format_ARGB32_Premultiplied)
    drawn.fill(box.palette().window().color())
    box.render(drawn)
    assert box._indent() == indent
    assert drawn == expected
