"""Marking English text in core for translation, without Qt.

`pyside6-lupdate` collects every `QT_TR_NOOP("...")` literal; the UI shows the text through
`i18n.tr()`, which looks it up by exactly this English text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

PLACEHOLDER = re.compile(r"%(\d+)")


def QT_TR_NOOP(text: str) -> str:
    return text


def fill(template: str, *values: object) -> str:
    """Put values into %1, %2, ... the way Qt's translated templates are written, in one pass:
    a value that itself holds "%2" (a folder name, say) is kept as it is, and %10 is not %1."""

    def put(found: re.Match[str]) -> str:
        number = int(found.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else found.group(0)

    return PLACEHOLDER.sub(put, template)


class Words:
    """A marked English template and the values for its %1, %2, ...

    Core and store describe problems with these so each reader gets their own language: the
    UI shows `shown(tr)`, the log and the tests read `str()`, the English. A value may itself
    be Words, shown in the same language.
    """

    __slots__ = ("template", "values")

    def __init__(self, template: str, *values: object) -> None:
        self.template = template
        self.values = values

    def shown(self, translate: Callable[[str], str]) -> str:
        values = (v.shown(translate) if isinstance(v, Words) else v for v in self.values)
        return fill(translate(self.template), *values)

    def __str__(self) -> str:
        return self.shown(lambda text: text)

    def __repr__(self) -> str:
        return f"Words({self.template!r}, {', '.join(map(repr, self.values))})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Words):
            return NotImplemented
        return (self.template, self.values) == (other.template, other.values)

    def __hash__(self) -> int:
        return hash((self.template, self.values))


def where(place: object, problem: object) -> Words:
    """ "place: problem": a file, a field or a picture, and what is wrong with it."""
    return Words(QT_TR_NOOP("%1: %2"), place, problem)


def words_of(problem: BaseException | Words | str) -> Words | str:
    """The Words an error was raised with, or its plain text."""
    if isinstance(problem, BaseException):
        found = next((a for a in problem.args if isinstance(a, Words)), None)
        return found if found is not None else str(problem)
    return problem


def one_line(text: str) -> str:
    """Lines as one, each but the last ended as a sentence where it is not already: a label's
    words as its accessible name. Orca 43 says nothing at all when the focus reaches a label
    whose name holds a line break."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    ended = [line if line[-1] in ".!?:;…" else line + "." for line in lines[:-1]]
    return " ".join([*ended, *lines[-1:]])
