"""Foot Coach through the real Linux accessibility stack: AT-SPI, as a screen reader sees it.

A private D-Bus session with the accessibility bus (at-spi2-core) and an X server; the app on
it with Qt's AT-SPI bridge on; and a client on Debian's pyatspi in the system Python, which
presses the page tabs, walks every page and listens to a short session on a fast clock.
"""

from __future__ import annotations

import re

import pytest
from atspi_desktop import run_client

LEAVE_UNNAMED = {"filler", "panel", "scroll bar"}  # containers Qt makes focusable for its own


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("screen-reader")
    # No sound server, whatever desktop the tests run on. Ten times as fast: a hold or release
    # lasts 0.3 s, well over the moment that joins words (0.12 s); at twenty times, under load,
    # a hold and its release now and then went out as one notice.
    return run_client(root, "atspi_client.py", time_scale="10", drop=("PULSE_SERVER",))


PAGES = ("Exercises", "History", "Routine", "Reminders", "Settings")
INPUTS = {"combo box", "spin button", "slider", "text", "list"}


@pytest.mark.parametrize("page", PAGES)
def test_every_focusable_object_is_named_and_every_input_labelled(seen: dict, page: str) -> None:
    nodes = seen["pages"][page]
    assert len(nodes) > 10, "the walk reached the page"
    unnamed = [n["role"] for n in nodes if n["focusable"] and not n["name"]]
    unlabelled = [n["name"] for n in nodes if n["role"] in INPUTS and not n["labelled"]]
    assert unnamed == [] and unlabelled == []


@pytest.mark.parametrize("page", PAGES)
def test_the_pages_are_tabs_and_the_open_one_is_selected(seen: dict, page: str) -> None:
    nodes = seen["pages"][page]
    tabs = [n for n in nodes if n["role"] == "page tab"]
    assert [n["name"] for n in tabs if n["selected"]] == [page]
    assert len(tabs) == 6 and [n["name"] for n in nodes if n["role"] == "page tab list"] == [
        "Pages"
    ]


def test_each_phase_is_announced_once_with_the_voices_words(seen: dict) -> None:
    """As Orca 43 hears them: a notification that shows, inside a status bar (so said without
    the word "notification"); it does not listen for announcement events."""
    assert {(parent, showing) for _, parent, showing in seen["heard"]} == {("status bar", 1)}
    said = [text for text, _, _ in seen["heard"]]
    # With no sound server, that is said too, once: alone or with the words of that moment.
    silence = "The sounds are not working. Follow the countdown on screen."
    assert sum(text.count(silence) for text in said) == 1, said
    said = [cut for text in said if (cut := text.replace(silence, "").strip())]
    # Toe curls on a fresh history: ten holds, each then released, as the voice says them.
    reps = [line for n in range(1, 11) for line in ("Hold.", f"And release. {n} of 10.")]
    assert said[:21] == ["Get ready, Toe curls. Seated. Exercise 1 of 1.", *reps]
    assert said[21].startswith("Well done! How did Toe curls feel? Today, 1 exercise, 10 ")
    assert len(said) == 22


def test_the_countdown_and_the_count_are_read_as_text_and_value(seen: dict) -> None:
    [countdown] = seen["countdown"]
    seconds = re.fullmatch(r"Seconds left: (\d+)", countdown["name"])
    assert seconds is not None and countdown["text"] == seconds[1]
    assert countdown["value"] == int(seconds[1]) and 0 < countdown["value"] <= countdown["maximum"]
    [count] = seen["count"]
    assert count["text"] == f"{count['value']:.0f} of 10" and count["maximum"] == 10
