"""Reading back our own TOML without tomllib: what the app writes reads as tomllib reads it,
and nothing else is read at all (the caller then asks tomllib), so a file edited by hand or
broken is never read differently, nor its fault missed."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foot_coach.core import toml_own, toml_read, toml_text
from foot_coach.store.settings import Reminder, Settings, dumps

texts = st.text(st.characters(codec="utf-8"), max_size=30)
scalars = st.one_of(texts, st.integers(*toml_text.INT_RANGE), st.booleans())
bare_keys = st.from_regex(r"[A-Za-z0-9_-]{1,12}", fullmatch=True)
flat = st.dictionaries(bare_keys, st.one_of(scalars, st.lists(scalars, max_size=5)), max_size=6)
arrays = st.dictionaries(bare_keys, st.lists(flat, min_size=1, max_size=3), max_size=2)


@settings(max_examples=300, deadline=None)
@given(top=flat, tables=arrays, header=st.text(max_size=60))
def test_what_the_app_writes_reads_as_tomllib_reads_it(
    top: dict[str, Any], tables: dict[str, Any], header: str
) -> None:
    document = {**top, **{k: v for k, v in tables.items() if k not in top}}
    text = toml_text.dumps(document, header)
    assert toml_own.loads(text) == tomllib.loads(text) == document


def test_a_settings_file_as_saved_is_read_without_tomllib() -> None:
    saved = Settings(
        reminders=(Reminder("08:30", (0, 2, 4)), Reminder("19:00", enabled=False)),
        routine=("toe-curls", "arch-raises", "heel-to-toe-walk"), window="AdnQywADAAAAAA==",
        snoozed_until="2026-12-01T10:00:00+01:00", volume=0, larger_text=200,
    )  # fmt: skip
    text = dumps(saved)
    assert toml_own.loads(text) == tomllib.loads(text)
    assert toml_own.loads("first_run_done = true\n") == {"first_run_done": True}


# Each either outside the layout the app writes (left to tomllib), or not TOML at all.
OTHERS = [
    "a=1",  # spacing of its own
    "a = 1 ",
    "a = 1\r\nb = 2",
    "a.b = 1",
    'a = """x"""',
    "a = 'x'",
    "a = 1.5",
    "a = +1",
    "a = -0",
    "a = 01",
    "a = 1_000",
    "a = 0x1F",
    "a = { b = 1 }",
    "[table]\na = 1",
    "a = 1\na = 2",  # twice
    "a = 1\n[[a]]\nb = 1",
    "a = []\n[[a]]\nb = 1",
    "a = [\n    1,\n",  # never ends
    "a = [\n  1,\n]",
    "a = [1,2]",
    'a = "\\ud800"',  # half a character
    'a = "\\x41"',
    'a = "\\f"',
    'a = "tab\there"',
    "# a comment with \x01 in it",
    "# a comment with \x7f in it",
    "\ufeffa = 1",
    "a = true # said",
    "a = ",
    "= 1",
    '"a" = 1',
    "[[a]]\n[[a.b]]",
    "a = [1, [2]]",
]


@pytest.mark.parametrize("text", OTHERS)
def test_anything_else_is_left_to_tomllib(text: str) -> None:
    assert toml_own.loads(text) is None


@pytest.mark.parametrize("text", ["a = 1\na = 2", "a = [\n    1,\n", 'a = "\\ud800"', "a = +"])
def test_a_broken_file_still_gets_tomllibs_reason(text: str) -> None:
    with pytest.raises(toml_read.TomlError, match="not valid TOML"):
        toml_read.loads(text)


@settings(max_examples=500, deadline=None)
@given(text=st.text(st.sampled_from('ab01-_=[]", \n#\\tu\t\x00ue.+'), max_size=40))
def test_never_reads_what_tomllib_would_read_otherwise_or_refuse(text: str) -> None:
    own = toml_own.loads(text)
    if own is not None:
        assert tomllib.loads(text) == own
