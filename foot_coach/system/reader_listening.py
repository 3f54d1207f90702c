"""Whether a screen reader listens on the accessibility bus, whatever the desktop's switch says.

Orca started by hand (from a terminal, or an autostart entry on Xfce, MATE or Openbox) leaves
org.a11y.Status.ScreenReaderEnabled False: only GNOME's and KDE's own switch set it, and the
session's voice then spoke beside Orca. The registry knows who listens for events
(atspi_listeners.py); the accessibility bus tells each listener's process, and the process's
name whether it is a screen reader. Asked again whenever a listener comes or goes, never
polled; a listener whose process the bus does not tell within the timeout is none.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

from foot_coach.system.atspi_listeners import BUS_NAME, TIMEOUT_MS, Listeners

# As their processes are named (Orca's /usr/bin/orca is a Python script: comm says "orca").
SCREEN_READERS = frozenset({"orca"})
DBUS = ("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus")

Told = Callable[[int | None], None]  # a listener's process id, or None where not told
AskPid = Callable[[str, Told], None]


def is_screen_reader(comm: str, cmdline: bytes) -> bool:
    """By the process's name, or by the script a Python was given (python3 /usr/bin/orca)."""
    args = cmdline.decode(errors="replace").split("\0")[:2]
    return comm.strip() in SCREEN_READERS or any(Path(a).name in SCREEN_READERS for a in args)


def process_is_screen_reader(pid: int, proc: Path = Path("/proc")) -> bool:
    try:
        comm = (proc / str(pid) / "comm").read_text(errors="replace")
        cmdline = (proc / str(pid) / "cmdline").read_bytes()
    except OSError:  # gone already, or not ours to read
        return False
    return is_screen_reader(comm, cmdline)


class ReaderListening(QObject):
    """`on` is True while a screen reader's process listens on the accessibility bus; `told`
    is emitted once each time the registry's listeners are judged."""

    told = Signal()

    def __init__(self, listeners: Listeners, ask_pid: AskPid | None = None,
                 is_reader: Callable[[int], bool] = process_is_screen_reader) -> None:  # fmt: skip
        super().__init__(listeners)
        self.on = False
        self.listeners, self.is_reader = listeners, is_reader
        self.ask_pid = ask_pid or self._ask_bus
        self.round, self.judged, self.unanswered, self.found = 0, 0, set[str](), False
        listeners.heard.connect(self._heard)
        if listeners.answered:  # shared, and asked for by a notice bar first
            self._heard()

    def _heard(self) -> None:
        self.round += 1
        self.unanswered, self.found = set(self.listeners.names), False
        for name in self.listeners.names:
            self.ask_pid(name, self._answer_for(self.round, name))
        self._settle()

    def _answer_for(self, round_: int, name: str) -> Told:
        def told(pid: int | None) -> None:
            if round_ != self.round or self.judged == round_:  # asked again since, or judged
                return
            self.unanswered.discard(name)
            self.found = self.found or (pid is not None and self.is_reader(pid))
            self._settle()

        return told

    def _settle(self) -> None:
        """One screen reader is enough to judge by; none is known once all have answered."""
        if self.judged != self.round and (self.found or not self.unanswered):
            self.on, self.judged = self.found, self.round
            self.told.emit()

    def _ask_bus(self, name: str, then: Told) -> None:
        ask = QDBusMessage.createMethodCall(*DBUS, "GetConnectionUnixProcessID")
        ask.setArguments([name])
        call = QDBusConnection(BUS_NAME).asyncCall(ask, TIMEOUT_MS)
        watcher = QDBusPendingCallWatcher(call, self)

        def answered() -> None:
            reply = watcher.reply()
            ok = reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments()
            then(int(reply.arguments()[0]) if ok else None)
            watcher.deleteLater()

        watcher.finished.connect(answered)
