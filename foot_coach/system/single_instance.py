"""One Foot Coach per person and data folder: a second launch hands over its wish and exits.

A lock file in the data folder decides who owns the history, so two processes never write
the database at once (QLockFile notices a lock left by a crashed process and takes it over).
A lock that cannot be written at all (a full or read-only disk) is not someone else's: the
app starts and says what is wrong with the disk.

The owner listens on a local socket in a folder only this user can enter (XDG_RUNTIME_DIR,
or a private folder of ours in the temp folder), and a later launch talks only to a socket
owned by this user, so another user can neither hear nor answer it. The later launch sends
one line ("activate", or "start <exercise>" / "start" for the routine) and exits.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QByteArray, QCryptographicHash, QLockFile, QObject, QSysInfo, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from foot_coach import APP_NAME

ACTIVATE = "activate"
WAIT_MS = 3000


def _ours(path: Path, kind: int) -> bool:
    """`path` is of this kind, belongs to this user, and (a folder) only they can enter."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    private = kind != stat.S_IFDIR or not info.st_mode & 0o077
    return stat.S_IFMT(info.st_mode) == kind and info.st_uid == os.getuid() and private


def private_folder(environ: Mapping[str, str] = os.environ) -> Path | None:
    """Where our sockets live: a folder only this user can enter, or None if there is none."""
    fallback = Path(tempfile.gettempdir()) / f"foot-coach-{os.getuid()}"
    if not _ours(fallback, stat.S_IFDIR):
        with contextlib.suppress(OSError):  # someone else's, or no room: refused below
            fallback.mkdir(mode=0o700)
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    candidates = [Path(runtime)] if runtime.startswith("/") else []
    return next((f for f in [*candidates, fallback] if _ours(f, stat.S_IFDIR)), None)


def server_name(data_dir: Path, environ: Mapping[str, str] = os.environ) -> str | None:
    """The socket's path, one per data folder, so test runs and portable installs never meet."""
    folder = private_folder(environ)
    # Qt's own SHA-256, not hashlib's: that would map OpenSSL (3 MB) into the app for one hash.
    path = QByteArray(str(data_dir.resolve()).encode())
    digest = bytes(QCryptographicHash.hash(path, QCryptographicHash.Algorithm.Sha256).toHex())
    digest = digest.decode("ascii")[:16]
    return str(folder / f"foot-coach-{digest}") if folder is not None else None


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

    def __init__(self, data_dir: Path, lock_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.lock = QLockFile(str(lock_path))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self.server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def claim(self) -> bool:
        """True if this process now owns the data folder and listens for later launches."""
        if not self.lock.tryLock(100) and (self._holder_alive() or self._owner_answers()):
            return False
        if self.name is None:
            return True  # no private folder for a socket: later launches cannot reach us
        QLocalServer.removeServer(self.name)  # we own the folder: any socket left is stale
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        if not self.server.listen(self.name):
            # Still the owner; later launches just cannot reach us. Never block the person.
            self.server = None
        return True

    def _holder_alive(self) -> bool:
        """The lock is held by a running process (not merely left, on a disk that will not
        let the stale file be removed, nor unwritable)."""
        if self.lock.error() != QLockFile.LockError.LockFailedError:
            return False
        info = self.lock.getLockInfo()
        if not isinstance(info, tuple) or len(info) != 3:
            return True  # cannot tell: never take over what may be in use
        pid, host, _ = info
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
        if self.name is None or not _ours(Path(self.name), stat.S_IFSOCK):
            return False
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        answers = socket.waitForConnected(WAIT_MS)
        socket.abort()
        return answers

    def send(self, message: str) -> bool:
        """Hand a message to the running owner. False if it could not be reached in time,
        or if what is found there does not belong to this user."""
        if self.name is None or not _ours(Path(self.name), stat.S_IFSOCK):
            return False
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(WAIT_MS):
            return False
        socket.write((message + "\n").encode())
        sent = socket.waitForBytesWritten(WAIT_MS)
        socket.disconnectFromServer()
        return sent

    def hand_over(self, start: str | None) -> int:
        """Another Foot Coach owns this data folder: pass on what was asked; the exit code."""
        if self.send(message_for(start)):
            return 0
        print(
            f"{APP_NAME} is already running but did not answer. If it is stuck, close it and "
            "start it again.",
            file=sys.stderr,
        )
        return 1

    def release(self) -> None:
        for socket in list(self._buffers):
            # Cut the signals first: a socket torn down with its server still reports
            # "disconnected", and our handler must not run on a half-destroyed object.
            socket.readyRead.disconnect()
            socket.disconnected.disconnect()
            socket.abort()
        self._buffers.clear()
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()

    def _accept(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._closed(s))
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        self._buffers[socket] = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        *lines, rest = self._buffers[socket].split(b"\n")
        self._buffers[socket] = rest
        for line in lines:
            self.sig_message.emit(line.decode("utf-8", "replace")[:200])

    def _closed(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        self._read(socket)
        del self._buffers[socket]
        socket.deleteLater()
