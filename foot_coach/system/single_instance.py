"""One Foot Coach per person and data folder: a second launch hands over its wish and exits.

A lock file in the data folder decides who owns the history, so two processes never write
the database at once (QLockFile notices a lock left by a crashed process and takes it over).
A lock that cannot be written at all (a full or read-only disk) is not someone else's: the
app starts and says what is wrong with the disk.

The owner listens on a local socket only this user can reach (instance_socket.py), so
another user can neither hear nor answer a launch. The later launch sends
one line ("activate", or "start <exercise>" / "start" for the routine), closes its sending
side, and waits a moment for the owner's answer: the kernel takes the connection and the line
even from a copy whose GUI thread is stuck, so only an answer shows that someone is there to
act on it. Without one the person is told (ui/not_answering.py).

Older copies (0.1.0 as released, and those made before owners answered) never answer. They
close their end once their GUI thread has read to the end of what was sent, after acting on
the line; a stuck copy closes nothing. So an end with no answer, from an owner that still
holds the lock, is an older copy having taken the line.

A copy quitting (or dying) in the very moment a launch speaks to it closes without answering
too, unread line and all, and lets go of the lock a moment later. So a launch left without
an answer waits a moment for the lock before it tells the person anything: if it comes free,
nobody took the line, and the launch starts as the owner itself (a copy of ours quitting
lets go of the lock right after its socket). Only an older copy quitting just after it read
the line, before acting on it, is still counted as having taken it.

The socket is Python's own, watched by a QSocketNotifier: QLocalServer would load QtNetwork
and the Kerberos libraries it links (about 2.5 MB resident) for one line per launch.
"""

from __future__ import annotations

import _socket
import contextlib
import logging
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QSocketNotifier, QTimer, Signal

from foot_coach import APP_NAME
from foot_coach.system.instance_socket import ANSWER, listening, ours, reply, server_name

LOG = logging.getLogger("foot_coach")
ACTIVATE = "activate"
WAIT_MS = 3000
ANSWER_WAIT_MS = 5000  # the owner may be busy a moment: its own start-up, a History page
# How long a launch left without an answer waits for a quitting owner's lock: ours lets go
# of it within milliseconds of closing its socket; a dead one's is free once it is reaped.
GONE_WAIT_MS = 1000


def message_for(start: str | None) -> str:
    if start is None:
        return ACTIVATE
    return f"start {start}".strip()


def parse_message(line: str) -> tuple[str, str | None]:
    """("activate", None) or ("start", "" for the routine / an exercise id)."""
    command, _, rest = line.strip().partition(" ")
    if command == "start":
        return "start", rest.strip()
    return ACTIVATE, None


