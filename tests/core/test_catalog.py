"""The shipped catalogue is complete, and malformed ones are refused with a precise message."""

from __future__ import annotations

import re

import pytest
from foot_coach.resources import exercises_table

from foot_coach.core.catalog import (
    Catalog,
    CatalogError,
    Counting,
    Direction,
    Posture,
    Side,
    catalog_from,
    parse_catalog,
)
from foot_coach.system import assets

SHIPPED = assets.read_text("exercises.toml")


def test_the_table_start_up_reads_is_the_shipped_file() -> None:
    """Start-up reads resources/exercises_table.py: run scripts/exercises_table.py after
    editing exercises.toml."""
    import tomllib

    assert tomllib.loads(SHIPPED) == exercises_table.TABLE
    assert catalog_from(exercises_table.TABLE) == parse_catalog(SHIPPED)


def test_five_exercises_in_order(catalog: Catalog) -> None:
    assert catalog.ids == (
        "toe-curls",
        "arch-raises",
        "heel-to-toe-walk",
        "ankle-circles",
        "toe-spreading",
    )


@pytest.mark.parametrize(
    ("exercise_id", "posture", "counting"),
    [
        ("toe-curls", Posture.SEATED, Counting.HOLD_REPS),
        ("arch-raises", Posture.STANDING, Counting.HOLD_REPS),
        ("heel-to-toe-walk", Posture.STANDING, Counting.PACED_STEPS),
        ("ankle-circles", Posture.SEATED_OR_LYING, Counting.PACED_CIRCLES),
        ("toe-spreading", Posture.SEATED, Counting.HOLD_REPS),
    ],
)
def test_posture_and_counting(catalog: Catalog, exercise_id, posture, counting) -> None:
    exercise = catalog.get(exercise_id)
    assert exercise.posture is posture
    assert exercise.counting is counting
    assert exercise.count_range == (10, 15)
    assert 10 <= exercise.prescription.count <= 15
    assert exercise.steps and exercise.mistakes and exercise.safety and exercise.feel


def test_ankle_circles_both_feet_both_ways(catalog: Catalog) -> None:
    circles = catalog.get("ankle-circles")
    assert circles.sides == (Side.RIGHT, Side.LEFT)
    assert circles.directions == (Direction.CLOCKWISE, Direction.ANTICLOCKWISE)


def test_walk_goes_there_and_back(catalog: Catalog) -> None:
    assert catalog.get("heel-to-toe-walk").directions == (Direction.FORWARD, Direction.BACK)


def test_hold_exercises_have_hold_and_release(catalog: Catalog) -> None:
    for exercise in catalog.exercises:
        rx = exercise.prescription
        if exercise.counting is Counting.HOLD_REPS:
            assert rx.hold_s > 0 and rx.release_s > 0
        else:
            assert rx.pace_s > 0


def test_footwear_text_is_brand_neutral() -> None:
    assert "xero" not in SHIPPED.lower()


def _broken(old: str, new: str) -> str:
    assert old in SHIPPED
    return SHIPPED.replace(old, new, 1)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('posture = "seated"', 'posture = "sitting"', "'toe-curls'.*'posture'.*'sitting'"),
        ("count = 10", "count = 99", "'toe-curls'.*'prescription.count'"),
        ("hold_s = 3", 'hold_s = "3"', "'toe-curls'.*'prescription.hold_s'"),
        ('name = "Toe curls"', "name = 4", "'toe-curls'.*'name'"),
        ('sides = ["both"]', 'sides = ["both", "left"]', "'toe-curls'.*'sides'"),
        ('counting = "hold-reps"', 'counting = "hops"', "'toe-curls'.*'counting'"),
        ('id = "arch-raises"', 'id = "toe-curls"', "'toe-curls'.*'id'.*twice"),
        ('id = "toe-curls"', 'id = "toe curls!"', "'toe curls!'.*'id'.*letters"),
    ],
)
def test_malformed_catalogue_names_file_exercise_field(old, new, expected) -> None:
    with pytest.raises(CatalogError, match=r"^my\.toml: exercise " + expected):
        parse_catalog(_broken(old, new), source="my.toml")


def test_missing_field_is_named() -> None:
    text = _broken('feel = "A gentle tightening', 'fee = "A gentle tightening')
    with pytest.raises(CatalogError, match=re.escape("exercise 'toe-curls': field 'feel'")):
        parse_catalog(text, source="x.toml")


def test_not_toml_names_the_file() -> None:
    with pytest.raises(CatalogError, match=r"^broken\.toml: not valid TOML"):
        parse_catalog("[[exercise]\nid=", source="broken.toml")


def test_empty_catalogue_refused() -> None:
    with pytest.raises(CatalogError, match="no \\[\\[exercise\\]\\]"):
        parse_catalog("", source="empty.toml")


def test_unknown_exercise_lookup_raises(catalog: Catalog) -> None:
    with pytest.raises(KeyError):
        catalog.get("cartwheels")


def test_a_translation_changes_words_only_and_must_match_line_for_line(catalog: Catalog) -> None:
    from foot_coach.core.catalog import translate_catalog

    steps = ", ".join(f'"Schritt {n}"' for n in range(len(catalog.get("toe-curls").steps)))
    text = (
        '[[exercise]]\nid = "toe-curls"\nname = "Zehen krallen"\nsummary = "S"\n'
        f'steps = [{steps}]\nfeel = "F"\nmistakes = ["a", "b", "c"]\nsafety = "V"\n'
        "prescription = { count = 30 }\n"
    )
    translated = translate_catalog(catalog, text, "exercises.de.toml")
    curls = translated.get("toe-curls")
    assert curls.name == "Zehen krallen" and curls.steps[0] == "Schritt 0"
    assert curls.prescription == catalog.get("toe-curls").prescription
    assert translated.get("arch-raises") == catalog.get("arch-raises")  # untranslated: English
    with pytest.raises(CatalogError, match=r"'toe-curls'.*field 'steps': expected 4 lines"):
        translate_catalog(catalog, text.replace(f"steps = [{steps}]", 'steps = ["one"]'), "x")
