"""Python's cycle collector held off where a collection would destroy widgets at a bad time.

A window Python alone owns (made without a parent) and left in a reference cycle is destroyed
by whichever collection finds it, wherever that runs. Qt walks a copy of its list of widgets
to restyle or re-font them all: a collection started by Python code run on the way (a widget's
change event) destroyed one still ahead in the copy, and the walk then read freed memory.

Holds nest, and the app's own "collect again" (after the first paint) waits for the last one to
end: the chart loading holds the collector for the whole import, which must not be turned on
under it by a paint.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_state = {"holds": 0, "wanted": False}  # wanted: collecting once nothing holds it off


def hold() -> None:
    if _state["holds"] == 0:
        _state["wanted"] = gc.isenabled()
    _state["holds"] += 1
    gc.disable()


def release() -> None:
    _state["holds"] -= 1
    if _state["holds"] == 0 and _state["wanted"]:
        gc.enable()


def enable() -> None:
    """Collect from now on, or from when the last hold ends."""
    if _state["holds"]:
        _state["wanted"] = True
    else:
        gc.enable()


@contextmanager
def held() -> Iterator[None]:
    """No collection inside; after, as it was before or as `enable` asked meanwhile."""
    hold()
    try:
        yield
    finally:
        release()
