"""A table's columns share its width by what they hold, and a table too wide even for its
longest words folds to a row for each figure."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from foot_coach.core.table_shape import folded, folds, shares


def test_columns_get_what_they_need_then_share_what_is_left() -> None:
    assert shares([100, 50], [60, 50], 200) == [125, 75]  # all fit: the rest shared evenly
    # Too wide: each its longest word, the room left by what each still lacks.
    assert shares([300, 50], [100, 50], 250) == [200, 50]
    assert shares([300, 200], [100, 100], 250) == [133, 116]


@given(
    least=st.lists(st.integers(1, 400), min_size=1, max_size=8),
    more=st.lists(st.integers(0, 400), min_size=8, max_size=8),
    room=st.integers(0, 3000),
)
def test_no_column_is_below_its_least_nor_the_whole_wider_than_it_must_be(
    least: list[int], more: list[int], room: int
) -> None:
    needs = [low + extra for low, extra in zip(least, more, strict=False)]
    widths = shares(needs, least, room)
    assert all(w >= low for w, low in zip(widths, least, strict=True))
    assert sum(widths) <= max(room, sum(least))


def test_a_table_folds_only_with_more_than_two_columns_too_wide_for_their_words() -> None:
    assert folds([100, 100, 100], 299)
    assert not folds([100, 100, 100], 300)
    assert not folds([400, 400], 300)  # two columns are as folded as it gets


def test_folded_each_figure_gets_a_row_named_by_its_column_and_blanks_go() -> None:
    table = (["Week", "Minutes", "Sessions"], [["Nov 2", "7.9", "3"], ["Nov 9", "", "1"]])
    assert folded(table, "Done") == (
        ["Week", "Done"],
        [["Nov 2", "Minutes: 7.9"], ["Nov 2", "Sessions: 3"], ["Nov 9", "Sessions: 1"]],
    )
