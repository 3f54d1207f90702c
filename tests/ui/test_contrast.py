"""Colours meet WCAG 2.2 AA in light and dark: 4.5:1 for text, 3:1 for chart marks."""

from __future__ import annotations

import pytest
from conftest import themed

from foot_coach.ui import charts, theme


def luminance(colour: str) -> float:
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_formula_matches_known_values() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("mode", [theme.Mode.LIGHT, theme.Mode.DARK], ids=lambda m: m.value)
def test_text_pairs(mode: theme.Mode) -> None:
    window, text, base, button, highlight, on_highlight, muted = theme.COLOURS[mode]
    pairs = {
        "text on window": (text, window),
        "text on fields": (text, base),
        "button text": (text, button),
        "selected text": (on_highlight, highlight),
        "muted text on window": (muted, window),
        "muted text on buttons": (muted, button),
        "links on window": (highlight, window),
    }
    low = {name: round(contrast(*pair), 2) for name, pair in pairs.items() if contrast(*pair) < 4.5}
    assert low == {}


@pytest.mark.parametrize(
    ("mode", "colours"),
    [(theme.Mode.LIGHT, charts.LIGHT_SERIES), (theme.Mode.DARK, charts.DARK_SERIES)],
    ids=["light", "dark"],
)
def test_chart_marks(mode: theme.Mode, colours: tuple[str, ...]) -> None:
    base = theme.COLOURS[mode][2]  # charts draw on the field colour
    low = {c: round(contrast(c, base), 2) for c in colours if contrast(c, base) < 3.0}
    assert low == {}


def test_each_mode_gets_its_own_series(qtbot) -> None:
    assert charts.series_colours(theme.palette(theme.Mode.DARK)) == charts.DARK_SERIES
    assert charts.series_colours(theme.palette(theme.Mode.LIGHT)) == charts.LIGHT_SERIES


@pytest.mark.parametrize("mode", [theme.Mode.LIGHT, theme.Mode.DARK], ids=lambda m: m.value)
def test_an_unticked_check_box_has_an_edge_seen_on_the_page(qtbot, mode, artifacts) -> None:
    """The dark page showed an unticked box as a dark square with no edge: it looked like
    nothing to tick. Each side's outer pixels must stand 3:1 from the page (non-text contrast)."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton, QWidget

    with themed(mode):
        page = QWidget()  # the page paints what lies behind the box, as in the app
        box = QCheckBox("Pause all reminders for today", page)
        image = painted(qtbot, page, box)
        image.save(str(artifacts / f"check-box-{mode.value}.png"))
        option = QStyleOptionButton()
        box.initStyleOption(option)
        indicator = QStyle.SubElement.SE_CheckBoxIndicator
        edge = box.style().subElementRect(indicator, option, box).translated(box.pos())
    middle = edge.center()
    sides = {
        "left": (edge.left(), middle.y()),
        "right": (edge.right(), middle.y()),
        "top": (middle.x(), edge.top()),
        "bottom": (middle.x(), edge.bottom()),
    }
    window = theme.COLOURS[mode][0]
    seen = {side: QColor(image.pixel(x, y)).name() for side, (x, y) in sides.items()}
    low = {
        side: (c, round(contrast(c, window), 2))
        for side, c in seen.items()
        if contrast(c, window) < 3
    }
    assert low == {}, seen


def painted(qtbot, page, widget):
    """The page with `widget` on it at its own size, shown, as a picture."""
    qtbot.addWidget(page)
    widget.adjustSize()
    page.show()
    qtbot.waitExposed(page)
    return page.grab().toImage()


def strongest(image, points, background: str) -> float:
    """The most a pixel on these points stands out from the background: an edge crossed."""
    from PySide6.QtGui import QColor

    return max(contrast(QColor(image.pixel(x, y)).name(), background) for x, y in points)


@pytest.mark.parametrize("mode", [theme.Mode.LIGHT, theme.Mode.DARK], ids=lambda m: m.value)
def test_an_unchosen_radio_button_has_an_edge_seen_on_the_page(qtbot, mode) -> None:
    from PySide6.QtWidgets import QRadioButton, QWidget

    with themed(mode, 200):
        page = QWidget()
        radio = QRadioButton("Every day", page)
        image = painted(qtbot, page, radio)
        box = radio.height()  # the round mark sits at the left, as tall as the line at most
    # From the page's edge in to the mark's middle, along its middle line.
    across = [(x, radio.height() // 2) for x in range(box // 2)]
    assert strongest(image, across, theme.COLOURS[mode][0]) >= 3


@pytest.mark.parametrize("mode", [theme.Mode.LIGHT, theme.Mode.DARK], ids=lambda m: m.value)
def test_an_unticked_box_in_a_list_shows_all_four_edges(qtbot, mode, artifacts) -> None:
    """The routine's list: the boxes' edges were faint, and taller than a row at 200 % text,
    so their tops and bottoms were cut off."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QListWidget,
        QListWidgetItem,
        QStyle,
        QStyleOptionViewItem,
    )

    with themed(mode, 200):
        listed = QListWidget()
        qtbot.addWidget(listed)
        for name in ("Toe curls", "Arch raises", "Heel-to-toe walk"):
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            listed.addItem(item)
        listed.setCurrentRow(0)
        listed.resize(400, 300)
        listed.show()
        qtbot.waitExposed(listed)
        image = listed.viewport().grab().toImage()
        image.save(str(artifacts / f"list-boxes-{mode.value}.png"))
        option = QStyleOptionViewItem()
        listed.initViewItemOption(option)
        index = listed.model().index(1, 0)  # neither current nor selected
        listed.itemDelegate().initStyleOption(option, index)
        option.rect = listed.visualRect(index)
        indicator = QStyle.SubElement.SE_ItemViewItemCheckIndicator
        box = listed.style().subElementRect(indicator, option, listed)
    middle, base = box.center(), theme.COLOURS[mode][2]
    sides = {
        "left": [(box.left() + d, middle.y()) for d in (-1, 0, 1)],
        "right": [(box.right() + d, middle.y()) for d in (-1, 0, 1)],
        "top": [(middle.x(), box.top() + d) for d in (-1, 0, 1)],
        "bottom": [(middle.x(), box.bottom() + d) for d in (-1, 0, 1)],
    }
    seen = {side: round(strongest(image, points, base), 2) for side, points in sides.items()}
    assert all(value >= 3 for value in seen.values()), seen
