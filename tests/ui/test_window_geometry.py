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


def test_a_screen_smaller_than_the_least_size_holds_the_whole_window(qtbot) -> None:
    """The least size is 800x500 and so may be the screen: with its title bar the window ran
    below it, and a session's last buttons with it."""
    area = QGuiApplication.primaryScreen().availableGeometry()
    window = QMainWindow()
    window.setMinimumSize(area.width(), area.height())  # as 800x500 on an 800x500 screen
    qtbot.addWidget(window)
    window_place.place(window, "")
    # Offscreen there is no frame: the usual one is assumed, title bar and borders
    frame = window_place.GUESSED_FRAME
    assert window.height() + frame.top() + frame.bottom() <= area.height(), window.size()
    assert window.minimumHeight() <= window.height()
