"""pyqtgraph's own QtCore, QtGui and QtWidgets, filled from PySide's as each name is used.

As it is imported, `pyqtgraph.Qt` copies every name of PySide's three modules into modules of
its own, and asking PySide for a name makes the Python type behind it, with each of its
enums. That is some 720 types and 6,600 enum members, which Python's enum module makes one by
one: about 100 ms of History's first open here, and most of those types no chart uses.

With the finder installed, while `pyqtgraph.Qt` runs, PySide's modules list no names to it,
so it copies none; each of its three modules looks a name it lacks up in PySide's module
when it is first asked for, and keeps it. pyqtgraph sees the very objects it copied before,
and PySide makes only the types that are used. Any other module, and pyqtgraph on another Qt
binding, imports as it always has.
"""

from __future__ import annotations

import builtins
import sys
from collections.abc import Callable, Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

PACKAGE = "pyqtgraph.Qt"
BINDING = "PySide6"  # the value of pyqtgraph.Qt.QT_LIB when it runs on PySide6
MIRRORS = {f"{PACKAGE}.{name}": f"{BINDING}.{name}" for name in ("QtCore", "QtGui", "QtWidgets")}
SOURCES = {source: mirror for mirror, source in MIRRORS.items()}


def install() -> None:
    """pyqtgraph imported from now on fills its modules on use. Once is enough; a pyqtgraph
    already imported stays as it is."""
    if not any(isinstance(finder, _Finder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Finder())


def filling_on_use() -> bool:
    """Whether the pyqtgraph imported fills its Qt modules on use: False before it is imported,
    or when it was imported without the finder (its modules then hold copies of every name)."""
    return _looks_up(sys.modules.get(f"{PACKAGE}.QtWidgets"))


def _looks_up(mirror: ModuleType | None) -> bool:
    """A mirror given its `__getattr__` by the loader below."""
    return mirror is not None and "__getattr__" in vars(mirror)


class _Finder:
    """Finds `pyqtgraph.Qt` and its three modules where the finders after it would, and
    gives each a loader that does the above."""

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name != PACKAGE and name not in MIRRORS:
            return None
        finders = sys.meta_path[sys.meta_path.index(self) + 1 :]
        for finder in finders:
            find = getattr(finder, "find_spec", None)
            spec: ModuleSpec | None = find(name, path, target) if find is not None else None
            if spec is not None:
                if spec.loader is not None:
                    spec.loader = _Loader(spec.loader)
                return spec
        return None


class _Loader:
    """The loader found, running the module as described; anything else is the loader's own.
    Not an importlib.abc.Loader, so start-up does not import that module and what it pulls in."""

    def __init__(self, loader: Any) -> None:
        self._loader = loader

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        if module.__name__ == PACKAGE:
            # Its name lookups find this before the builtin, for as long as it runs.
            module.__dict__["dir"] = _listing
            try:
                self._loader.exec_module(module)
            finally:
                del module.__dict__["dir"]
            return
        self._loader.exec_module(module)
        if getattr(sys.modules.get(PACKAGE), "QT_LIB", None) == BINDING:
            vars(module)["__getattr__"] = _looking_up(module, MIRRORS[module.__name__])

    def __getattr__(self, name: str) -> Any:
        return getattr(self._loader, name)


def _listing(*args: Any) -> list[str]:
    """`dir` for pyqtgraph.Qt: nothing for a PySide module whose mirror looks names up."""
    source = str(getattr(args[0], "__name__", "")) if len(args) == 1 else ""
    if _looks_up(sys.modules.get(SOURCES.get(source, ""))):
        return []
    return builtins.dir(*args)


def _looking_up(mirror: ModuleType, source: str) -> Callable[[str], Any]:
    def look_up(name: str) -> Any:
        value = getattr(sys.modules[source], name)  # PySide's own AttributeError if none
        setattr(mirror, name, value)  # in the mirror itself from now on, as if copied
        return value

    return look_up
