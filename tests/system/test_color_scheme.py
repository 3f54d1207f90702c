"""The desktop's colour scheme, read from Qt's library directly, says what PySide says."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from desktop import private_desktop
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from shiboken6 import getCppPointer

from foot_coach.system import color_scheme


@pytest.mark.parametrize("asked", [Qt.ColorScheme.Dark, Qt.ColorScheme.Light, None])
def test_qt_is_asked_directly_and_answers_as_pyside(qapp, asked: Qt.ColorScheme | None) -> None:
    hints = QGuiApplication.styleHints()
    if asked is not None:
        hints.setColorScheme(asked)
    try:
        ask = color_scheme.native()
        assert ask is not None  # found: else every start builds Qt's enums for this
        assert ask(getCppPointer(hints)[0]) == hints.colorScheme().value
        assert color_scheme.is_dark() == (hints.colorScheme() == Qt.ColorScheme.Dark)
    finally:
        hints.unsetColorScheme()


def test_the_library_is_searched_once(qapp) -> None:
    """Each change of theme asks the scheme again; the function found first serves them all."""
    assert color_scheme.native() is color_scheme.native()


def test_without_the_library_pyside_is_asked(qapp, monkeypatch) -> None:
    monkeypatch.setattr(color_scheme, "QT_GUI", "libQt6NoSuchLibrary.so.6")
    color_scheme.native.cache_clear()
    try:
        assert color_scheme.native() is None
        hints = QGuiApplication.styleHints()
        assert color_scheme.is_dark() == (hints.colorScheme() == Qt.ColorScheme.Dark)
    finally:
        color_scheme.native.cache_clear()


ON_A_DESKTOP = """
import json
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from foot_coach.system import color_scheme
app = QApplication([])
hints, seen = app.styleHints(), []
for asked in (Qt.ColorScheme.Dark, Qt.ColorScheme.Light):
    hints.setColorScheme(asked)
    seen.append([hints.colorScheme().name, color_scheme.is_dark()])
print(json.dumps(seen))
"""


def test_a_dark_desktop_is_seen_as_dark(tmp_path: Path) -> None:
    """On X11 with the GTK theme, whose scheme an app may choose, as a desktop's settings do."""
    with private_desktop(tmp_path) as desktop:
        env = dict(desktop.env, QT_QPA_PLATFORM="xcb", QT_QPA_PLATFORMTHEME="gtk3")
        done = subprocess.run([sys.executable, "-c", ON_A_DESKTOP], env=env, capture_output=True,
                              text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert [dark for _, dark in seen] == [scheme == "Dark" for scheme, _ in seen]
    if seen[0][0] != "Dark":  # Qt 6.8's GTK theme takes no scheme from the app
        pytest.skip(f"this Qt's GTK theme kept its own colour scheme: {seen}")
