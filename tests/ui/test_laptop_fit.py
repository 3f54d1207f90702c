"""A laptop screen at 200 % text: the page buttons share one row when there is room, and the
Exercises page's Start routine button is on screen without scrolling."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from foot_coach.app import Coach
from foot_coach.store.settings import Settings
from foot_coach.ui import theme
from foot_coach.ui.main_window import columns_that_fit


def test_columns_are_measured_one_by_one() -> None:
    # Five of width 100 and one of 300: as the widest times six (1,800) they would not fit.
    assert columns_that_fit([300, 100, 100, 100, 100, 100], 10, 850) == 6
    assert columns_that_fit([300, 100, 100, 100, 100, 100], 10, 849) == 5
    assert columns_that_fit([300, 300, 300], 10, 200) == 1
    # Three columns: 300+100+100 with the second row's 100s under them.
    assert columns_that_fit([300, 100, 100, 100, 100, 100], 10, 600) == 3


def on_screen(widget: QWidget, window: QWidget) -> bool:
    """Wholly inside the window and not scrolled out of its scroll area."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    bottom_right = widget.mapTo(window, QPoint(widget.width() - 1, widget.height() - 1))
    inside = window.rect().contains(top_left) and window.rect().contains(bottom_right)
    seen = widget.visibleRegion().boundingRect().size() == widget.size()
    return inside and seen


def test_a_laptop_at_large_text(qtbot, make_coach) -> None:
    theme.apply(QApplication.instance(), theme.Mode.LIGHT, 200)
    try:
        coach: Coach = make_coach(Settings(muted=True))
        # What a 1366x768 laptop leaves the window's inside once a panel and the title bar
        # have their share.
        coach.window.resize(1280, 700)
        coach.window.show()
        coach.window.show_page("exercises")
        qtbot.waitExposed(coach.window)
        for _ in range(3):
            QApplication.processEvents()
        rows = {b.y() for b in coach.window.nav_buttons}
        assert len(rows) == 1, "the page buttons took two rows on a screen with room for one"
        start = coach.ctx.pages.exercises.start
        assert on_screen(start, coach.window), "Start routine is below the screen"
    finally:
        theme.apply(QApplication.instance(), theme.Mode.LIGHT)
