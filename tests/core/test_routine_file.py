"""Routine files: what is exported comes back the same, and hostile files are refused by name."""

from __future__ import annotations

import base64
import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from samples import SVG, own, png

from foot_coach.core import toml_text
from foot_coach.core.catalog import (
    Catalog,
    Counting,
    Direction,
    Prescription,
    Side,
)
from foot_coach.core.routine import compile_routine, items_for
from foot_coach.core.routine_file import (
    MAX_PICTURE_BYTES,
    RoutineFile,
    RoutineFileError,
    dumps,
    parse,
    picture_problem,
)


def routine(catalog: Catalog) -> RoutineFile:
    return RoutineFile(
        name="From Anna, physiotherapist",
        exercise_ids=("toe-curls", "calf-stretch", "marble-pick"),
        exercises=(
            own(),
            own(
                "marble-pick",
                name='Picking up "marbles"',
                counting=Counting.PACED_MOVES,
                sides=(Side.BOTH,),
                directions=(Direction.FORWARD, Direction.BACK),
                prescription=Prescription(10, pace_s=3),
                count_range=(10, 15),
                picture="builtin:toe-curls",
                grows=True,
            ),
        ),
        pictures={"calf.png": png()},
        rest_s=20,
    )


def test_export_then_import_gives_the_same_routine(catalog: Catalog) -> None:
    original = routine(catalog)
    again = parse(dumps(original).encode(), catalog)
    assert again == original


def test_imported_routine_compiles_with_own_exercises(catalog: Catalog) -> None:
    parsed = parse(dumps(routine(catalog)).encode(), catalog)
    merged = catalog.with_own(parsed.exercises)
    plan = compile_routine(items_for(merged, parsed.exercise_ids))
    timed = [p for p in plan.phases if p.exercise_id == "calf-stretch"]
    # Timed: a hold then a rest per round, on each foot, three rounds.
    assert sum(1 for p in timed if p.kind.name == "HOLD") == 6
    assert {p.duration_ms for p in timed if p.kind.name == "HOLD"} == {20_000}
    moves = [p for p in plan.phases if p.exercise_id == "marble-pick" and p.kind.name == "MOVE"]
    assert len(moves) == 20 and moves[0].duration_ms == 3000


texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60
).filter(lambda t: t.strip() == t and t.strip())


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=texts,
    steps=st.lists(texts, min_size=1, max_size=5),
    count=st.integers(1, 30),
    hold=st.integers(1, 30),
    picture=st.binary(max_size=200),
)
def test_any_valid_text_survives_the_round_trip(
    catalog: Catalog, name: str, steps: list[str], count: int, hold: int, picture: bytes
) -> None:
    exercise = own(
        name=name[:80],
        steps=tuple(steps),
        prescription=Prescription(count, hold_s=hold, release_s=5),
        count_range=(count, count),
    )
    original = RoutineFile(
        name[:80], ("calf-stretch",), (exercise,), {"calf.png": png() + picture}, None
    )
    assert parse(dumps(original).encode(), catalog) == original


def file_with(**changes: object) -> bytes:
    """A valid routine file's TOML, with keys replaced (dotted keys reach into tables)."""
    exercise = {
        "id": "calf-stretch",
        "name": "Calf stretch",
        "posture": "standing",
        "counting": "timed",
        "sides": ["right", "left"],
        "directions": [],
        "summary": "s",
        "steps": ["a"],
        "feel": "f",
        "safety": "x",
        "picture": "calf.png",
        "prescription": {"count": 3, "count_min": 3, "count_max": 5, "hold_s": 20, "release_s": 5},
    }
    document: dict[str, object] = {
        "format": "foot-coach-routine",
        "version": 1,
        "routine": {"name": "R", "exercises": ["toe-curls", "calf-stretch"]},
        "exercise": [exercise],
        "pictures": {"calf.png": base64.b64encode(png()).decode()},
    }
    for dotted, value in changes.items():
        *parents, last = dotted.split("__")
        target: dict = document  # type: ignore[type-arg]
        for part in parents:
            target = target[part] if part != "exercise" else target[part][0]
        if value is None:
            target.pop(last)
        else:
            target[last] = value
    return toml_text.dumps(document).encode()


