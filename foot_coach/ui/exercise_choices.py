"""The choices the own-exercise editor offers, each in plain words with the catalogue value it
stands for: a person picks "Right foot, then left foot", the catalogue reads ["right", "left"]."""

from __future__ import annotations

from collections.abc import Mapping

from foot_coach.core.catalog import BUILTIN_PICTURE, Counting, Posture
from foot_coach.core.words import fill
from foot_coach.system.i18n import tr
from foot_coach.ui import phase_text


def postures() -> list[tuple[str, object]]:
    return [(phase_text.posture_words(p), p.value) for p in Posture]


def countings() -> list[tuple[str, object]]:
    return [
        (tr("Hold, then let go"), Counting.HOLD_REPS.value),
        (tr("Keep going for a time, then rest"), Counting.TIMED.value),
        (tr("Moves on a steady beat"), Counting.PACED_MOVES.value),
        (tr("Steps on a steady beat"), Counting.PACED_STEPS.value),
        (tr("Circles on a steady beat"), Counting.PACED_CIRCLES.value),
    ]


def sides() -> list[tuple[str, object]]:
    return [
        (tr("Both feet together"), ["both"]),
        (tr("Right foot, then left foot"), ["right", "left"]),
        (tr("Left foot, then right foot"), ["left", "right"]),
        (tr("Right foot only"), ["right"]),
        (tr("Left foot only"), ["left"]),
    ]


def directions() -> list[tuple[str, object]]:
    return [
        (tr("One way only"), []),
        (tr("Forward, then back"), ["forward", "back"]),
        (tr("Clockwise, then anticlockwise"), ["clockwise", "anticlockwise"]),
    ]


def pictures(builtin_names: Mapping[str, str]) -> list[tuple[str, object]]:
    """No picture, or the pictures of a built-in exercise (by its name in the language)."""
    return [
        (tr("No picture"), ""),
        *(
            (fill(tr("Pictures of %1"), name), f"{BUILTIN_PICTURE}{exercise_id}")
            for exercise_id, name in builtin_names.items()
        ),
    ]
