"""Where the window opens, without a window manager: a saved place that cannot be read is
ignored (centred instead), full screen is never remembered, and a saved place comes back."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from foot_coach.ui import window_place


def test_an_unreadable_saved_place_opens_centred(qtbot) -> None:
    for saved in ("not base64!", "AAAA", ""):
        window = QMainWindow()
        window.setMinimumSize(400, 300)  # the offscreen screen is only 800x800
        qtbot.addWidget(window)
        window_place.place(window, saved)
        area = QGuiApplication.primaryScreen().availableGeometry()
        assert area.contains(window.frameGeometry()), (saved, window.frameGeometry())
        assert window.width() <= window_place.PREFERRED.width()


def test_a_saved_place_comes_back(qtbot) -> None:
    first = QMainWindow()
    qtbot.addWidget(first)
    first.setGeometry(50, 60, 600, 450)
    saved = window_place.encoded(first)
    again = QMainWindow()
    qtbot.addWidget(again)
    window_place.place(again, saved)
    assert (again.width(), again.height()) == (600, 450)


def test_full_screen_is_not_remembered(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showFullScreen()
    assert window_place.encoded(window) == ""
