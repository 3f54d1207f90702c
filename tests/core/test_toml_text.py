"""The TOML writer against the standard library's reader: whatever text, numbers and nesting
our files hold, tomllib reads back exactly what was written."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foot_coach.core import toml_text

texts = st.text(st.characters(codec="utf-8"), max_size=30)  # every character but half ones
ints = st.integers(*toml_text.INT_RANGE)
scalars = st.one_of(texts, ints, st.booleans())
keys = st.text(max_size=12)
arrays = st.lists(scalars, max_size=5)
flat = st.dictionaries(keys, st.one_of(scalars, arrays), max_size=5)
tables = st.dictionaries(keys, st.one_of(flat, st.lists(flat, min_size=1, max_size=3)), max_size=3)


def documents() -> st.SearchStrategy[dict[str, Any]]:
    return st.builds(lambda a, b: {**a, **{k: v for k, v in b.items() if k not in a}}, flat, tables)


@settings(max_examples=300, deadline=None)
@given(document=documents(), header=st.text(max_size=60))
def test_tomllib_reads_back_what_was_written(document: dict[str, Any], header: str) -> None:
    text = toml_text.dumps(document, header)
    text.encode("utf-8")  # always writable as UTF-8
    assert tomllib.loads(text) == document


@given(text=st.text(max_size=20))
def test_half_characters_become_a_replacement_not_an_error(text: str) -> None:
    written = toml_text.dumps({"note": text + "\ud800"}, "header \udfff")
    written.encode("utf-8")
    assert tomllib.loads(written)["note"].endswith("\ufffd")


@pytest.mark.parametrize("number", [2**63, -(2**63) - 1, 10**30])
def test_a_number_toml_cannot_hold_is_refused(number: int) -> None:
    with pytest.raises(ValueError, match="does not fit"):
        toml_text.dumps({"n": number})


def test_control_characters_in_the_header_leave_a_readable_file() -> None:
    text = toml_text.dumps({"a": 1}, "bell\x07 back\x08 del\x7f\nsecond\tline")
    assert tomllib.loads(text) == {"a": 1}
    assert text.startswith("# bell  back  del\n# second\tline\n")


def test_bytes_are_not_written_as_a_list_of_numbers() -> None:
    with pytest.raises(TypeError):
        toml_text.dumps({"picture": b"\x89PNG"})
