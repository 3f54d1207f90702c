"""PySide reads the whole source of every module imported after it, and Python's line cache
keeps what it read: here about 2 MB of text as some 50,000 small strings, scattered among the
modules' own objects, and a file read per module that start-up waits for.

PySide asks once per module whether its source names PySide6, for `from __feature__ import
...`: a module that does is switched to PySide's plain names while its code runs (0), any other
is left in whatever names the last module chose (-1). Foot Coach and the libraries it loads
choose no feature, so the two answers behave alike here, and "switch to the plain names" is the
one that stays right if some module ever chose one. `forget_as_read` gives that answer to every
module: no source is read (no file read for it at start-up, the line cache stays empty), and
no module's names are looked through either, which cost 9 million instructions before the
first paint and more under each later import (pyqtgraph's hundred modules among them).
https://github.com/napari/napari/issues/8584
"""

from __future__ import annotations

import sys
from types import ModuleType

# PySide's modules that hold the question; each calls it through its own globals.
ASKERS = ("shibokensupport.feature", "shibokensupport.signature.loader")
QUESTION = "_mod_uses_pyside"


def uses_pyside(module: ModuleType) -> bool:
    """Yes: the module's code sees PySide's plain names, as all of Foot Coach's is written."""
    return True


def forget_as_read() -> int:
    """Answer PySide's question where it is found (PySide6 must be imported); how many were
    replaced. A PySide without it is left as it is: the cache is then emptied later."""
    replaced = 0
    for name in ASKERS:
        module = sys.modules.get(name)
        ask = getattr(module, QUESTION, None)
        if callable(ask) and ask is not uses_pyside:
            setattr(module, QUESTION, uses_pyside)
            replaced += 1
    return replaced
