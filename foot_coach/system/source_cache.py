"""PySide reads the whole source of every module imported after it, and Python's line cache
keeps what it read: here about 2 MB of text as some 50,000 small strings, scattered among the
modules' own objects, so that emptying the cache later frees little the system gets back.

PySide asks once per module whether its source names PySide6 (for `from __feature__
import ...`, which Foot Coach never uses). `forget_as_read` wraps that question so the
module's lines leave the cache as soon as it is answered, and the memory is used again by
the next module instead of staying held. https://github.com/napari/napari/issues/8584
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

# PySide's modules that hold the question; each calls it through its own globals.
ASKERS = ("shibokensupport.feature", "shibokensupport.signature.loader")
QUESTION = "_mod_uses_pyside"


def forgetting(ask: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """`ask`, leaving the line cache as it found it."""

    def ask_and_forget(module: ModuleType) -> bool:
        known = set(linecache.cache)
        try:
            return ask(module)
        finally:
            for name in set(linecache.cache) - known:
                linecache.cache.pop(name, None)

    ask_and_forget.forgets = True  # type: ignore[attr-defined]
    return ask_and_forget


def forget_as_read() -> int:
    """Wrap PySide's question where it is found (PySide6 must be imported); how many were
    wrapped. A PySide without it is left as it is: the cache is then emptied later."""
    wrapped = 0
    for name in ASKERS:
        module = sys.modules.get(name)
        ask = getattr(module, QUESTION, None)
        if callable(ask) and not getattr(ask, "forgets", False):
            setattr(module, QUESTION, forgetting(ask))
            wrapped += 1
    return wrapped
