"""Where the owner of a data folder listens, and the socket calls both sides make.

The socket lives in a folder only this user can enter (XDG_RUNTIME_DIR, or a private folder
of ours in the temp folder), named after the data folder, so test runs and portable installs
never meet; a later launch speaks only to a socket this user owns.
"""

from __future__ import annotations

import _socket
import contextlib
import importlib
import os
import stat
import tempfile
from collections.abc import Mapping
from pathlib import Path

# The sockets are _socket's: socket.py, a wrapper these few calls do without, builds four
# enums of every address family and flag at import (3 ms before the window, at each start).
# Sent for each line as soon as the owner's GUI thread takes it, before acting on it: acting
# may take longer (the window is built when a copy waiting in the tray is asked for it).
ANSWER = b"ok\n"


def ours(path: Path, kind: int) -> bool:
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
    if not ours(fallback, stat.S_IFDIR):
        with contextlib.suppress(OSError):  # someone else's, or no room: refused below
            fallback.mkdir(mode=0o700)
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    candidates = [Path(runtime)] if runtime.startswith("/") else []
    return next((f for f in [*candidates, fallback] if ours(f, stat.S_IFDIR)), None)


def server_name(data_dir: Path, environ: Mapping[str, str] = os.environ) -> str | None:
    """The socket's path, one per data folder, so test runs and portable installs never meet."""
    folder = private_folder(environ)
    digest = sha256_hex(str(data_dir.resolve()).encode())[:16]
    return str(folder / f"foot-coach-{digest}") if folder is not None else None


def sha256_hex(data: bytes) -> str:
    """Python's own SHA-256, not hashlib's: that would map OpenSSL (3 MB) into the app for one
    hash. Nor Qt's: PySide would build its QByteArray and QCryptographicHash types before the
    first paint (about 1 ms). Python 3.12 renamed the module; where neither is built in, Qt's."""
    for name in ("_sha256", "_sha2"):
        with contextlib.suppress(ImportError):
            return str(importlib.import_module(name).sha256(data).hexdigest())
    from PySide6.QtCore import QByteArray, QCryptographicHash

    sha = QCryptographicHash.Algorithm.Sha256
    return QCryptographicHash.hash(QByteArray(data), sha).toHex().data().decode("ascii")


def reply(peer: _socket.socket) -> bytes:
    """The owner's answer, b"" if it closed without one."""
    got = b""
    while len(got) < len(ANSWER) and (chunk := peer.recv(len(ANSWER) - len(got))):
        got += chunk
    return got


def listening(name: str) -> _socket.socket | OSError:
    """A socket listening at `name`, only this user may connect; or why that cannot be."""
    with contextlib.suppress(OSError):  # nothing there; or not ours to remove: bind says so
        os.unlink(name)  # we own the data folder: any socket left there is stale
    server = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        server.bind(name)
        os.chmod(name, 0o600)  # the folder is private already; this says so twice
        server.listen(8)
        server.setblocking(False)
    except OSError as exc:
        server.close()
        return exc
    return server
