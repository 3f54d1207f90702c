"""The tray menu follows the state it is given; one owner per data folder hears later launches."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu
from script_runs import run_script

from foot_coach.system.single_instance import SingleInstance, message_for, parse_message
from foot_coach.ui.tray import Tray, TrayState


def sent(qtbot, later: SingleInstance, message: str) -> bool:
    """`later.send`, from another thread: it waits for the answer, which an owner in this
    process gives from this thread's event loop."""
    with ThreadPoolExecutor(1) as pool:
        done = pool.submit(later.send, message)
        qtbot.waitUntil(done.done, timeout=10_000)
        return done.result()


def make_tray(state: list[TrayState]) -> Tray:
    return Tray(QIcon(), lambda: state[0])


def test_menu_is_rebuilt_from_the_state_each_time(qtbot) -> None:
    state = [TrayState("Next reminder: today at 18:00", False, False)]
    tray = make_tray(state)
    assert "Next reminder: today at 18:00" in tray.actions()
    state[0] = TrayState("Next reminder: tomorrow at 09:00", True, True)
    tray.menu.aboutToShow.emit()
    actions = tray.actions()
    assert "Next reminder: tomorrow at 09:00" in actions
    assert "Next reminder: today at 18:00" not in actions
    assert not actions["Start routine"].isEnabled()
    assert not actions["Pause reminders for today"].isEnabled()
    assert not actions["Next reminder: tomorrow at 09:00"].isEnabled()


def test_opening_the_menu_again_and_again_makes_nothing_new(qtbot) -> None:
    tray = make_tray([TrayState("No reminder is set.", False, False)])
    for _ in range(5):
        tray.menu.aboutToShow.emit()
    assert len(tray.menu.findChildren(QMenu)) == 1
    assert [a.text() for a in tray.menu.actions()].count("Snooze") == 1


def test_menu_commands_are_forwarded(qtbot) -> None:
    tray = make_tray([TrayState("No reminder is set.", False, False)])
    seen: list[object] = []
    tray.sig_start.connect(lambda: seen.append("start"))
    tray.sig_snooze.connect(seen.append)
    tray.sig_quit.connect(lambda: seen.append("quit"))
    tray.actions()["Start routine"].trigger()
    assert "Snooze" in tray.actions()
    [ten] = [a for a in tray.snooze.actions() if a.text().startswith("10")]
    ten.trigger()
    tray.actions()["Quit"].trigger()
    assert seen == ["start", 10, "quit"]


def test_messages_round_trip() -> None:
    assert parse_message(message_for(None)) == ("activate", None)
    assert parse_message(message_for("")) == ("start", "")
    assert parse_message(message_for("toe-curls")) == ("start", "toe-curls")
    assert parse_message("nonsense here") == ("activate", None)


def test_second_owner_is_refused_and_its_message_arrives(qtbot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path, tmp_path / "instance.lock")
    second = SingleInstance(tmp_path, tmp_path / "instance.lock")
    assert first.claim()
    try:
        assert not second.claim()
        with qtbot.waitSignal(first.sig_message, timeout=5000) as got:
            assert sent(qtbot, second, "start toe-curls")
        assert got.args == ["start toe-curls"]
    finally:
        first.release()
    assert second.claim()  # released: the next launch becomes the owner
    second.release()


def test_lock_left_by_a_dead_process_is_taken_over(qtbot, tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True, timeout=60)  # fmt: skip
    lock = tmp_path / "instance.lock"
    lock.write_text(f"{dead.stdout.strip()}\nfoot-coach\n{os.uname().nodename}\n")
    owner = SingleInstance(tmp_path, lock)
    assert owner.claim()
    owner.release()


def test_other_data_folders_do_not_meet(qtbot, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = SingleInstance(tmp_path / "a", tmp_path / "a" / "instance.lock")
    b = SingleInstance(tmp_path / "b", tmp_path / "b" / "instance.lock")
    assert a.claim() and b.claim()
    assert a.name != b.name
    a.release()
    b.release()


def test_the_socket_name_is_the_one_earlier_versions_use(tmp_path: Path) -> None:
    """A new version launched while an older one runs must find it: the same SHA-256 name."""
    import hashlib

    from foot_coach.system import single_instance

    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    data = tmp_path / "données"
    name = single_instance.server_name(data, {"XDG_RUNTIME_DIR": str(runtime)})
    digest = hashlib.sha256(str(data.resolve()).encode()).hexdigest()[:16]
    assert name == str(runtime / f"foot-coach-{digest}")


def test_the_socket_lives_in_a_folder_only_this_user_enters(tmp_path: Path, monkeypatch) -> None:
    from foot_coach.system import single_instance

    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    name = single_instance.server_name(tmp_path, {"XDG_RUNTIME_DIR": str(runtime)})
    assert name is not None and Path(name).parent == runtime
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)  # anyone could put a socket here first: not used
    name = single_instance.server_name(tmp_path, {"XDG_RUNTIME_DIR": str(shared)})
    assert name is not None and Path(name).parent != shared
    folder = Path(name).parent
    assert folder.stat().st_uid == os.getuid() and not folder.stat().st_mode & 0o077


def test_a_socket_of_another_user_is_never_spoken_to(qtbot, tmp_path: Path, monkeypatch) -> None:
    from foot_coach.system import single_instance

    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    owner = SingleInstance(tmp_path, tmp_path / "instance.lock")
    later = SingleInstance(tmp_path, tmp_path / "instance.lock")
    assert owner.claim()
    try:
        real = os.getuid()
        monkeypatch.setattr(single_instance.os, "getuid", lambda: real + 1)  # seen as a stranger
        assert not later.send("start toe-curls")
        monkeypatch.setattr(single_instance.os, "getuid", lambda: real)
        with qtbot.waitSignal(owner.sig_message, timeout=5000):
            assert sent(qtbot, later, "activate")
    finally:
        owner.release()


