"""Two real launches on one data folder: the second hands over and exits; the first acts."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from apps import App, app_env, wait_until
from PySide6.QtCore import QLockFile

from foot_coach.system.single_instance import SingleInstance, server_name

# A real owner of a data folder (the single-instance part of the app alone, for speed), up to
# its claim; what it does then is each script's own.
CLAIMED = """
import os, select, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from foot_coach.system.single_instance import SingleInstance

app = QCoreApplication([])
folder = Path(sys.argv[1])
owner = SingleInstance(folder, folder / "instance.lock")
assert owner.claim()
"""
# It says when it listens and prints each line it hears.
OWNER = f"""{CLAIMED}owner.sig_message.connect(lambda line: print(line, flush=True))
print("listening", flush=True)
app.exec()
"""
# Owners that never answer, as older copies: 0.1.0 as released (a QLocalServer that prints
# each line it reads) and the socket of ours before owners answered (this one, mute).
RELEASED_OWNER = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtNetwork import QLocalServer
from foot_coach.system.single_instance import server_name

app = QCoreApplication([])
folder = Path(sys.argv[1])
lock = QLockFile(str(folder / "instance.lock"))
assert lock.tryLock(100)
server = QLocalServer()
server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
assert server.listen(server_name(folder))
buffers = {}

def read(peer):
    *lines, buffers[peer] = (buffers.get(peer, b"") + peer.readAll().data()).split(b"\\n")
    for line in lines:
        print(line.decode(), flush=True)

def accept():
    while (peer := server.nextPendingConnection()) is not None:
        peer.readyRead.connect(lambda p=peer: read(p))
        peer.disconnected.connect(lambda p=peer: (read(p), p.deleteLater()))
        read(peer)

server.newConnection.connect(accept)
print("listening", flush=True)
app.exec()
"""
# An owner quitting in the very moment a launch speaks to it: its event loop has ended, so
# the line waits unread until the rest of quitting closes the socket and lets go of the lock.
# It goes once the line is there, not after a pause: the launch then waits for its answer.
QUITTING_OWNER = f"""{CLAIMED}print("listening", flush=True)
select.select([owner.server], [], [])
peer, _ = owner.server._accept()
select.select([peer], [], [])  # the launch's line has come; it stays unread
os.close(peer)
owner.release()
print("gone", flush=True)
"""
MUTE_OWNER = OWNER.replace(
    "app = ", "import foot_coach.system.single_instance as s\ns.ANSWER = b''\napp = "
)


def test_second_launch_exits_0_and_the_first_is_activated(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = App(data)
    try:
        first.wait_painted()
        first.launch_again("--start", "toe-curls")
        heard = wait_until(lambda: "later launch: start" in first.log(), first.proc, 20)
        assert heard, first.log()
        assert first.proc.poll() is None  # the first keeps running
    finally:
        first.close()


def test_other_data_folder_is_a_separate_app(tmp_path: Path) -> None:
    first = App(tmp_path / "one")
    second = App(tmp_path / "two")
    try:
        first.wait_painted()
        second.wait_painted()  # both own their folder and show a window
        assert first.proc.poll() is None and second.proc.poll() is None
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize(
    "script", [OWNER, RELEASED_OWNER, MUTE_OWNER], ids=["answering", "0.1.0", "mute"]
)
def test_a_frozen_owner_is_told_to_the_person_and_one_that_takes_the_line_is_not(
    tmp_path: Path, script: str
) -> None:
    """The kernel takes the connection and the line even from a copy whose GUI thread is
    stuck: only the owner's answer, or an older copy (which never answers) closing its end
    once it has read the line, tells a later launch that someone acts on it."""
    owner = subprocess.Popen([sys.executable, "-c", script, str(tmp_path)], env=app_env(),
                             stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert owner.stdout is not None
    told: list[Path] = []
    try:
        assert owner.stdout.readline() == "listening\n"
        later = SingleInstance(tmp_path, tmp_path / "instance.lock")
        assert not later.claim()
        assert later.hand_over("toe-curls", told.append) == 0 and told == []
        assert owner.stdout.readline() == "start toe-curls\n"
        os.kill(owner.pid, signal.SIGSTOP)
        stuck = SingleInstance(tmp_path, tmp_path / "instance.lock", answer_wait_ms=200)
        assert not stuck.claim()  # still the owner: its process is there
        assert stuck.hand_over(None, told.append) == 1
        assert told == [tmp_path]  # the "not answering" box
        os.kill(owner.pid, signal.SIGCONT)
        assert owner.stdout.readline() == "activate\n"  # acted on once it runs again
    finally:
        owner.kill()
        owner.communicate(timeout=60)


@pytest.mark.parametrize("held", [True, False], ids=["still-there", "gone"])
def test_an_owner_that_closes_without_answering_took_the_line_only_if_it_is_still_there(
    tmp_path: Path, held: bool
) -> None:
    """One that closed as it quit or died leaves the lock free: nobody took the line."""
    name = server_name(tmp_path)
    assert name is not None
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(name)
    server.listen(1)
    heard: list[bytes] = []

    def read_to_the_end_and_close() -> None:
        peer, _ = server.accept()
        with peer:
            while chunk := peer.recv(64):
                heard.append(chunk)

    reader = threading.Thread(target=read_to_the_end_and_close)
    reader.start()
    holder = QLockFile(str(tmp_path / "instance.lock"))
    assert holder.tryLock(0)
    if not held:
        holder.unlock()
    later = SingleInstance(tmp_path, tmp_path / "instance.lock")
    try:
        assert later.send("activate") is held
        assert heard == [b"activate\n"]
        assert not later.lock.isLocked()  # a gone owner's lock is left for the next launch
    finally:
        reader.join(timeout=60)
        server.close()
        os.unlink(name)
        holder.unlock()


def test_a_launch_meeting_a_copy_as_it_quits_starts_itself(tmp_path: Path) -> None:
    """The line was never read: the launch that was left without an answer finds the data
    folder let go of, and starts as its owner instead of showing 'not answering'."""
    data = tmp_path / "data"
    data.mkdir()
    owner = subprocess.Popen([sys.executable, "-c", QUITTING_OWNER, str(data)], env=app_env(),
                             stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert owner.stdout is not None
    assert owner.stdout.readline() == "listening\n"
    later = App(data)
    try:
        later.wait_painted(60)
        assert owner.stdout.readline() == "gone\n"
        assert "quit as this launch spoke to it" in later.log(), later.log()
        after = SingleInstance(data, data / "instance.lock")
        assert not after.claim()  # the launch owns the folder now and answers the next one
        assert after.send("activate")
        assert wait_until(lambda: "later launch: activate" in later.log(), later.proc, 20)
    finally:
        owner.kill()
        owner.communicate(timeout=60)
        later.close()
