"""A change of colours or text size, as Settings makes it: Fusion is set once, and no cycle
collection runs while Qt walks every widget."""

from __future__ import annotations

import gc

from conftest import themed
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from foot_coach.ui import theme


def test_fusion_is_set_once_even_after_a_style_sheet(qapp, monkeypatch) -> None:
    """A style sheet makes the style's name read empty: taken for another style, Fusion was set
    again at each change, which polishes every widget anew (and in one order of this suite
    crashed the process inside QApplication.setStyle)."""
    monkeypatch.setattr(qapp, "property", lambda name: None)  # an application made elsewhere
    with themed(theme.Mode.LIGHT):
        pass
    monkeypatch.undo()
    set_again: list[object] = []
    monkeypatch.setattr(QApplication, "setStyle", lambda *given: set_again.append(given))
    with themed(theme.Mode.DARK, 200):
        pass
    assert qapp.styleSheet(), "the look comes with a style sheet"
    assert set_again == []


class Watching(QWidget):
    """Notes, at each change Qt tells it of, whether a collection could start there."""

    def __init__(self) -> None:
        super().__init__()
        self.collecting: list[bool] = []

    def changeEvent(self, event: QEvent) -> None:
        self.collecting.append(gc.isenabled())
        super().changeEvent(event)


def test_no_collection_runs_while_every_widget_is_restyled(qtbot) -> None:
    """Python code run on the way (as this change event is) may start a collection, which can
    destroy a window Python alone owns while Qt's copy of the widget list still holds it: in
    one order of this suite the process crashed inside QApplication.setStyleSheet."""
    watching = Watching()
    qtbot.addWidget(watching)
    watching.show()  # a hidden widget is restyled only once shown
    assert gc.isenabled()
    with themed(theme.Mode.DARK, 200):
        pass
    assert watching.collecting, "the widget was told of the change"
    assert not any(watching.collecting)
    assert gc.isenabled(), "on again after"
