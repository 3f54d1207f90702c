"""The arrow of a drop-down list grows with the text and is drawn in the text's colour:
Fusion's was 8 px wide at any text size, in a faint grey, a speck beside 200 % words that did
not say the field opens a list."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox

from foot_coach.ui import theme


def inked_width(box: QComboBox, colour: QColor, span: int) -> int:
    """How wide the marks in `colour` are in the right-most `span` pixels of the box."""
    image = box.grab().toImage()
    near = lambda c: max(abs(c.red() - colour.red()), abs(c.green() - colour.green()),  # noqa: E731
                         abs(c.blue() - colour.blue())) <= 40  # fmt: skip
    xs = [
        x
        for x in range(image.width() - span, image.width())
        for y in range(image.height())
        if near(image.pixelColor(x, y))
    ]
    return max(xs) - min(xs) + 1 if xs else 0


def test_the_arrow_grows_with_the_text_in_its_colour(qtbot, artifacts, look) -> None:
    mode, percent = look
    box = QComboBox()
    box.addItem("Same as the computer")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    box.grab().save(str(artifacts / f"list-arrow-{mode.value}-{percent}.png"))
    em = box.fontMetrics().height()
    text = QColor(theme.COLOURS[mode][1])
    assert inked_width(box, text, int(1.5 * em)) >= em // 2
