"""Writing the small TOML subset our files use (the standard library only reads TOML).

Values are text, whole numbers, true/false and lists of those; documents are top-level keys,
tables and arrays of tables. Anything else is a programming error, so it raises TypeError; a
whole number TOML cannot hold (beyond 64 bits) raises ValueError. Whatever the text, the
output is a file every TOML reader takes: see tests/core/test_toml_text.py, which checks it
against tomllib.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b"}
INT_RANGE = (-(2**63), 2**63 - 1)  # what TOML promises every reader can hold


def string(text: str) -> str:
    """A basic string; control characters as \\uXXXX so any text survives a round trip."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        elif 0xD800 <= ord(char) <= 0xDFFF:
            out.append("\ufffd")  # half a character (a lone surrogate) cannot be written
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def key(name: str) -> str:
    bare = name and all(c.isascii() and (c.isalnum() or c in "-_") for c in name)
    return name if bare else string(name)


def value(item: Any) -> str:
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, int):
        if not INT_RANGE[0] <= item <= INT_RANGE[1]:
            raise ValueError(f"{item} does not fit in a TOML integer")
        return str(item)
    if isinstance(item, str):
        return string(item)
    if isinstance(item, Sequence) and not isinstance(item, bytes | bytearray):
        if len(item) > 2 and any(isinstance(v, str) for v in item):
            return "[\n" + "".join(f"    {value(v)},\n" for v in item) + "]"
        return "[" + ", ".join(value(v) for v in item) + "]"
    raise TypeError(f"cannot write {type(item).__name__} as TOML")


def _is_table(item: Any) -> bool:
    return isinstance(item, Mapping)


def _is_table_array(item: Any) -> bool:
    return isinstance(item, list | tuple) and bool(item) and all(_is_table(v) for v in item)


def _body(table: Mapping[str, Any], path: str) -> list[str]:
    lines = [f"{key(k)} = {value(v)}" for k, v in table.items() if not _nested(v)]
    for k, v in table.items():
        if _is_table(v):
            lines += ["", f"[{path}{key(k)}]", *_body(v, f"{path}{key(k)}.")]
        elif _is_table_array(v):
            for entry in v:
                lines += ["", f"[[{path}{key(k)}]]", *_body(entry, f"{path}{key(k)}.")]
    return lines


def _nested(item: Any) -> bool:
    return _is_table(item) or _is_table_array(item)


def comment(line: str) -> str:
    """A comment line; TOML forbids control characters (but tab) and half characters in it."""
    kept = "".join(
        " " if (ord(c) < 0x20 and c != "\t") or ord(c) == 0x7F or 0xD800 <= ord(c) <= 0xDFFF else c
        for c in line
    )
    return f"# {kept}".rstrip()


def dumps(document: Mapping[str, Any], header: str = "") -> str:
    lines = [comment(line) for line in header.splitlines()]
    return "\n".join([*lines, *_body(document, "")]).strip("\n") + "\n"