class SingleInstance(QObject):
    sig_message = Signal(str)  # one line from a later launch

    def __init__(
        self, data_dir: Path, lock_path: Path, answer_wait_ms: int = ANSWER_WAIT_MS,
        parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.data_dir, self.answer_wait_ms = data_dir, answer_wait_ms
        self.name = server_name(data_dir)
        self.lock = QLockFile(str(lock_path))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self.server: _socket.socket | None = None
        self._watch: QSocketNotifier | None = None
        self._peers: dict[_socket.socket, tuple[QSocketNotifier, bytes]] = {}
        # Watchers of peers that hung up, deleted at the next launch: not inside their own
        # signal, where deleting one crashed the app.
        self._spent: list[QSocketNotifier] = []

    def claim(self) -> bool:
        """True if this process now owns the data folder and listens for later launches."""
        if not self.lock.tryLock(100) and (self._holder_alive() or self._owner_answers()):
            return False
        self._listen()
        return True

    def _listen(self) -> None:
        made = listening(self.name) if self.name is not None else None
        if not isinstance(made, _socket.socket):  # later launches just cannot reach us
            self._log_unreachable(made or "no folder only this user can enter")
            return
        self.server = made
        self._watch = QSocketNotifier(self.server.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._accept)

    def _log_unreachable(self, why: OSError | str) -> None:
        """Said once the app runs: the log file opens only after the claim, and the reason
        belongs in the file the person can send along."""
        text = "later launches cannot reach this one: cannot listen at %s: %s"
        QTimer.singleShot(0, self, lambda: LOG.warning(text, self.name, why))

    def _holder_alive(self) -> bool:
        """The lock is held by a running process (not merely left, on a disk that will not
        let the stale file be removed, nor unwritable)."""
        if self.lock.error() != QLockFile.LockError.LockFailedError:
            return False
        info = self.lock.getLockInfo()
        if not isinstance(info, tuple) or len(info) != 3:
            return True  # cannot tell: never take over what may be in use
        pid, host, _ = info
        from PySide6.QtCore import QSysInfo  # only when a lock is met: not for a first paint

        if host != QSysInfo.machineHostName() or not isinstance(pid, int) or pid <= 0:
            return True
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except OSError:
            return True  # alive, but another user's
        return True

    def _owner_answers(self) -> bool:
        connected = self._connect()
        if connected is not None:
            connected.close()
        return connected is not None

    def _connect(self) -> _socket.socket | None:
        """A connection to the owner's socket, if it is this user's and answers in time."""
        if self.name is None or not ours(Path(self.name), stat.S_IFSOCK):
            return None
        peer = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
        peer.settimeout(WAIT_MS / 1000)
        try:
            peer.connect(self.name)
        except OSError:  # refused (left by a crash), or no answer in time
            peer.close()
            return None
        return peer

    def send(self, message: str) -> bool:
        """Hand a message to the running owner. False if it could not be reached in time, did
        not answer within `answer_wait_ms`, or does not belong to this user."""
        peer = self._connect()
        if peer is None:
            return False
        try:
            peer.sendall((message + "\n").encode())
            peer.shutdown(_socket.SHUT_WR)  # said all: an older owner closes once it read it
            peer.settimeout(self.answer_wait_ms / 1000)
            answer = reply(peer)
        except OSError:  # a timeout is one too
            return False
        finally:
            peer.close()
        return answer == ANSWER or (answer == b"" and self._still_held())

    def _still_held(self) -> bool:
        """The owner that closed without answering still holds the data folder: an older
        version that read the line, not one that has gone."""
        if not self.lock.tryLock(0):
            return self._holder_alive()
        self.lock.unlock()  # it has gone: nobody took the line
        return False

    def hand_over(
        self, start: str | None, tell: Callable[[Path], None] | None = None
    ) -> int | None:
        """Another Foot Coach owns this data folder: pass on what was asked; the exit code.
        None when the owner was quitting instead: this launch now owns the folder and starts.
        `tell` shows the person that the owner did not answer (started from a menu, nobody
        reads stderr)."""
        if self.send(message_for(start)):
            return 0
        if self._taken_over():  # said once the log file is open, as _log_unreachable
            text = "the running copy quit as this launch spoke to it: starting instead"
            QTimer.singleShot(0, self, lambda: LOG.info(text))
            return None
        print(
            f"{APP_NAME} is already running but did not answer. If it is stuck, close it and "
            "start it again.",
            file=sys.stderr,
        )
        if tell is not None:
            tell(self.data_dir)
        return 1

    def _taken_over(self) -> bool:
        """The owner that did not answer let go of the data folder within a moment (it was
        quitting, or died): this launch now owns it, listening for later ones."""
        if not self.lock.tryLock(GONE_WAIT_MS):  # also takes over a dead process's lock
            return False
        self._listen()
        return True

    def release(self) -> None:
        for peer in list(self._peers):
            self._drop(peer)
        self._spent.clear()
        if self._watch is not None:
            self._watch.setEnabled(False)
            self._watch = None
        if self.server is not None:
            self.server.close()
            self.server = None
            with contextlib.suppress(OSError):
                os.unlink(str(self.name))
        self.lock.unlock()

    def _accept(self) -> None:
        assert self.server is not None
        self._spent.clear()
        while True:
            try:
                fd, _ = self.server._accept()
            except OSError:  # none left waiting (or one gave up): wait for the next
                return
            peer = _socket.socket(fileno=fd)
            peer.setblocking(False)
            watch = QSocketNotifier(peer.fileno(), QSocketNotifier.Type.Read)
            watch.activated.connect(lambda *_, p=peer: self._read(p))
            self._peers[peer] = (watch, b"")

    def _read(self, peer: _socket.socket) -> None:
        if peer not in self._peers:  # dropped while a message it sent was being handled
            return
        watch, buffer = self._peers[peer]
        try:
            chunk = peer.recv(4096)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        *lines, rest = (buffer + chunk).split(b"\n")
        self._peers[peer] = (watch, rest[:4096])  # a line longer than this is no message
        for line in lines:
            with contextlib.suppress(OSError):  # gone already, or not reading: nobody to tell
                peer.send(ANSWER)
            self.sig_message.emit(line.decode("utf-8", "replace")[:200])
        if not chunk:  # the later launch has said all and gone
            self._drop(peer)

    def _drop(self, peer: _socket.socket) -> None:
        if (kept := self._peers.pop(peer, None)) is None:
            return
        watch, _ = kept
        watch.setEnabled(False)
        self._spent.append(watch)
        peer.close()
