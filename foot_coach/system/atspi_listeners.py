"""Whether an assistive technology listens for AT-SPI announcements (object:announcement).

Orca 43 (Debian 12) does not, and Qt's bridge then never sends them: there the app's words go
out as a notice (ui/widgets/notice.py). Newer Orca does, and speaks a notice as well, so the
same words sent both ways would be heard twice: the notice bar asks this which way to use. Who
listens at all (their bus names) tells a screen reader started by hand (reader_listening.py). The
accessibility registry knows who listens for what; its answer is a list of pairs PySide cannot
unpack, so `gdbus` reads it (any GNOME desktop has it). Asked when first needed and again
whenever a listener comes or goes, never polled; until an answer comes, nobody listens.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import SLOT, QCoreApplication, QObject, QProcess, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

REGISTRY = ("org.a11y.atspi.Registry", "/org/a11y/atspi/registry", "org.a11y.atspi.Registry")
# As listeners spell it: "object:announcement", or "Object:Announcement:" (pyatspi).
ANNOUNCEMENT = re.compile(r"'object:announcement:?'", re.IGNORECASE)
# A listener as gdbus prints it: its unique bus name first, then the event.
LISTENER = re.compile(r"\('(:[0-9.]+)',")
TIMEOUT_MS = 1_000  # a bus slower than this is treated as absent
BUS_NAME = "foot-coach-listeners"  # this process's connection to the accessibility bus


def announcements_listened(registered: str) -> bool:
    """From gdbus's print of GetRegisteredEvents: does anyone listen for announcements?"""
    return bool(ANNOUNCEMENT.search(registered))


def listener_names(registered: str) -> frozenset[str]:
    """From the same print: the unique bus names of all who listen for anything."""
    return frozenset(LISTENER.findall(registered))


class Listeners(QObject):
    """`announcements` is True while some assistive technology listens for them; `names` are
    the bus names of all listeners. `heard` is emitted after each answer, or its absence;
    `answered` tells one came before, for those who start listening late."""

    heard = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.announcements = False
        self.names: frozenset[str] = frozenset()
        self.answered = False
        self.address = os.environ.get("AT_SPI_BUS_ADDRESS", "")  # as Qt's bridge finds it
        self.process: QProcess | None = None
        self.again = False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop)
        if self.address:
            self._listen()
            return
        bus = QDBusConnection.sessionBus()
        ask = QDBusMessage.createMethodCall("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus",
                                            "GetAddress")  # fmt: skip
        self.watcher = QDBusPendingCallWatcher(bus.asyncCall(ask, TIMEOUT_MS), self)
        self.watcher.finished.connect(self._found)

    def _found(self) -> None:
        reply = self.watcher.reply()
        if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
            self.address = str(reply.arguments()[0])
            self._listen()

    def _listen(self) -> None:
        bus = QDBusConnection.connectToBus(self.address, BUS_NAME)
        for signal in ("EventListenerRegistered", "EventListenerDeregistered"):
            # SLOT() marks the name as a slot's: bare, Qt read "hanged(...)" and never called
            # it, so a screen reader started after the app was never heard of.
            bus.connect(*REGISTRY, signal, self, SLOT("changed(QString,QString)"))
        self.ask()

    @Slot(str, str)
    def changed(self, _bus: str, _event: str) -> None:
        self.ask()

    def ask(self) -> None:
        """Ask the registry through gdbus; a change while it answers asks once more after."""
        if self.process is not None:
            self.again = True
            return
        self.process = QProcess(self)
        self.process.finished.connect(self._answered)
        self.process.errorOccurred.connect(self._failed)
        service, path, interface = REGISTRY
        where = ["--address", self.address, "--dest", service, "--object-path", path]
        method = ["--method", f"{interface}.GetRegisteredEvents", "--timeout", "2"]
        self.process.start("gdbus", ["call", *where, *method])

    def _answered(self) -> None:
        assert self.process is not None
        said = bytes(self.process.readAllStandardOutput().data()).decode(errors="replace")
        self.announcements = announcements_listened(said)
        self.names = listener_names(said)
        self._done()

    def _failed(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:  # no gdbus: notices, which all hear
            self._done()

    def _stop(self) -> None:
        """The app quits: a gdbus still asking ends now, heard no more, not when Qt deletes
        the app's objects ("QProcess: Destroyed while process ("gdbus") is still running")."""
        process, self.process = self.process, None
        if process is not None:
            process.blockSignals(True)
            process.kill()
            process.waitForFinished(1_000)

    def _done(self) -> None:
        if self.process is not None:
            self.process.deleteLater()
            self.process = None
        self.answered = True
        self.heard.emit()
        if self.again:
            self.again = False
            self.ask()


_of_app: list[Listeners] = []


def of_app() -> Listeners:
    """The application's one Listeners, made when first asked for: the notice bars of all
    windows and the screen-reader check share it, so a listener coming or going runs gdbus once."""
    if not _of_app:
        _of_app.append(Listeners(QCoreApplication.instance()))
    return _of_app[0]
