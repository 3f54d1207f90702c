"""Words: English in the log and the tests, the person's language on the screen."""

from __future__ import annotations

from foot_coach.core.catalog import CatalogError, parse_exercise
from foot_coach.core.words import Words, fill, one_line, words_of


def test_fill_puts_each_value_in_its_place_even_past_nine() -> None:
    template = " ".join(f"%{n}" for n in range(1, 12))
    assert fill(template, *"abcdefghijk") == "a b c d e f g h i j k"


def test_fill_keeps_a_value_that_looks_like_a_placeholder() -> None:
    assert fill("Saved %1 in %2.", "a.csv", "/home/me/100%2") == "Saved a.csv in /home/me/100%2."
    assert (
        fill("Could not write to %1: %2", "/tmp/%2", "full") == "Could not write to /tmp/%2: full"
    )
    assert fill("%n day(s), %1", "x") == "%n day(s), x"  # Qt's plural marker is left to Qt


def test_nested_words_are_shown_in_the_same_language() -> None:
    inner = Words("the file is damaged")
    outer = Words("%1 cannot be restored: %2.", "/tmp/h.sqlite3", inner)
    assert str(outer) == "/tmp/h.sqlite3 cannot be restored: the file is damaged."
    loud = outer.shown(str.upper)
    assert loud == "/tmp/h.sqlite3 CANNOT BE RESTORED: THE FILE IS DAMAGED."


def test_an_error_gives_back_the_words_it_was_raised_with() -> None:
    try:
        parse_exercise("mine.toml", 0, {"id": "x y"})
    except CatalogError as exc:
        assert str(exc) == "mine.toml: exercise 'x y': field 'id': use letters, digits and '-' only"
        assert exc.field == "id" and str(exc.problem) == "use letters, digits and '-' only"
        assert words_of(exc) == exc.args[0] and isinstance(words_of(exc), Words)
    assert words_of(ValueError("plain")) == "plain"


def test_lines_become_one_each_ended_as_a_sentence() -> None:
    """A label's name for Orca 43, which says nothing of a focused label with a line break."""
    two = "Current streak: 6 days · Best streak: 6 days\nThis week: 1 session"
    assert one_line(two) == "Current streak: 6 days · Best streak: 6 days. This week: 1 session"
    assert (
        one_line("Well done!\n\n  Day 1 of a new streak.\n") == "Well done! Day 1 of a new streak."
    )
    assert one_line("One line, as it was") == "One line, as it was"
