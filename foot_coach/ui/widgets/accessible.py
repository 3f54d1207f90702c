"""Python accessible interfaces for the app's own widgets: one factory for all of them, which
keeps every interface it hands to Qt for the whole process.

Why they are kept: Qt's accessibility cache deletes them (when their widget goes, or while
QApplication goes), yet PySide counts them as Python's; its factory glue drops its references
in a Qt post routine that runs before the cache's when the cache came first, and a
Python-owned wrapper that dies deletes its C++ object: the cache then deletes freed memory and
the app segfaults at exit (PySide 6.8 and 6.11 alike). Held here, they outlive the cache,
whose delete only marks them invalid. Never drop one earlier: Qt would delete it a second time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAccessible, QAccessibleInterface

Maker = Callable[[object], QAccessibleInterface]
_makers: list[tuple[type, Maker]] = []
_made: list[QAccessibleInterface] = []
_installed = False


def _factory(key: str, target: object) -> QAccessibleInterface | None:
    for kind, make in _makers:
        if isinstance(target, kind):
            made = make(target)
            _made.append(made)
            return made
    return None


def describe(kind: type, make: Maker) -> None:
    """Describe widgets of `kind` to assistive technology with `make(widget)`; once per kind.
    Qt asks an installed factory about every object, so there is one factory in all."""
    global _installed
    if not any(known is kind for known, _ in _makers):
        _makers.append((kind, make))
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
