"""Records behave as frozen dataclasses do: made by position or keyword with defaults, equal
and hashed field by field, shown with their fields, never changed once made."""

from __future__ import annotations

import pytest

from foot_coach.core.record import FrozenRecordError, fields, record, replace


@record
class Point:
    x: int
    y: int = 0
    label: str = ""


@record
class Other:
    x: int
    y: int = 0
    label: str = ""


def test_made_by_position_keyword_and_default() -> None:
    assert (Point(1).x, Point(1).y, Point(1, 2).y, Point(1, label="a").label) == (1, 0, 2, "a")
    assert Point(y=5, x=4) == Point(4, 5)


def test_wrong_arguments_are_type_errors() -> None:
    for make in (lambda: Point(), lambda: Point(1, 2, "a", 3), lambda: Point(1, z=2),
                 lambda: Point(1, x=2)):  # fmt: skip
        with pytest.raises(TypeError):
            make()


def test_equal_and_hashed_by_fields_of_the_same_kind_only() -> None:
    assert Point(1, 2) == Point(1, 2) and Point(1, 2) != Point(2, 1)
    assert hash(Point(1, 2, "a")) == hash(Point(1, 2, "a"))
    assert Point(1, 2) != Other(1, 2) and Point(1, 2) != (1, 2, "")
    assert len({Point(1), Point(1), Point(2)}) == 2


def test_repr_names_each_field() -> None:
    assert repr(Point(1, label="a")) == "Point(x=1, y=0, label='a')"


def test_frozen() -> None:
    point = Point(1)
    with pytest.raises(FrozenRecordError):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del point.y  # type: ignore[misc]
    assert point == Point(1)


def test_replace_and_fields() -> None:
    assert replace(Point(1, 2), y=3) == Point(1, 3)
    assert fields(Point) == ("x", "y", "label")
    with pytest.raises(TypeError):
        replace(Point(1), z=1)
    assert vars(Point(1, 2)) == {"x": 1, "y": 2, "label": ""}
