"""A line for screen readers alone: a notification, in a status bar no one sees.

Orca 43 (Debian 12) does not listen for AT-SPI's "object:announcement", which Qt's
QAccessibleAnnouncementEvent becomes, so everything the app announced went unheard. What it
does speak, wherever the focus is, is a notification that shows: its name, and inside a status
bar without the word "notification" first. Newer Orca speaks the same. Orca interrupts itself
for each, and of two notices close together it may drop the first unsaid, so what is said
within a moment goes out as one notice: what is urgent first (the step to do now), then the
rest (how far along the routine is) in the order it was said. A moment is one turn of the event
loop or a few: carrying on when a phase's time is up is said, and the next phase at once after.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from foot_coach.ui.widgets import accessible

ENDS = (".", "!", "?", ":", "…")
MOMENT_MS = 120  # unheard beside speech that starts later anyway: the voice's is about 0.9 s


class Notice(QWidget):
    """The notification: its accessible name is what was said last."""


class NoticeBar(QWidget):
    """The status bar that holds a window's notice; never shown on screen."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.notice = Notice(self)
        self.urgent: list[str] = []
        self.pending: list[str] = []
        self.moment = QTimer(self)
        self.moment.setSingleShot(True)
        self.moment.setInterval(MOMENT_MS)
        self.moment.timeout.connect(self.flush)
        self.hide()

    def say(self, text: str, urgent: bool = False) -> None:
        if not self.moment.isActive():
            self.moment.start()
        (self.urgent if urgent else self.pending).append(text)

    def flush(self) -> None:
        self.moment.stop()
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
