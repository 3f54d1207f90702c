"""The up and down arrows of a number or a time are targets as large as the text: the style's
were 14 px wide whatever the text size, a sliver beside 200 % digits for an unsteady hand."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QSpinBox,
    QStyle,
    QStyleOptionSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)


def test_the_arrows_grow_with_the_text(qtbot, artifacts, look) -> None:
    mode, percent = look
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    boxes = [QSpinBox(), QTimeEdit()]
    for box in boxes:
        layout.addWidget(box)
    holder.show()
    qtbot.waitExposed(holder)
    holder.grab().save(str(artifacts / f"spin-arrows-{mode.value}-{percent}.png"))
    for box in boxes:
        option = QStyleOptionSpinBox()
        box.initStyleOption(option)
        for part in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
            arrow = box.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, box)
            assert arrow.width() >= 0.9 * box.fontMetrics().height(), (type(box), arrow)
