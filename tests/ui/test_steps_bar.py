"""The strip under the session shows how many exercises the routine has, not only how many are
done: empty through the first exercise, without marks it looked broken."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from foot_coach.ui.widgets.steps_bar import HEIGHT, StepsBar


def test_the_strip_marks_where_each_exercise_ends(qtbot) -> None:
    bar = StepsBar()
    qtbot.addWidget(bar)
    bar.resize(502, HEIGHT)
    bar.show_steps(0, 5)
    image = bar.grab().toImage()
    edge = bar.palette().color(QPalette.ColorRole.Mid).rgb()
    marks = [x for x in range(2, 500) if image.pixelColor(x, HEIGHT // 2).rgb() == edge]
    assert marks == [101, 201, 301, 401]
