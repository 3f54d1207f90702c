"""When the Session page says that the sounds or the voice cannot be heard."""

from __future__ import annotations

import pytest

from foot_coach.core.cue_health import Heard, silence_line, silent

WORKING = Heard(wanted=True, ready=True)
STARTING = Heard(wanted=True)


@pytest.mark.parametrize(
    ("part", "said"),
    [
        (WORKING, False),
        (STARTING, False),
        (Heard(wanted=True, failed=True, again=True), False),  # started anew in a moment
        (Heard(wanted=True, failed=True), True),  # failed after it was started anew
        (Heard(wanted=True, ready=True, output=False), True),  # no output, no engine
        (Heard(wanted=True, output=False), False),  # still starting: not known yet
        (Heard(wanted=False, ready=True, failed=True, output=False), False),  # off or muted
    ],
)
def test_a_part_is_silent_only_when_nothing_in_this_session_brings_it_back(
    part: Heard, said: bool
) -> None:
    assert silent(part) is said


def test_the_line_names_what_is_missing() -> None:
    gone = Heard(wanted=True, failed=True)
    assert silence_line(WORKING, WORKING) == ""
    assert silence_line(WORKING, gone).startswith("The voice is not working.")
    assert silence_line(gone, STARTING).startswith("The sounds are not working.")
    both = silence_line(gone, gone)
    assert both.startswith("The sounds and the voice are not working.")
    assert both.endswith("Follow the countdown on screen.")
