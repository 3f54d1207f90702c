"""Writing the small TOML subset our files use (the standard library only reads TOML).

Values are text, whole numbers, true/false and lists of those; documents are top-level keys,
tables and arrays of tables. Anything else is a programming error, so it raises TypeError.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b"}


def string(text: str) -> str:
    """A basic string; control characters as \\uXXXX so any text survives a round trip."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
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
        return str(item)
    if isinstance(item, str):
        return string(item)
    if isinstance(item, Sequence):
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


def dumps(document: Mapping[str, Any], header: str = "") -> str:
    lines = [f"# {line}" if line else "#" for line in header.splitlines()]
    return "\n".join([*lines, *_body(document, "")]).strip("\n") + "\n"
