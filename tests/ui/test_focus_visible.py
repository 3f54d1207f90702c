"""Focus is always visible: every kind of control the app uses looks different with focus."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import themed
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from foot_coach.ui import theme
from foot_coach.ui.widgets.scrolling import vertical_scroll
from foot_coach.ui.widgets.wrap_check import WrapCheckBox


def _combo() -> QWidget:
    box = QComboBox()
    box.addItems(["Week", "Month"])
    return box


def _list() -> QWidget:
    items = QListWidget()
    items.addItems(["Toe curls", "Arch raises"])
    items.setCurrentRow(0)
    return items


def _toggle(on: bool) -> QWidget:
    day = QToolButton()
    day.setObjectName("toggle")
    day.setText("Mon")
    day.setCheckable(True)
    day.setChecked(on)  # a chosen weekday: filled with the ring's colour
    day.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # as on the Reminders page
    return day


def _summary() -> QWidget:
    label = QLabel("Active minutes per day: 12 on average")
    label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return label


def _reading() -> QWidget:  # an exercise's steps, the welcome, the shortcuts: Tab scrolls them
    return vertical_scroll(QLabel("1. Sit on a steady chair."), "How to do it: Toe curls")


def _chart() -> QWidget:  # a History plot, a Tab stop before its summary
    import pyqtgraph as pg

    return pg.PlotWidget()


def _pain() -> QWidget:  # a line of the pain check-in: its numbers take no focus, it does
    from foot_coach.ui.widgets.pain_scale import PainScale

    return PainScale("Back", "0 is no pain")


# Each kind of control the app uses, made as it is there.
MAKERS: dict[str, Callable[[], QWidget]] = {
    "button": lambda: QPushButton("Start routine"),
    "check": lambda: QCheckBox("Speak the steps aloud"),
    # Its words wrap; it draws itself.
    "wrap-check": lambda: WrapCheckBox("Hold a reminder while another program fills the screen"),
    "combo": _combo,
    "spin": QSpinBox,
    "time": QTimeEdit,
    "slider": lambda: QSlider(Qt.Orientation.Horizontal),
    "list": _list,
    "toggle": lambda: _toggle(False),
    "toggle-on": lambda: _toggle(True),
    "line": lambda: QLineEdit("Calf stretch"),
    "lines": lambda: QPlainTextEdit("Stand facing a wall."),
    "summary": _summary,
    "reading": _reading,
    "chart": _chart,
    "pain": _pain,
}


@pytest.mark.parametrize("mode", [theme.Mode.LIGHT, theme.Mode.DARK], ids=["light", "dark"])
@pytest.mark.parametrize("kind", MAKERS)
def test_a_control_with_focus_looks_different(qtbot, kind: str, mode: theme.Mode) -> None:
    with themed(mode):
        holder = QWidget()
        qtbot.addWidget(holder)
        layout = QVBoxLayout(holder)
        other, control = QPushButton("Other"), MAKERS[kind]()
        layout.addWidget(other)
        layout.addWidget(control)
        holder.show()
        holder.activateWindow()
        qtbot.waitUntil(holder.isActiveWindow)
        other.setFocus(Qt.FocusReason.TabFocusReason)
        without: QImage = control.grab().toImage()
        qtbot.keyClick(other, Qt.Key.Key_Tab)  # as a person would, so the style shows the ring
        assert control.hasFocus()
        with_focus: QImage = control.grab().toImage()
        if kind in ("line", "lines", "spin", "time", "check", "wrap-check"):
            # A blinking caret alone would differ by chance; the frame must change, not the text.
            # A check box's pale box alone was hard to see: it too is ringed.
            with_focus, without = (_frame(i) for i in (with_focus, without))
        assert with_focus != without, f"{kind}: focus is not visible"
        if kind.startswith("toggle"):
            # The ring itself must stand out from the toggle's own fill, not only move its text.
            edge = QColor(with_focus.pixel(1, with_focus.height() // 2))
            fill = QColor(with_focus.pixel(6, with_focus.height() // 2))
            assert abs(edge.lightness() - fill.lightness()) > 60, (kind, edge.name(), fill.name())
            # And from the page around it: a white ring on a light page only made it look smaller.
            page = control.palette().color(QPalette.ColorRole.Window)
            assert abs(edge.lightness() - page.lightness()) > 60, (kind, edge.name(), page.name())


def _frame(image: QImage) -> QImage:
    """The outer two pixels all round, where a focus frame is drawn."""
    w, h = image.width(), image.height()
    top, bottom = image.copy(0, 0, w, 2), image.copy(0, h - 2, w, 2)
    return QImage(top.bits().tobytes() + bottom.bits().tobytes(), w, 4, image.format()).copy()
