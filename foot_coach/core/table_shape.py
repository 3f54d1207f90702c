"""How a table of words and figures takes a width: each column's share of it, and, where even
the columns' longest words do not fit side by side, the table folded to two columns. Plain
numbers and strings in and out; the widths of the texts, the caller measures."""

from __future__ import annotations

from collections.abc import Sequence

Table = tuple[list[str], list[list[str]]]  # the header's words, then each row's


def shares(needs: Sequence[int], least: Sequence[int], room: int) -> list[int]:
    """Column widths in `room`: each what it needs, the room left over shared evenly; where
    that is too wide, each its least, and the room left shared by what each still lacks.
    Wider than the room only where the least widths are."""
    if sum(needs) <= room:
        extra = room - sum(needs)
        return [need + extra // len(needs) + (i < extra % len(needs)) for i, need in
                enumerate(needs)]  # fmt: skip
    spare = max(room - sum(least), 0)
    lacks = [need - low for need, low in zip(needs, least, strict=True)]
    total = max(sum(lacks), 1)
    return [low + spare * lack // total for low, lack in zip(least, lacks, strict=True)]


def folds(least: Sequence[int], room: int) -> bool:
    """Whether a table folds: more than two columns, whose least widths overrun `room`."""
    return len(least) > 2 and sum(least) > room


def folded(table: Table, title: str) -> Table:
    """A row for each figure: the first column, then "name: figure" under `title`."""
    columns, rows = table
    return [columns[0], title], [
        [row[0], f"{name}: {text}"]
        for row in rows
        for name, text in zip(columns[1:], row[1:], strict=True)
        if text
    ]
