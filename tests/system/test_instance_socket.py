"""The socket's name stays the one every copy computes: a launch finds the owner only so."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QCryptographicHash

from foot_coach.system import instance_socket


def qt_sha256(data: bytes) -> str:
    """How copies before this one named the socket: Qt's SHA-256."""
    sha = QCryptographicHash.Algorithm.Sha256
    return QCryptographicHash.hash(QByteArray(data), sha).toHex().data().decode("ascii")


@pytest.mark.parametrize("text", ["", "/home/ana/.local/share/foot-coach", "/tmp/Fuß 足/ü"])
def test_the_hash_is_sha256_as_qt_and_hashlib_give_it(text: str) -> None:
    data = text.encode()
    assert instance_socket.sha256_hex(data) == hashlib.sha256(data).hexdigest() == qt_sha256(data)


def test_without_pythons_own_sha256_qt_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("_sha256", "_sha2"):
        monkeypatch.setitem(sys.modules, name, None)  # an import of it now fails
    assert instance_socket.sha256_hex(b"folder") == hashlib.sha256(b"folder").hexdigest()


def test_the_name_holds_the_start_of_the_folders_hash(tmp_path: Path) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    name = instance_socket.server_name(tmp_path, {"XDG_RUNTIME_DIR": str(runtime)})
    digest = qt_sha256(str(tmp_path.resolve()).encode())[:16]
    assert name == str(runtime / f"foot-coach-{digest}")
