"""A session's clock starts once a screen reader has said where the session is.

As a session starts, Orca 43 says the window's name when the window comes forward with it (a
reminder's Start now, the tray, --start, the pain check-in closing), then the Session page's
name as the focus moves there, and only then what the app says: it never cuts itself short
for a notice. So the first step, "Get ready", was heard 2.9-3.1 s into a session that came
with its window and 2.1 s into one started with Ctrl+P, and the first "Hold" came late behind
its words. With a screen reader on, the clock now waits that long (core/announcing.py
place_heard_ms), counted from when the window is active; the page shows the first step and
says it meanwhile. Without a screen reader a session starts at once, as before. The wait is
the runner's timer (Runner.start): what a person presses meanwhile counts, Stop ending the
session before it began and Space holding it, as they do once it runs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QGuiApplication, QWindow
from PySide6.QtWidgets import QWidget

from foot_coach.core.announcing import place_heard_ms

if TYPE_CHECKING:
    from foot_coach.system.reader_listening import ReaderListening
    from foot_coach.system.screen_reader import ScreenReaderSwitch

Arm = Callable[[int], None]  # start the session this many ms from now (0: at once)

# The window came forward this recently: a screen reader is still saying its name.
RECENT_MS = 1_000
# A window asked to come forward is active well within this, or not at all (no window manager).
ACTIVATE_MS = 2_000
# Back from a dialog of its own (the pain check-in), Orca 43 first says the key that closed it
# and begins the window's name 0.8-1.7 s after that key, the names then taking 3.3 s: "Get
# ready" began 0.1-0.6 s after the clock started (Speech Dispatcher's log, four starts through
# the check-in). With this, from 0.5 s before to 0.5 s after it (two more).
FROM_DIALOG_MS = 600


def steady_ms() -> int:
    return time.monotonic_ns() // 1_000_000


# The desktop's switch, and who listens on the accessibility bus, asked once Qt's accessibility
# is on (system/screen_reader.py, system/reader_listening.py).
_switch: list[ScreenReaderSwitch] = []
_listening: list[ReaderListening] = []


def screen_reader_on() -> bool:
    """Qt's accessibility is on, and the desktop has not said its screen reader is off or a
    screen reader listens anyway: some other assistive technology (an on-screen keyboard, a
    magnifier, Orca gone) turns on Qt's too, and took the session's voice and a few seconds of
    its start from someone without one; Orca started by hand leaves the desktop's switch off."""
    if not QAccessible.isActive():
        return False
    if not _switch:
        _ask_the_desktop()
    return _switch[0].on is not False or _listening[0].on


def _ask_the_desktop() -> None:
    from foot_coach.system import atspi_listeners  # D-Bus, only then
    from foot_coach.system.reader_listening import ReaderListening
    from foot_coach.system.screen_reader import ScreenReaderSwitch

    app = QCoreApplication.instance()
    _switch.append(ScreenReaderSwitch(app))
    _listening.append(ReaderListening(atspi_listeners.of_app()))


class PlaceFirst(QObject):
    """Holds a session's start while a screen reader says the window's and page's names."""

    def __init__(self, window: QWidget, clock: Callable[[], int] = steady_ms) -> None:
        super().__init__(window)
        self.window, self.clock = window, clock
        # Made as the app starts, when its window may have come forward already (it is shown
        # as soon as it can be)
        self.activated_at = self.clock() if window.isActiveWindow() else -RECENT_MS
        self.waiting: tuple[QWidget, Arm, bool] | None = None  # until active; from a dialog?
        cast(QGuiApplication, QGuiApplication.instance()).focusWindowChanged.connect(self._focused)
        screen_reader_on()  # the desktop asked now: known by the time a session starts

    def _focused(self, focused: QWindow | None) -> None:
        """The window came forward (from another program, or from a dialog of its own). Told
        by the application, not an event filter: PySide builds the types of all of Qt's
        event classes (0.6 MB) the first time a filter of ours is handed an event."""
        if focused is None or focused is not self.window.windowHandle():
            return
        self.activated_at = self.clock()
        if self.waiting is not None:  # named from now: the wait counts from here
            page, arm, from_dialog = self.waiting
            self.waiting = None
            arm(self.wait_ms(page) + (FROM_DIALOG_MS if from_dialog else 0))

    def start(self, page: QWidget, arm: Arm, from_dialog: bool = False) -> bool:
        """`arm` the start for once the names have been heard; at once with no screen
        reader. A session started again meanwhile replaces the one waiting. True while it
        waits. `from_dialog`: as a dialog of the app's own closes (Qt no longer tells which
        window had the focus by then)."""
        self.waiting = None
        wait = self.wait_ms(page)
        if wait and not self.window.isActiveWindow():
            # Coming forward: a screen reader names it once it is active, which may take a
            # moment; if it never is, the names were never said either.
            self.waiting = (page, arm, from_dialog)
            wait = ACTIVATE_MS
        arm(wait)
        return bool(wait)

    def wait_ms(self, page: QWidget) -> int:
        if not screen_reader_on():
            return 0
        forward = not self.window.isActiveWindow()
        forward = forward or self.clock() - self.activated_at < RECENT_MS
        return place_heard_ms(page.accessibleName(), self.window.windowTitle() if forward else None)
