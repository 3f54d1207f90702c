"""PySide reads the whole source of every module imported after it, and Python's line cache
keeps what it read: here about 2 MB of text as some 50,000 small strings, scattered among the
modules' own objects, and a file read per module that start-up waits for.

PySide asks once per module whether its source names PySide6 (for `from __feature__
import ...`, which Foot Coach never uses). `forget_as_read` gives it the answer from what the
module holds instead: a name that is PySide6 or comes from it. No source is read, so start-up
reads no file for it and the line cache stays empty. https://github.com/napari/napari/issues/8584
"""

from __future__ import annotations

import sys
from types import ModuleType

# PySide's modules that hold the question; each calls it through its own globals.
ASKERS = ("shibokensupport.feature", "shibokensupport.signature.loader")
QUESTION = "_mod_uses_pyside"


def uses_pyside(module: ModuleType) -> bool:
    """Whether the module holds anything of PySide6: a module, a class, or an object of one.
    Only `from __feature__` switching reads the answer, so a module that names PySide6 only
    in a string or for type checkers may answer no."""
    try:
        values = list(vars(module).values())
    except TypeError:  # not a module after all: nothing of PySide's
        return False
    for value in values:
        if isinstance(value, ModuleType):
            origin = value.__name__
        else:
            origin = getattr(value if isinstance(value, type) else type(value), "__module__", "")
        if isinstance(origin, str) and origin.startswith("PySide6"):
            return True
    return False


uses_pyside.reads_no_source = True  # type: ignore[attr-defined]


def forget_as_read() -> int:
    """Answer PySide's question where it is found (PySide6 must be imported); how many were
    replaced. A PySide without it is left as it is: the cache is then emptied later."""
    replaced = 0
    for name in ASKERS:
        module = sys.modules.get(name)
        ask = getattr(module, QUESTION, None)
        if callable(ask) and not getattr(ask, "reads_no_source", False):
            setattr(module, QUESTION, uses_pyside)
            replaced += 1
    return replaced
