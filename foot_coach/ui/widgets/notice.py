"""A line for screen readers alone: a notification, in a status bar no one sees.

Orca 43 (Debian 12) does not listen for AT-SPI's "object:announcement", which Qt's
QAccessibleAnnouncementEvent becomes, so everything the app announced went unheard. What it
does speak, wherever the focus is, is a notification that shows: its name, and inside a status
bar without the word "notification" first. Newer Orca speaks the same. Orca 43 never cuts
itself short: a notice waits until what it is saying has been said (so words sent too early
make all after them late). Of two notices close together it may drop the first unsaid, so
what is said within a moment goes out as one notice: what is urgent first (the step to do now),
then the rest (how far along the routine is) in the order it was said. A moment is one turn of
the event loop or a few: carrying on when a phase's time is up is said, and the next phase at
once after.
Whether words go at once, wait for what was said before to be heard, or are left out as said
already is core/announcing.py's rule (Pacer); this bar only keeps its times. Where a screen
reader listens for announcements (system/atspi_listeners.py), words go as one instead, with
their politeness, and no notice goes beside them.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from foot_coach.core.announcing import Kind, Pacer, Part, Politeness, Utterance
from foot_coach.ui.widgets import accessible

if TYPE_CHECKING:
    from foot_coach.system.atspi_listeners import Listeners

MOMENT_MS = 120  # unheard beside speech that starts later anyway: the voice's is about 0.9 s
QT_POLITENESS = {
    Politeness.POLITE: QAccessible.AnnouncementPoliteness.Polite,
    Politeness.ASSERTIVE: QAccessible.AnnouncementPoliteness.Assertive,
}


class Notice(QWidget):
    """The notification: its accessible name is what was said last."""


class NoticeBar(QWidget):
    """The status bar that holds a window's notice; never shown on screen."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.notice = Notice(self)
        self.pacer = Pacer()
        self.parts: list[Part] = []
        self.moment = self._timer(self.flush)
        self.moment.setInterval(MOMENT_MS)
        self.quiet = self._timer(self._release)  # until words that wait may go
        self.listeners: Listeners | None = None
        self._announcements_heard()  # the first words may come before the registry answers
        self.hide()

    def _timer(self, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        return timer

    @staticmethod
    def now() -> int:
        return time.monotonic_ns() // 1_000_000

    def say(self, text: str, kind: Kind) -> None:
        if not self.moment.isActive():
            self.moment.start()
        self.parts.append((text, kind))

    def flush(self) -> None:
        """The moment is over: its words go to the pacer, which says what may go now."""
        self.moment.stop()
        parts, self.parts = self.parts, []
        if parts:
            self._utter(self.pacer.offer(parts, self.now()))

    def catch_up(self) -> None:
        """Say what waits without waiting for it, as a stepped clock would (for tests)."""
        self.flush()
        self._utter(self.pacer.release(self.now(), anyway=True))

    def _release(self) -> None:
        self._utter(self.pacer.release(self.now()))

    def _utter(self, utterance: Utterance | None) -> None:
        if utterance is not None:
            self._send(utterance.text, utterance.politeness)
        due = self.pacer.due()
        if due is None:
            self.quiet.stop()
        else:
            self.quiet.start(max(0, due - self.now()))

    def _send(self, text: str, politeness: Politeness) -> None:
        """As an announcement with its politeness where one is listened for, else as a notice:
        never both, which a screen reader hearing both would say twice."""
        if self._announcements_heard():
            event = QAccessibleAnnouncementEvent(self.parentWidget(), text)
            event.setPoliteness(QT_POLITENESS[politeness])
            QAccessible.updateAccessibility(event)
            return
        self.notice.setAccessibleName(text)
        QAccessible.updateAccessibility(QAccessibleEvent(self.notice, QAccessible.Event.ObjectShow))

    def _announcements_heard(self) -> bool:
        if self.listeners is None and QAccessible.isActive():  # a screen reader came
            from foot_coach.system import atspi_listeners  # D-Bus, only then

            self.listeners = atspi_listeners.of_app()
        return self.listeners is not None and self.listeners.announcements


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
