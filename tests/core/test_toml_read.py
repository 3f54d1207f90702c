"""Reading TOML from anyone: keys and nesting beyond the limits are refused quickly, with a
message; dots inside text are text."""

from __future__ import annotations

import pytest

from foot_coach.core import toml_read


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (".".join(["a"] * 50_000) + " = 1\n", "more than 64 parts"),
        ("[" + ".".join(["t"] * 70) + "]\n", "more than 64 parts"),
        ("x = " + "[" * 5000 + "]" * 5000, "nested too deeply"),
        ("x = " + "{a = " * 3000 + "1" + "}" * 3000, "nested too deeply"),
        ("x = = 1", "not valid TOML"),
    ],
)
def test_refused_with_a_reason(text: str, why: str) -> None:
    with pytest.raises(toml_read.TomlError, match=why):
        toml_read.loads(text)


def test_dots_in_text_and_quoted_keys_are_not_key_parts() -> None:
    dots = "." * 500
    text = f'note = "{dots}"\nsteps = [\n    "{dots}",\n]\n"{dots}" = 1\na.b.c = 2\n'
    assert toml_read.loads(text) == {
        "note": dots, "steps": [dots], dots: 1, "a": {"b": {"c": 2}},
    }  # fmt: skip


def test_a_key_at_the_limit_is_read() -> None:
    text = ".".join(["k"] * toml_read.MAX_KEY_PARTS) + " = 1\n"
    found = toml_read.loads(text)
    for _ in range(toml_read.MAX_KEY_PARTS - 1):
        found = found["k"]
    assert found == {"k": 1}
