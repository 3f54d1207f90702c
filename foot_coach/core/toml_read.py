"""Reading TOML that anyone may have written: tomllib, within limits that keep it quick.

tomllib takes time growing with the square of a dotted key's length (a key of 50,000 parts
takes minutes) and overflows the stack on thousands of nested arrays or tables. Both are
refused here with a message; nothing a file holds escapes as another kind of error.
"""

from __future__ import annotations

import re
from typing import Any

from foot_coach.core.words import QT_TR_NOOP, Words

MAX_KEY_PARTS = 64  # far beyond any of our files; a dotted key longer than this is refused
# A quoted string on one line: its dots are text, not key separators.
_QUOTED = re.compile(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"|\'[^\'\n]*\'')


class TomlError(ValueError):
    """The text cannot be read; `words` says why, in the reader's language."""

    def __init__(self, words: Words) -> None:
        super().__init__(words)
        self.words = words


def _longest_key(text: str) -> int:
    longest = 0
    for line in text.splitlines():
        if line.count(".") > MAX_KEY_PARTS:  # only then is the closer look needed
            key_part = _QUOTED.sub("", line).partition("=")[0]
            longest = max(longest, key_part.count(".") + 1)
    return longest


def loads(text: str) -> dict[str, Any]:
    """The document, or TomlError for invalid text and for keys or nesting beyond the limits."""
    if _longest_key(text) > MAX_KEY_PARTS:
        raise TomlError(Words(QT_TR_NOOP("a key has more than %1 parts"), MAX_KEY_PARTS))
    from foot_coach.core import toml_own  # loaded only for a file there is

    if (own := toml_own.loads(text)) is not None:  # as the app wrote it: no tomllib needed
        return own
    import tomllib  # a file edited by hand, or broken: a first start reads none (catalog_from)

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TomlError(Words(QT_TR_NOOP("not valid TOML (%1)"), exc)) from None
    except RecursionError:
        raise TomlError(Words(QT_TR_NOOP("nested too deeply"))) from None
