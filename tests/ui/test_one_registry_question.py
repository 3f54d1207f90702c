"""One question to the accessibility registry per listener change, however many ask."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from foot_coach.system import atspi_listeners
from foot_coach.ui import place_first
from foot_coach.ui.widgets.notice import bar_of


def test_every_window_and_the_screen_reader_check_share_the_registry_answers(
    qtbot, monkeypatch
) -> None:
    """Each notice bar and the screen-reader check made their own, and every listener coming
    or going (Orca registers dozens of events as it starts) ran gdbus once for each."""
    for name in ("_switch", "_listening"):
        monkeypatch.setattr(place_first, name, [])
    monkeypatch.setattr(atspi_listeners, "_of_app", [])
    monkeypatch.setattr(QAccessible, "isActive", lambda: True)
    windows = [QWidget(), QWidget()]
    for window in windows:
        qtbot.addWidget(window)
    bars = [bar_of(window) for window in windows]
    place_first.screen_reader_on()
    listeners = {id(bar.listeners) for bar in bars} | {id(place_first._listening[0].listeners)}
    assert listeners == {id(atspi_listeners.of_app())}
