"""Python's cycle collector held off where a collection would destroy widgets at a bad time.

A window Python alone owns (made without a parent) and left in a reference cycle is destroyed
by whichever collection finds it, wherever that runs. Qt walks a copy of its list of widgets
to restyle or re-font them all: a collection started by Python code run on the way (a widget's
change event) destroyed one still ahead in the copy, and the walk then read freed memory.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def held() -> Iterator[None]:
    """No collection inside; it stays as it was before (on or off) after."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
