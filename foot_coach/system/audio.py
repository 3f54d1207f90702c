"""The app's side of an audio helper process: post requests, never wait, give up when late.

A `Worker` starts its helper (system/audio_worker.py) and hands it requests as JSON lines.
Nothing here blocks: the pipe is written through Qt's event loop and answers arrive as
signals. One single-shot timer holds the deadline: while the helper is starting, or while a
request is unanswered, it must say something before the time runs out; if not, the helper is
marked not answering and killed (SIGKILL ends even a stopped process, and never waits), and
the app carries on without it.

A request made while the helper is still starting is dropped, unless it asks to wait: then it
is kept (only the latest such one) and handed on as soon as the helper is ready.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from enum import Enum, auto
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal

from foot_coach.cli import AUDIO_WORKER as FLAG

if TYPE_CHECKING:
    from PySide6.QtCore import QProcess

# A cold start of Python, Qt Multimedia and a speech engine on a busy two-core machine takes a
# few seconds; a request is answered within milliseconds when the engine is alive.
START_MS = 20_000
ANSWER_MS = 3_000
REAP_MS = 300


class State(Enum):
    OFF = auto()  # not started (yet)
    STARTING = auto()
    READY = auto()
    NOT_ANSWERING = auto()  # missed a deadline and was killed
    ENDED = auto()  # the helper exited or could not be started


class Deadline(Protocol):
    """Holds at most one pending callback; arming again replaces it (ui.runner.Scheduler)."""

    def arm(self, delay_ms: int, callback: Callable[[], None]) -> None: ...

    def cancel(self) -> None: ...


class Channel(Protocol):
    """A helper process as the worker sees it: lines in and out, an end, a kill."""

    sig_line: Any
    sig_ended: Any

    def start(self) -> None: ...

    def write(self, line: str) -> None: ...

    def kill(self) -> None: ...


class Worker(QObject):
    """One helper process and what it last told us."""

    sig_changed = Signal()  # state or info changed
    sig_ready = Signal()

    def __init__(self, channel: Channel, deadline: Deadline, parent: QObject | None = None):
        super().__init__(parent)
        self.channel, self.deadline = channel, deadline
        self.state = State.OFF
        self.info: dict[str, Any] = {}
        self._next_id = 0
        self._unanswered: set[int] = set()
        self._waiting: dict[str, Any] | None = None
        self._gone = False  # the process has ended: this object may be deleted safely
        channel.sig_line.connect(self._line)
        channel.sig_ended.connect(self._ended)

    def start(self) -> None:
        if self.state is not State.OFF:
            return
        self.state = State.STARTING
        self.deadline.arm(START_MS, self._late)
        self.channel.start()
        self.sig_changed.emit()

    def post(self, request: dict[str, Any], wait: bool = False) -> bool:
        """Hand a request on; False when the helper cannot take it now (it is then dropped:
        a cue that comes late is worse than none). With `wait`, a request made while the
        helper starts replaces any earlier waiting one and goes out once it is ready."""
        if wait and self.state is State.STARTING:
            self._waiting = request
            return True
        if self.state is not State.READY:
            return False
        self._next_id += 1
        if not self._unanswered:
            self.deadline.arm(ANSWER_MS, self._late)
        self._unanswered.add(self._next_id)
        import json  # loaded with the first helper, not at start

        self.channel.write(json.dumps({"id": self._next_id, **request}))
        return True

    def stop(self) -> None:
        """At quit, or when no longer needed: kill, never wait. The helper holds no data of
        ours."""
        self.deadline.cancel()
        self._waiting = None
        if self.state in (State.STARTING, State.READY):
            self.channel.kill()
        self.state = State.ENDED

    def retire(self) -> None:
        """Stop, and delete this object once its process has ended: a process object
        deleted while its process runs would wait for it."""
        self.stop()
        if self._gone:
            self.deleteLater()
        else:
            self.channel.sig_ended.connect(self.deleteLater)

    def _line(self, line: str) -> None:
        import json

        try:
            message = json.loads(line)
        except ValueError:
            return
        if not isinstance(message, dict) or self.state not in (State.STARTING, State.READY):
            return
        if "ack" in message:
            self._unanswered.discard(message["ack"])
            self._rearm()
            return
        if "ready" in message:
            self.state = State.READY
            self.info.update(message["ready"])
            self._rearm()
            self.sig_ready.emit()
            if self._waiting is not None:
                request, self._waiting = self._waiting, None
                self.post(request)
        elif "status" in message:
            self.info.update(message["status"])
        self.sig_changed.emit()

    def _rearm(self) -> None:
        """Any answer shows the helper is alive: the next unanswered request gets a full
        deadline from now."""
        if self._unanswered:
            self.deadline.arm(ANSWER_MS, self._late)
        else:
            self.deadline.cancel()

    def _late(self) -> None:
        if self.state in (State.STARTING, State.READY):
            self.state = State.NOT_ANSWERING
            self._unanswered.clear()
            self._waiting = None
            self.channel.kill()
            self.sig_changed.emit()

    def _ended(self) -> None:
        self._gone = True
        if self.state in (State.STARTING, State.READY):
            self.deadline.cancel()
            self.state = State.ENDED
            self.sig_changed.emit()


def helper_command(role: str, argument: str) -> tuple[str, list[str]]:
    """The same program as the app: the frozen bundle's executable, or this Python. The app's
    process id lets a helper tell that the app ended while it was starting."""
    arguments = [FLAG, role, argument, str(os.getpid())]
    if getattr(sys, "frozen", False):
        return sys.executable, arguments
    return sys.executable, ["-m", "foot_coach", *arguments]


class ProcessChannel(QObject):
    """A real helper process. Its stderr goes to ours, so its warnings reach the log."""

    sig_line = Signal(str)
    sig_ended = Signal()

    def __init__(self, role: str, argument: str, parent: QObject | None = None) -> None:
        from PySide6.QtCore import QProcess  # its type made with the first helper, not at start

        super().__init__(parent)
        self.process = QProcess(self)
        self.process.setProgram(helper_command(role, argument)[0])
        self.process.setArguments(helper_command(role, argument)[1])
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        # Only stdin, stdout and stderr are passed on: an inherited lock or database file
        # descriptor would outlive the app in the helper.
        flags = QProcess.UnixProcessFlag
        self.process.setUnixProcessParameters(
            flags.CloseFileDescriptors | flags.ResetSignalHandlers | flags.UseVFork
        )
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._error)

    def start(self) -> None:
        self.process.start()

    def write(self, line: str) -> None:
        self.process.write((line + "\n").encode())
        # QProcess writes on its next turn of the event loop; the window may be busy until
        # then (a phase change redraws it). Hand the line on now: a pipe takes a few bytes
        # at once, and a timeout of 0 never waits.
        self.process.waitForBytesWritten(0)

    def kill(self) -> None:
        self.process.kill()
        # SIGKILL ends even a stopped process; reaping it takes milliseconds, and the bound
        # keeps a process stuck inside the kernel from holding up the app.
        self.process.waitForFinished(REAP_MS)

    def _read(self) -> None:
        while self.process.canReadLine():
            self.sig_line.emit(bytes(self.process.readLine().data()).decode("utf-8", "replace"))

    def _finished(self) -> None:
        self.sig_ended.emit()

    def _error(self, error: QProcess.ProcessError) -> None:
        from PySide6.QtCore import QProcess

        if error == QProcess.ProcessError.FailedToStart:
            self.sig_ended.emit()