def test_the_hand_made_file_is_valid(catalog: Catalog) -> None:
    assert parse(file_with(), catalog).exercise_ids == ("toe-curls", "calf-stretch")


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"format": "something-else"}, "format"),
        ({"version": 2}, "newer"),
        ({"version": "1"}, "version"),
        ({"routine": None}, "routine"),
        ({"routine__exercises": "toe-curls"}, "routine.exercises"),
        ({"routine__exercises": ["toe-curls", "flying"]}, "'flying'"),
        ({"routine__exercises": ["toe-curls", "toe-curls"]}, "twice"),
        ({"routine__rest_s": 100000}, "routine.rest_s"),
        ({"routine__name": "x" * 5000}, "routine.name"),
        ({"exercise__id": "toe-curls"}, "built-in"),
        ({"exercise__id": "../../etc/passwd"}, "'id'"),
        ({"exercise__id": 7}, "'id'"),
        ({"exercise__counting": "cartwheels"}, "'counting'"),
        ({"exercise__sides": ["both", "left"]}, "'sides'"),
        ({"exercise__steps": ["a"] * 500}, "'steps'"),
        ({"exercise__steps": [1, 2]}, "'steps'"),
        ({"exercise__summary": "x" * 100_000}, "'summary'"),
        ({"exercise__grows": "yes"}, "'grows'"),
        ({"exercise__prescription__count": 10**12}, "prescription.count"),
        ({"exercise__prescription__hold_s": -1}, "prescription.hold_s"),
        ({"exercise__prescription__count": True}, "prescription.count"),
        ({"exercise__picture": "../../.bashrc"}, "'picture'"),
        ({"exercise__picture": "/etc/passwd.png"}, "'picture'"),
        ({"exercise__picture": "builtin:cartwheels"}, "'picture'"),
        ({"exercise__picture": "other.png"}, "not in [pictures]"),
        ({"pictures": {"calf.png": "not base64!"}}, "base64"),
        ({"pictures": {"calf.png": base64.b64encode(b"MZ\x90\x00").decode()}}, "not a PNG"),
        ({"pictures": {"../calf.png": base64.b64encode(png()).decode()}}, "file name"),
        ({"pictures": {"calf.exe": base64.b64encode(png()).decode()}}, "file name"),
        ({"pictures": {f"p{n}.png": "" for n in range(31)}}, "more than 30 pictures"),
        ({"pictures": {"calf.png": 12}}, "base64"),
    ],
)
def test_hostile_files_are_refused_with_the_field(
    catalog: Catalog, changes: dict[str, object], named: str
) -> None:
    with pytest.raises(RoutineFileError, match=r"(?s).*" + __import__("re").escape(named)):
        parse(file_with(**changes), catalog)


def test_refuses_bytes_that_are_not_a_routine(catalog: Catalog) -> None:
    for content in (b"\xff\xfe\x00garbage", b"[[[", png(), b"", b"a = 1\n" * 10):
        with pytest.raises(RoutineFileError):
            parse(content, catalog)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
def test_fuzzed_bytes_only_ever_raise_routine_file_error(catalog: Catalog, content: bytes) -> None:
    with contextlib.suppress(RoutineFileError):
        parse(content, catalog)


toml_scalars = st.one_of(
    st.integers(-(2**40), 2**40), st.booleans(), st.text(max_size=30), st.floats(allow_nan=False)
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    key=st.sampled_from(
        ["id", "name", "counting", "sides", "directions", "steps", "picture", "prescription"]
    ),
    value=st.one_of(toml_scalars, st.lists(toml_scalars, max_size=4)),
)
def test_fuzzed_fields_are_refused_or_valid(catalog: Catalog, key: str, value: object) -> None:
    """Any value in any field: either a clean refusal, or a routine that really compiles."""
    try:
        content = file_with(**{f"exercise__{key}": value})
    except TypeError:
        return  # floats are not part of what we write; nothing to test
    try:
        parsed = parse(content, catalog)
    except RoutineFileError:
        return
    compile_routine(items_for(catalog.with_own(parsed.exercises), parsed.exercise_ids))


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("a.png", png(), None),
        ("a.jpg", b"\xff\xd8\xff\xe0rest", None),
        ("a.svg", SVG, None),
        ("a.png", png(100_000, 2), "pixels"),
        ("a.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * (MAX_PICTURE_BYTES + 1), "MB"),
        ("a.svg", b"<svg><script>alert(1)</script></svg>", "script"),
        ("a.svg", b'<svg onload="x()"/>', "script"),
        ("a.svg", b'<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>', "DOCTYPE"),
        ("a.svg", b'<svg><image href="file:///etc/passwd"/></svg>', "other files"),
        ("a.svg", b"<html/>", "not an SVG"),
        ("a.svg", b"<svg", "not a readable"),
        ("a.jpg", png(), "not a JPEG"),
    ],
)
def test_pictures_are_checked_to_be_images(name: str, data: bytes, problem: str | None) -> None:
    found = picture_problem(name, data)
    assert found is None if problem is None else problem in str(found)


def test_pictures_nobody_uses_are_not_kept(catalog: Catalog) -> None:
    unused = {f"spare-{n}.png": base64.b64encode(png()).decode() for n in range(20)}
    document = file_with(pictures={"calf.png": base64.b64encode(png()).decode(), **unused})
    assert set(parse(document, catalog).pictures) == {"calf.png"}


@pytest.mark.parametrize("name", ["calf.png\n", "calf.svg\n", "calf\n.png"])
def test_a_picture_name_with_a_line_break_is_refused(name: str) -> None:
    from foot_coach.core.routine_file import picture_problem

    assert picture_problem(name, png()) is not None
