"""Telling a screen reader among the accessibility bus's listeners by its process, with the
registry and the bus played by fakes that answer when the test says."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

from foot_coach.system.atspi_listeners import listener_names
from foot_coach.system.reader_listening import (
    ReaderListening,
    Told,
    is_screen_reader,
    process_is_screen_reader,
)

ORCA_43 = "([(':1.5', 'object:state-changed:showing'), (':1.12', 'focus:')],)"


def test_every_listener_is_named_once() -> None:
    assert listener_names(ORCA_43 + ORCA_43) == {":1.5", ":1.12"}
    assert listener_names("([],)") == listener_names("") == frozenset()


@pytest.mark.parametrize(
    ("comm", "cmdline", "reader"),
    [
        ("orca\n", b"/usr/bin/python3\0/usr/bin/orca\0--replace\0", True),
        ("python3\n", b"python3\0/usr/bin/orca\0", True),  # run as a script by hand
        ("python3\n", b"python3\0/usr/bin/onboard\0", False),  # an on-screen keyboard
        ("magnus\n", b"/usr/bin/magnus\0", False),  # a magnifier
        ("python3\n", b"python3\0-c\0print('orca')\0", False),
    ],
)
def test_a_screen_reader_is_known_by_its_process_name(
    comm: str, cmdline: bytes, reader: bool
) -> None:
    assert is_screen_reader(comm, cmdline) is reader


def test_a_process_gone_is_no_screen_reader(tmp_path: Path) -> None:
    (tmp_path / "7").mkdir()
    (tmp_path / "7" / "comm").write_text("orca\n")
    (tmp_path / "7" / "cmdline").write_bytes(b"/usr/bin/orca\0")
    assert process_is_screen_reader(7, tmp_path)
    assert not process_is_screen_reader(8, tmp_path)


class FakeRegistry(QObject):
    heard = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.names: frozenset[str] = frozenset()
        self.answered = False

    def answer(self, *names: str) -> None:
        self.names, self.answered = frozenset(names), True
        self.heard.emit()


class FakeBus:
    """Holds each question until the test answers it."""

    def __init__(self) -> None:
        self.asked: dict[str, list[Told]] = {}

    def ask(self, name: str, then: Told) -> None:
        self.asked.setdefault(name, []).append(then)

    def tell(self, name: str, pid: int | None, which: int = -1) -> None:
        self.asked[name][which](pid)


ORCA_PID, KEYBOARD_PID = 100, 200


@pytest.fixture
def parts(qapp) -> tuple[FakeRegistry, FakeBus, ReaderListening, list[bool]]:
    registry, bus = FakeRegistry(), FakeBus()
    listening = ReaderListening(registry, bus.ask, is_reader=lambda pid: pid == ORCA_PID)  # type: ignore[arg-type]
    judged: list[bool] = []
    listening.told.connect(lambda: judged.append(listening.on))
    return registry, bus, listening, judged


def test_a_screen_reader_among_the_listeners_is_enough(parts) -> None:
    registry, bus, listening, judged = parts
    registry.answer(":1.5", ":1.9")
    assert judged == [] and not listening.on  # nothing known until the bus says
    bus.tell(":1.9", ORCA_PID)
    assert judged == [True]
    bus.tell(":1.5", KEYBOARD_PID)  # judged already: said once
    assert judged == [True]


def test_no_screen_reader_once_every_listener_is_known(parts) -> None:
    registry, bus, _listening, judged = parts
    registry.answer(":1.5", ":1.9")
    bus.tell(":1.5", KEYBOARD_PID)
    assert judged == []
    bus.tell(":1.9", None)  # the bus did not say in time: nothing known of it
    assert judged == [False]


def test_with_no_listeners_there_is_no_screen_reader(parts) -> None:
    registry, _bus, listening, judged = parts
    registry.answer()
    assert judged == [False] and not listening.on


def test_a_screen_reader_gone_is_heard_of_and_an_old_answer_ignored(parts) -> None:
    registry, bus, listening, judged = parts
    registry.answer(":1.9")
    registry.answer(":1.5")  # Orca left before its process was told
    bus.tell(":1.9", ORCA_PID)
    assert judged == [] and not listening.on
    bus.tell(":1.5", KEYBOARD_PID)
    assert judged == [False]
    registry.answer(":1.5", ":1.20")  # Orca started again
    bus.tell(":1.20", ORCA_PID)
    assert judged == [False, True] and listening.on


def test_listeners_answered_before_the_check_began_are_judged_at_once(qapp) -> None:
    registry, bus = FakeRegistry(), FakeBus()
    registry.answer(":1.5", ":1.9")  # to a notice bar, before anyone asked about readers
    listening = ReaderListening(registry, bus.ask, is_reader=lambda pid: pid == ORCA_PID)  # type: ignore[arg-type]
    bus.tell(":1.9", ORCA_PID)
    assert listening.on
