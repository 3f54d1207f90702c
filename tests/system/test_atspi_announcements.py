"""What a screen reader that hears AT-SPI announcements is told, with which politeness.

Orca 43 (Debian 12, the Orca here) does not listen for announcements, so this is checked at
the AT-SPI level: a pyatspi client that listens for them, as newer Orca does, hears a paced
exercise (a count every beat) on a fast clock, through the real bridge and bus.
"""

from __future__ import annotations

import itertools
import re
import shutil

import pytest
from atspi_desktop import run_client

POLITE, ASSERTIVE = 1, 2  # AT-SPI's live politeness, in the event's detail1


@pytest.fixture(scope="module")
def heard(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, int]]:
    gdbus = () if shutil.which("gdbus") else ("gdbus (libglib2.0-bin)",)  # the app asks it
    root = tmp_path_factory.mktemp("announcements")
    # A beat every 0.67 s: counts wait for the words before them (6.4 s for "Get ready: ..."),
    # and some find room before the set ends at 8.3 s.
    said = run_client(
        root, "atspi_announcements.py", "--start", "heel-to-toe-walk", time_scale="3",
        also_missing=gdbus,
    )  # fmt: skip
    return [(t, d) for t, d in said["heard"]]


def test_steps_cut_in_and_counts_wait_their_turn(heard: list[tuple[str, int]]) -> None:
    steps = [d for t, d in heard if t.startswith(("Turn around", "Well done!"))]
    counts = [d for t, d in heard if re.fullmatch(r"\d+\.", t)]
    assert steps and set(steps) == {ASSERTIVE}, heard
    assert counts and set(counts) == {POLITE}, heard


def test_nothing_is_said_twice_in_a_row(heard: list[tuple[str, int]]) -> None:
    texts = [t for t, _ in heard]
    assert all(a != b for a, b in itertools.pairwise(texts)), texts


def test_the_words_go_as_announcements_alone_not_as_notices_too(
    heard: list[tuple[str, int]],
) -> None:
    """The session's end came as an announcement: the notice, heard as well, is not sent."""
    assert heard[-1][0].startswith("Well done!") and "Today," in heard[-1][0], heard