def test_a_lock_that_cannot_be_written_is_nobody_elses(qtbot, tmp_path: Path) -> None:
    """A full or read-only disk: the lock file cannot be made, and no owner answers, so this
    launch starts (and the store says what is wrong) instead of 'already running'."""
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            folder.chmod(0o700)
            folder = tmp_path / "missing" / "deeper"  # root writes anywhere: no folder at all
        first = SingleInstance(tmp_path, folder / "instance.lock")
        assert first.claim()
        first.release()
    finally:
        (tmp_path / "locked").chmod(0o700)


def test_a_socket_left_by_a_crash_is_replaced(qtbot, tmp_path: Path, monkeypatch) -> None:
    """A crashed owner leaves its lock and its socket file: nobody answers there, so a later
    launch neither hands over to it nor fails to listen, and hears the next launch."""
    import socket

    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    owner = SingleInstance(tmp_path, tmp_path / "instance.lock")
    assert owner.name is not None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as left:
        left.bind(owner.name)  # bound, never listening: the file a crash leaves
    assert not owner.send("activate")  # nobody there to take it
    assert owner.claim()
    try:
        later = SingleInstance(tmp_path, tmp_path / "instance.lock")
        assert not later.claim()
        with qtbot.waitSignal(owner.sig_message, timeout=5000) as got:
            assert sent(qtbot, later, "start")
        assert got.args == ["start"]
        assert Path(owner.name).stat().st_mode & 0o077 == 0
    finally:
        owner.release()
    assert not Path(owner.name).exists()  # let go: the next owner starts clean


def test_a_socket_that_cannot_listen_is_logged_once_the_log_is_open(
    qtbot, tmp_path: Path, monkeypatch, caplog
) -> None:
    """The log file opens after the claim: the reason later launches cannot reach this one
    is written once the app runs, so it ends up in the file the person can send along."""
    runtime = tmp_path / ("r" * 120)  # too long a path for a local socket
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    owner = SingleInstance(tmp_path, tmp_path / "instance.lock")
    try:
        with caplog.at_level("WARNING", logger="foot_coach"):
            assert owner.claim() and owner.server is None  # the person is not held up
            qtbot.waitUntil(lambda: "cannot listen" in caplog.text)
        assert "too long" in caplog.text  # the reason, as the system gave it
    finally:
        owner.release()


def test_an_owner_that_does_not_answer_is_named_in_a_box_in_the_chosen_language(
    qtbot, tmp_path: Path, monkeypatch, capsys
) -> None:
    """Launched from the desktop menu nobody reads stderr: a box says what happened."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from foot_coach.system import i18n
    from foot_coach.ui import not_answering, theme

    settings = tmp_path / "settings.toml"
    written = 'language = "de"\nlarger_text = 150\nnonsense = 1\n'  # a bad key: left alone
    settings.write_text(written)
    shown: list[str] = []
    sizes: list[float] = []

    def box(_parent, _title, text: str) -> None:
        shown.append(text)
        sizes.append(QApplication.font().pointSizeF())

    monkeypatch.setattr(QMessageBox, "warning", box)
    monkeypatch.setattr(not_answering, "UNSEEN", ())  # tests run offscreen
    owner = SingleInstance(tmp_path, tmp_path / "instance.lock")
    later = SingleInstance(tmp_path, tmp_path / "instance.lock")
    try:
        assert owner.claim() and owner.name is not None
        Path(owner.name).unlink()  # as a cleaner of temporary files may: the owner is mute
        assert not later.claim()
        assert later.hand_over("toe-curls", not_answering.tell) == 1
    finally:
        i18n.install(QApplication.instance(), "en")
        theme.apply(QApplication.instance(), theme.Mode.LIGHT)
        owner.release()
    assert "did not answer" in capsys.readouterr().err  # kept for a launch from a terminal
    assert len(shown) == 1 and "Foot Coach" in shown[0] and "antwortet" in shown[0]
    assert sizes == [theme.BASE_POINT_SIZE * 1.5]  # the person's larger text
    assert settings.read_text() == written


def test_lines_arrive_whole_however_they_are_cut(qtbot, tmp_path: Path) -> None:
    import socket

    owner = SingleInstance(tmp_path, tmp_path / "instance.lock")
    assert owner.claim() and owner.name is not None
    heard: list[str] = []
    owner.sig_message.connect(heard.append)
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as peer:
            peer.connect(owner.name)
            peer.sendall(b"start toe")
            qtbot.waitUntil(lambda: any(kept for _, kept in owner._peers.values()))
            peer.sendall(b"-curls\nactivate\nunfinished")
            qtbot.waitUntil(lambda: len(heard) == 2)
            peer.settimeout(5)
            assert peer.recv(16) == b"ok\nok\n"  # each whole line answered, no more
        qtbot.waitUntil(lambda: not owner._peers)  # the peer hung up: dropped
        assert heard == ["start toe-curls", "activate"]
    finally:
        owner.release()


def test_the_single_instance_loads_no_network_module() -> None:
    """QtNetwork (and the Kerberos libraries it links) cost 2.5 MB resident for one line."""
    code = (
        "import json, sys, pathlib, tempfile\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from foot_coach.system.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        "folder = pathlib.Path(tempfile.mkdtemp())\n"
        "owner = SingleInstance(folder, folder / 'lock')\n"
        "assert owner.claim()\n"
        "owner.release()\n"
        "print(json.dumps('PySide6.QtNetwork' in sys.modules))\n"
    )
    assert run_script(code) is False
