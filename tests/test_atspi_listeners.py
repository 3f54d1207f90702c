"""Reading who listens for AT-SPI announcements from the registry's answer, as gdbus prints it."""

from __future__ import annotations

import pytest

from foot_coach.system.atspi_listeners import announcements_listened

ORCA_43 = "([(':1.5', 'object:state-changed:showing'), (':1.5', 'object:text-changed:insert')],)"


@pytest.mark.parametrize(
    ("printed", "listened"),
    [
        ("([(':1.0', 'Object:Announcement:')],)", True),  # pyatspi's spelling
        (ORCA_43[:-3] + ", (':1.9', 'object:announcement')],)", True),  # newer Orca's
        (ORCA_43, False),  # Orca 43: it would never hear one, so it gets a notice
        ("([],)", False),
        ("", False),  # no answer: nobody is known to listen
    ],
)
def test_announcements_are_listened_for_only_when_a_listener_names_them(
    printed: str, listened: bool
) -> None:
    assert announcements_listened(printed) is listened
