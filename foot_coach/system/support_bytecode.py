"""PySide's own support code, compiled once instead of at every start, and its largest regular
expressions compiled when first used.

PySide keeps the Python part of its support code (some 130 KB of source in 13 modules) as
source inside the shiboken library and compiles it each time it is imported, where Python's
bytecode cache never sees it: about 12 ms of every start, some 6 % of the time to the first
paint (a bare PySide window pays it too).

While PySide is imported, `SupportCache.serving` answers PySide's compile() calls for those
modules from a file in the data folder, when a module's source is byte for byte the source
that was compiled there, under the same Python and flags. Anything else is compiled as usual,
so a PySide update, another Python or a damaged file cost one ordinary start, never a wrong
one. `save` writes the file when something had to be compiled, into a data folder that exists:
the entry point saves as the app quits, so nothing on the way to the first paint waits for it.

The same support code also compiles three regular expressions of some 6 KB each as it is
imported (`re` caches them per process only): 15-20 ms of every start, first starts included,
for parsing signatures and writing type stubs, which a start never does. `deferring_patterns`
hands it patterns that compile on their first use instead; an argument error's message or a
signature, the only uses in a running app, then pays once.
"""

from __future__ import annotations
import __future__

import builtins
import marshal
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib.util import MAGIC_NUMBER
from pathlib import Path, PurePosixPath
from types import CodeType
from typing import Any, TypeGuard

from foot_coach.store import atomic

SUPPORT = "shibokensupport/"  # the names PySide compiles its support modules under
# Where the one-folder bundle carries the file, built with it (packaging/foot-coach.spec).
BUNDLED = PurePosixPath("foot_coach", "cache", "pyside-support.bin")
# compile() takes these from the code that calls it, unless told otherwise.
FUTURE_FLAGS = sum(getattr(__future__, name).compiler_flag for name in __future__.all_feature_names)

Entry = tuple[int, bytes, CodeType]  # the flags and source compiled, and the code


class SupportCache:
    """PySide's compiled support modules in the file at `path`, for one start."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._seen: dict[str, Entry] = {}  # this start's modules: what `save` writes
        self.compiled = 0  # modules this start had to compile

    @contextmanager
    def serving(self) -> Iterator[None]:
        """Inside, PySide's support modules come from the file where their source matches.
        The file is read when PySide first asks: not at all where PySide is imported already
        (the bundle's run-time hook imports it before the entry point runs)."""
        kept: dict[str, Entry] | None = None
        real = builtins.compile

        def compile_or_keep(
            source: Any, filename: Any, mode: str, flags: int = 0, dont_inherit: bool = False,
            optimize: int = -1, **kw: Any,
        ) -> Any:  # fmt: skip
            if not dont_inherit:  # the caller's future imports, as compile() itself would take
                flags |= sys._getframe(1).f_code.co_flags & FUTURE_FLAGS
            if (
                mode != "exec" or optimize != -1 or kw or not isinstance(source, bytes)
                or not isinstance(filename, str) or not filename.startswith(SUPPORT)
            ):  # fmt: skip
                return real(source, filename, mode, flags, True, optimize, **kw)
            nonlocal kept
            if kept is None:
                kept = self._read()
            entry = kept.get(filename)
            if _matches(entry, flags, source):
                code = entry[2]
            else:
                code = real(source, filename, mode, flags, True)
                self.compiled += 1
            self._seen[filename] = (flags, source, code)
            return code

        builtins.compile = compile_or_keep
        try:
            yield
        finally:
            builtins.compile = real
            if not self.compiled:  # nothing to save: the sources are not held while the app runs
                self._seen.clear()

    def save(self) -> None:
        """Keep this start's compiled modules for the next start, when anything was compiled
        and the data folder exists (never made here: start-up makes it with its own
        permissions). A disk that refuses is not worth a word: the next start compiles."""
        if not self.compiled or not self.path.parent.parent.is_dir():
            return
        try:
            self.path.parent.mkdir(mode=0o700, exist_ok=True)
            kept = marshal.dumps((MAGIC_NUMBER, sys.flags.optimize, self._seen))
            atomic.write(self.path, kept, durable=False)
        except OSError:
            return

    def _read(self) -> dict[str, Entry]:
        try:
            magic, optimize, entries = marshal.loads(self.path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):  # none yet, or damaged
            return {}
        if magic != MAGIC_NUMBER or optimize != sys.flags.optimize or type(entries) is not dict:
            return {}
        return entries


def _compiled_then(name: str) -> Callable[..., Any]:
    """A DeferredPattern's method `name`: the pattern compiled, then its own method. Taking
    the method (`pattern.finditer`) compiles nothing; calling it does."""

    def method(self: DeferredPattern, *args: Any, **kw: Any) -> Any:
        return getattr(self.compiled, name)(*args, **kw)

    method.__name__ = name
    return method


class DeferredPattern:
    """A regular expression compiled when it is first used: PySide's support code keeps
    its patterns and calls their methods, which is all this offers."""

    __slots__ = ("_compile", "_compiled", "_flags", "_source")

    def __init__(self, compile: Callable[..., re.Pattern[str]], source: str, flags: int) -> None:
        self._compile = compile
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:  # two threads at once would both compile: no harm
            self._compiled = self._compile(self._source, self._flags)
        return self._compiled

    match = _compiled_then("match")
    fullmatch = _compiled_then("fullmatch")
    search = _compiled_then("search")
    finditer = _compiled_then("finditer")
    findall = _compiled_then("findall")
    split = _compiled_then("split")
    sub = _compiled_then("sub")
    subn = _compiled_then("subn")

    def __getattr__(self, name: str) -> Any:
        # Python's own probes (a class body under ABCMeta asks for __isabstractmethod__) are
        # answered without compiling; `pattern`, `groups` and the like compile.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled, name)


@contextmanager
def deferring_patterns() -> Iterator[None]:
    """Inside, re.compile called from PySide's support code returns a DeferredPattern."""
    real = re.compile

    def compile_later(pattern: Any, flags: Any = 0) -> Any:
        if isinstance(pattern, str) and sys._getframe(1).f_code.co_filename.startswith(SUPPORT):
            return DeferredPattern(real, pattern, flags)
        return real(pattern, flags)

    re.compile = compile_later  # type: ignore[assignment]
    try:
        yield
    finally:
        re.compile = real


def import_pyside(path: Path) -> SupportCache:
    """PySide imported, its support code served from the file at `path` where it matches and
    its large patterns left for their first use; the cache, for `save` once the app is done."""
    cache = SupportCache(path)
    with cache.serving(), deferring_patterns():
        import PySide6  # noqa: F401
    return cache


def _matches(entry: object, flags: int, source: bytes) -> TypeGuard[Entry]:
    return (
        type(entry) is tuple
        and len(entry) == 3
        and entry[0] == flags
        and entry[1] == source
        and type(entry[2]) is CodeType
    )


if __name__ == "__main__":
    # `python -m foot_coach.system.support_bytecode FILE` makes the file a later start reads:
    # the bundle is built with one, and the benchmark's everyday data folder holds one.
    made = import_pyside(Path(sys.argv[1]))
    made.save()
    sys.exit(0 if made.path.is_file() else f"{made.path} could not be written")
