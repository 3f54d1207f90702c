"""A line for screen readers alone: a notification, in a status bar no one sees.

Orca 43 (Debian 12) does not listen for AT-SPI's "object:announcement", which Qt's
QAccessibleAnnouncementEvent becomes, so everything the app announced went unheard. What it
does speak, wherever the focus is, is a notification that shows: its name, and inside a status
bar without the word "notification" first. Newer Orca speaks the same. Orca interrupts itself
for each, so what is said in one turn of the event loop (a step and how far along the routine
is) goes out as one notice: what is urgent first (the step to do now), then the rest in the
order it was said.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from foot_coach.ui.widgets import accessible

ENDS = (".", "!", "?", ":", "…")


class Notice(QWidget):
    """The notification: its accessible name is what was said last."""


class NoticeBar(QWidget):
    """The status bar that holds a window's notice; never shown on screen."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.notice = Notice(self)
        self.urgent: list[str] = []
        self.pending: list[str] = []
        self.hide()

    def say(self, text: str, urgent: bool = False) -> None:
        if not (self.urgent or self.pending):
            QTimer.singleShot(0, self, self.flush)
        (self.urgent if urgent else self.pending).append(text)

    def flush(self) -> None:
        said = self.urgent + self.pending
        self.urgent, self.pending = [], []
        if not said:
            return
        text = " ".join(t if t.endswith(ENDS) else f"{t}." for t in said)
        self.notice.setAccessibleName(text)
        QAccessible.updateAccessibility(QAccessibleEvent(self.notice, QAccessible.Event.ObjectShow))


def bar_of(widget: QWidget) -> NoticeBar:
    """The notice bar of the widget's window, made when first needed."""
    window = widget.window()
    bar = window.findChild(NoticeBar, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if bar is None:
        install()
        bar = NoticeBar(window)
    return bar


def install() -> None:
    accessible.describe(Notice, lambda w: QAccessibleWidget(w, QAccessible.Role.Notification))
    accessible.describe(NoticeBar, lambda w: QAccessibleWidget(w, QAccessible.Role.StatusBar))
