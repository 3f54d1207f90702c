"""Reading back the TOML this app writes (core/toml_text.py) without tomllib.

The settings file is read at every start, before the window is shown, and importing tomllib
takes some 5 ms there. What toml_text writes is a small part of TOML, in one layout: comment
lines, `key = value` with bare keys, text, whole numbers, true/false, lists of those (on one
line, or one item a line), and arrays of tables (`[[name]]`). This reads exactly that, as
tomllib reads it. Anything else (a file edited by hand, a broken one) gives None, and the
caller asks tomllib, which reads all of TOML and says what is wrong with a broken file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

# No regular expressions: compiling the few this would need took as long as importing
# tomllib (whose own are most of its cost).
_SHORT = {'"': '"', "\\": "\\", "b": "\b", "n": "\n", "r": "\r", "t": "\t"}
_HEX = frozenset("0123456789abcdefABCDEF")


class _NotOursError(Exception):
    """The text is not in the layout toml_text writes."""


def loads(text: str) -> dict[str, Any] | None:
    """The document, as tomllib.loads gives it; None for text toml_text would not write."""
    try:
        return _document(iter(text.split("\n")))
    except _NotOursError:
        return None


def _document(lines: Iterator[str]) -> dict[str, Any]:
    document: dict[str, Any] = {}
    table, arrays = document, set()
    for line in lines:
        if not line or line.startswith("#"):
            _check_comment(line)
        elif line.startswith("[[") and line.endswith("]]"):
            name = _key(line[2:-2])
            if name in document and name not in arrays:
                raise _NotOursError  # a key or a list of that name before: tomllib refuses it
            arrays.add(name)
            document.setdefault(name, []).append(table := {})
        else:
            key, value = _assignment(line, lines)
            if key in table:
                raise _NotOursError  # twice: tomllib refuses it
            table[key] = value
    return document


def _check_comment(line: str) -> None:
    """TOML allows no control character in a comment but the tab."""
    if any((ord(c) < 0x20 and c != "\t") or c == "\x7f" for c in line):
        raise _NotOursError


def _key(text: str) -> str:
    if not (text.isascii() and text.replace("-", "a").replace("_", "a").isalnum()):
        raise _NotOursError  # empty, quoted, dotted, or spaced
    return text


def _assignment(line: str, lines: Iterator[str]) -> tuple[str, Any]:
    key, equals, written = line.partition(" = ")
    if not equals:
        raise _NotOursError
    if written == "[":  # one item a line, up to a line with "]" alone
        return _key(key), _items_below(lines)
    if written.startswith("[") and written.endswith("]"):
        return _key(key), _items(written[1:-1])
    value, rest = _take(written)
    if rest:
        raise _NotOursError
    return _key(key), value


def _items(text: str) -> list[Any]:
    """The items of "a, b, c"."""
    items = []
    while text:
        item, text = _take(text)
        items.append(item)
        if text:
            if not text.startswith(", ") or text == ", ":
                raise _NotOursError
            text = text[2:]
    return items


def _items_below(lines: Iterator[str]) -> list[Any]:
    items: list[Any] = []
    for line in lines:
        if line == "]":
            return items
        if not (line.startswith("    ") and line.endswith(",")):
            raise _NotOursError
        item, rest = _take(line[4:-1])
        if rest:
            raise _NotOursError
        items.append(item)
    raise _NotOursError  # the list never ends


def _take(text: str) -> tuple[Any, str]:
    """The value `text` starts with, and the text after it."""
    if text.startswith('"'):
        end = _closing_quote(text)
        return _string(text[1:end]), text[end + 1 :]
    word, comma, rest = text.partition(",")
    return _scalar(word), comma + rest


def _scalar(word: str) -> bool | int:
    if word in ("true", "false"):
        return word == "true"
    digits = word.removeprefix("-")
    if not (digits.isascii() and digits.isdigit()) or (digits[0] == "0" and word != "0"):
        raise _NotOursError  # not a number toml_text writes: 1.5, +1, 01, -0, 1_000, 0x1F
    return int(word)


def _closing_quote(text: str) -> int:
    at = 1
    while at < len(text):
        if text[at] == "\\":
            at += 2
        elif text[at] == '"':
            return at
        else:
            at += 1
    raise _NotOursError


def _string(inner: str) -> str:
    """A basic string's text: only the escapes toml_text writes; no raw control character."""
    if any(ord(c) < 0x20 or c == "\x7f" for c in inner):
        raise _NotOursError  # a raw tab too: toml_text never writes one
    if "\\" not in inner:
        return inner
    out, at = [], 0
    while (slash := inner.find("\\", at)) >= 0:
        out.append(inner[at:slash])
        code = inner[slash + 1 : slash + 2]
        if code == "u":
            out.append(_code_point(inner[slash + 2 : slash + 6]))
            at = slash + 6
        elif code in _SHORT:
            out.append(_SHORT[code])
            at = slash + 2
        else:
            raise _NotOursError
    return "".join([*out, inner[at:]])


def _code_point(hex_digits: str) -> str:
    if len(hex_digits) != 4 or not _HEX.issuperset(hex_digits):
        raise _NotOursError
    point = int(hex_digits, 16)
    if 0xD800 <= point <= 0xDFFF:
        raise _NotOursError  # half a character: tomllib refuses it
    return chr(point)
