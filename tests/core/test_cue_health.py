"""When the Session page says that the sounds or the voice cannot be heard, and when a helper
that failed is started anew: each time later, a few times in a window, on a stepped clock."""

from __future__ import annotations

import pytest

from foot_coach.core.cue_health import (
    FIRST_WAIT_MS,
    TRIES,
    WINDOW_MS,
    Heard,
    Revival,
    plays_through,
    silence_line,
    silent,
)

WORKING = Heard(wanted=True, ready=True)
STARTING = Heard(wanted=True)
SECOND = 1000


@pytest.mark.parametrize(
    ("part", "said"),
    [
        (WORKING, False),
        (STARTING, False),
        (Heard(wanted=True, failed=True), False),  # started anew in a moment
        (Heard(wanted=True, ready=True, failed=True, output=False), False),  # engine fell
        (Heard(wanted=True, failed=True, given_up=True), True),  # its tries ran out
        (Heard(wanted=True, given_up=True), True),  # tried again later: not back yet
        (Heard(wanted=True, ready=True, output=False), True),  # no output, no engine
        (Heard(wanted=True, output=False), False),  # still starting: not known yet
        (Heard(wanted=False, ready=True, failed=True, output=False), False),  # off or muted
        (Heard(wanted=False, given_up=True), False),  # the session is over
    ],
)
def test_a_part_is_silent_only_when_its_tries_ran_out_or_it_has_nothing_to_play_through(
    part: Heard, said: bool
) -> None:
    assert silent(part) is said


def fail_and_start(revival: Revival, now: int) -> tuple[Revival, int]:
    """It fails at `now` and is started anew when it is told: how it stands, and when."""
    revival, wait = revival.failed(now)
    return revival.started(now + wait), now + wait


def test_each_try_waits_twice_as_long_as_the_one_before() -> None:
    revival, now, waits = Revival(), 0, []
    for _ in range(TRIES):
        after, wait = revival.failed(now)
        assert not after.given_up
        waits.append(wait)
        revival, now = after.started(now + wait), now + wait + 3 * SECOND  # then it fails
    assert waits == [FIRST_WAIT_MS * 2**n for n in range(TRIES)]


def test_once_the_tries_in_the_window_are_spent_it_gives_up_until_the_oldest_leaves_it() -> None:
    revival, now = Revival(), 0
    for _ in range(TRIES):
        revival, now = fail_and_start(revival, now)
    first = revival.tries[0]
    given_up, wait = revival.failed(now + SECOND)
    assert given_up.given_up
    assert now + SECOND + wait == first + WINDOW_MS  # then there is room for one more try
    again = given_up.started(first + WINDOW_MS)
    assert again.given_up  # not heard yet: the line stays while it starts
    assert not again.heard().given_up
    assert again.failed(first + WINDOW_MS + SECOND)[0].given_up  # it failed once more


def test_no_window_ever_holds_more_than_its_tries() -> None:
    revival, now, starts = Revival(), 0, []
    for _ in range(4 * TRIES):
        revival, now = fail_and_start(revival, now)
        starts.append(now)
    for at in starts:
        assert sum(1 for other in starts if at <= other < at + WINDOW_MS) <= TRIES


def test_after_a_quiet_window_it_is_started_anew_at_once_again() -> None:
    revival, now = Revival(), 0
    for _ in range(TRIES):
        revival, now = fail_and_start(revival, now)
    rested, wait = revival.heard().failed(now + WINDOW_MS)
    assert wait == FIRST_WAIT_MS and not rested.given_up


def test_the_line_names_what_is_missing() -> None:
    gone = Heard(wanted=True, failed=True, given_up=True)
    assert silence_line(WORKING, WORKING) == ""
    assert silence_line(WORKING, gone).startswith("The voice is not working.")
    assert silence_line(gone, STARTING).startswith("The sounds are not working.")
    both = silence_line(gone, gone)
    assert both.startswith("The sounds and the voice are not working.")
    assert both.endswith("Follow the countdown on screen.")


@pytest.mark.parametrize(
    ("role", "info", "plays"),
    [
        ("sound", {"output": "Speakers"}, True),
        ("sound", {"output": ""}, False),  # no sound output found
        ("sound", {"output": "Speakers", "failed": ["tick"]}, False),  # its cues did not load
        ("voice", {"engine": "espeak-ng", "state": "Ready"}, True),
        ("voice", {"engine": ""}, False),  # no speech engine installed
        ("voice", {"engine": "espeak-ng", "state": "Error"}, False),
    ],
)
def test_a_helper_plays_through_an_output_or_a_working_engine(
    role: str, info: dict[str, object], plays: bool
) -> None:
    assert plays_through(role, info) is plays
