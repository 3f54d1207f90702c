"""Scroll bars and sliders a hand can grab and an eye can find: as wide as a line of the text
in use, at 200 % too, with a handle that stands 3:1 or more from its track in light and dark."""

from __future__ import annotations

import pytest
from conftest import themed
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)
from test_contrast import contrast

from foot_coach.ui import theme
from foot_coach.ui.widgets.scrolling import vertical_scroll


def test_a_page_scroll_bar_is_wide_with_a_handle_seen(qtbot, artifacts, look) -> None:
    mode, percent = look
    tall = QWidget()
    tall.setMinimumHeight(4000)  # the handle is short, and the track shows below it
    page = QWidget()
    qtbot.addWidget(page)
    area = vertical_scroll(tall)
    QVBoxLayout(page).addWidget(area)
    page.resize(500, 400)
    page.show()
    qtbot.waitExposed(page)
    bar = area.verticalScrollBar()
    line = bar.fontMetrics().height()
    image = bar.grab().toImage()
    image.save(str(artifacts / f"scroll-bar-{mode.value}-{percent}pct.png"))
    assert bar.isVisible() and bar.width() >= 0.9 * line, (bar.width(), line)
    middle = bar.width() // 2
    handle = QColor(image.pixel(middle, line)).name()  # the handle is at least 2 lines long
    track = QColor(image.pixel(middle, image.height() - line)).name()
    assert contrast(handle, track) >= 3, (handle, track)


@pytest.mark.parametrize("mode", [theme.Mode.LIGHT, theme.Mode.DARK], ids=lambda m: m.value)
def test_the_volume_slider_grows_with_the_text_and_its_track_is_seen(
    qtbot, artifacts, mode
) -> None:
    """Fusion drew a thin line 19 px tall at any text size, its track lost on the dark page."""
    with themed(mode, 200):
        page = QWidget()
        qtbot.addWidget(page)
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setValue(10)  # most of the track shows, unfilled
        QVBoxLayout(page).addWidget(slider)
        page.resize(500, 120)
        page.show()
        qtbot.waitExposed(page)
        line = slider.fontMetrics().height()
        image = slider.grab().toImage()
        image.save(str(artifacts / f"slider-{mode.value}-200pct.png"))
        window = page.palette().color(QPalette.ColorRole.Window).name()
    assert slider.height() >= line, (slider.height(), line)
    track = QColor(image.pixel(image.width() * 3 // 4, image.height() // 2)).name()
    assert contrast(track, window) >= 3, (track, window)


def test_the_welcomes_volume_is_whole_and_seen_in_dark_at_200_percent(qtbot, artifacts) -> None:
    """The welcome's volume sits on a scrolling step of a dialog: brought into view, all of it
    shows, its handle stays whole at either end, and its track stands out from the dark page."""
    from foot_coach.ui.first_run import FirstRunDialog

    with themed(theme.Mode.DARK, 200):
        dialog = FirstRunDialog(70)
        qtbot.addWidget(dialog)
        dialog.show_step(2)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        slider = dialog.volume
        slider.setFocus(Qt.FocusReason.TabFocusReason)
        handles = [handle_at(slider, value) for value in (0, 100)]
        slider.setValue(10)  # most of the track shows, unfilled
        image = slider.grab().toImage()
        image.save(str(artifacts / "welcome-volume-dark-200pct.png"))
        shown, whole = slider.visibleRegion().boundingRect(), slider.rect()
        window = dialog.palette().color(QPalette.ColorRole.Window).name()
    # Measured at 200 %: the text size set back after the block reaches the dialog too.
    assert shown == whole, (shown, whole)
    assert all(whole.contains(handle) for handle in handles), handles
    track = QColor(image.pixel(image.width() * 3 // 4, image.height() // 2)).name()
    assert contrast(track, window) >= 3, (track, window)


def handle_at(slider: QSlider, value: int) -> QRect:
    """Where the style draws the slider's handle at `value`."""
    slider.setValue(value)
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    control, part = QStyle.ComplexControl.CC_Slider, QStyle.SubControl.SC_SliderHandle
    return slider.style().subControlRect(control, option, part, slider)
