"""A changed amount as the report lists it and the end of a session tells it: said once, the
count in its plural form, and what it was before, in each language."""

from __future__ import annotations

import pytest

from foot_coach.core.catalog import Prescription
from foot_coach.ui.amounts import change_words

RAISED = {
    "en": "now 11 times, hold 3 s each (was 10 times)",
    "de": "jetzt 11-mal, jeweils 3 s halten (vorher 10-mal)",
    "es": "ahora 11 veces, mantenga 3 s cada vez (antes 10 veces)",
}
LONGER_HOLD = {
    "en": "now 10 times, hold 5 s each (was 15 times, hold 3 s each)",
    "de": "jetzt 10-mal, jeweils 5 s halten (vorher 15-mal, jeweils 3 s halten)",
    "es": "ahora 10 veces, mantenga 5 s cada vez (antes 15 veces, mantenga 3 s cada vez)",
}
DOWN_TO_ONE = {
    "en": "now 1 time, hold 3 s (was 2 times)",
    "de": "jetzt 1-mal, 3 s halten (vorher 2-mal)",
    "es": "ahora 1 vez, mantenga 3 s (antes 2 veces)",
}
CIRCLES = {
    "en": "now 11 circles each way, on each foot (was 10 circles)",
    "de": "jetzt 11 Kreise in jede Richtung, mit jedem Fuß (vorher 10 Kreise)",
    "es": "ahora 11 círculos en cada sentido, con cada pie (antes 10 círculos)",
}


@pytest.mark.parametrize("language", ["en", "de", "es"], indirect=True)
def test_a_change_says_the_amount_once_and_what_it_was(catalog, language) -> None:
    curls, circles = catalog.get("toe-curls"), catalog.get("ankle-circles")
    assert change_words(curls, Prescription(11, 3), Prescription(10, 3)) == RAISED[language]
    assert change_words(curls, Prescription(10, 5), Prescription(15, 3)) == LONGER_HOLD[language]
    assert change_words(curls, Prescription(1, 3), Prescription(2, 3)) == DOWN_TO_ONE[language]
    assert change_words(circles, Prescription(11), Prescription(10)) == CIRCLES[language]


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_with_nothing_before_or_only_the_pace_changed_the_amount_is_said_alone(
    catalog, language
) -> None:
    walk = catalog.get("heel-to-toe-walk")
    assert change_words(walk, Prescription(12, 0, 0, 2), None) == "now 12 steps each way"
    slower = change_words(walk, Prescription(12, 0, 0, 3), Prescription(12, 0, 0, 2))
    assert slower == "now 12 steps each way"
