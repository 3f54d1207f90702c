"""One turn of the mouse wheel moves a page by about three lines of its text, whatever the
text size: Qt's step of 20 px moved a page at 200 % text by little more than a line, so a
long History page took twice as many turns to read as at 100 %."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from foot_coach.ui import theme
from foot_coach.ui.widgets.scrolling import vertical_scroll


def test_a_wheel_step_is_a_line_of_the_text_in_use(qtbot) -> None:
    app = QApplication.instance()
    area: QScrollArea = vertical_scroll(QLabel("A long page"))
    qtbot.addWidget(area)
    try:
        for percent in (100, 200, 150):  # changed while the page exists, as Settings does
            theme.apply(app, theme.Mode.LIGHT, percent)
            QApplication.processEvents()
            step = area.verticalScrollBar().singleStep()
            assert step >= area.fontMetrics().height(), (percent, step)
    finally:
        theme.apply(app, theme.Mode.LIGHT)
