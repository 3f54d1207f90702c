"""Start Foot Coach or the bare window and end the process at its first paint, for a count
of the processor instructions up to that paint (instructions.py). Ends with os._exit so that
no shutdown work is counted; the ready file each start writes at its paint is replaced by that.

    python at_paint.py bare
    python at_paint.py app --data-dir FOLDER
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # nothing the app does not import itself
    from collections.abc import Callable, Sequence
    from importlib.abc import Loader
    from importlib.machinery import ModuleSpec
    from types import ModuleType

HERE = Path(__file__).resolve().parent


def bare() -> None:
    sys.path.insert(0, str(HERE))
    import bare_window

    def at_paint(self: object, watched: object, event: bare_window.QEvent) -> bool:
        if event.type() == bare_window.QEvent.Type.Paint:
            os._exit(0)
        return False

    bare_window.FirstPaint.eventFilter = at_paint  # type: ignore[method-assign,assignment]
    os.environ["FOOT_COACH_READY_FILE"] = os.devnull  # the filter is installed only then
    sys.argv = [sys.argv[0]]
    bare_window.main()


class _WhenLoaded:
    """Calls `then` with the module `name` once it has loaded, as the app imports it: an
    import hook, looking the module up through the finders after it."""

    def __init__(self, name: str, then: Callable[[ModuleType], None]) -> None:
        self.name, self.then = name, then

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name != self.name:
            return None
        sys.meta_path.remove(self)
        for finder in sys.meta_path:
            spec = finder.find_spec(name, path, target)
            if spec is not None and spec.loader is not None:
                self._follow(spec.loader)
                return spec
        return None

    def _follow(self, loader: Loader) -> None:
        load = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            load(module)
            self.then(module)

        loader.exec_module = exec_module  # type: ignore[method-assign]


def app() -> None:
    """The app as it starts, ended at its paint. Its reporter is changed as the app loads it,
    not imported here: that would load PySide before the app's entry point does, and PySide
    would then read the source of every module the entry point imports before it tells PySide
    not to (`system/source_cache.py`): 11.6 million instructions, 1.4 % of the count, that no
    real start runs."""

    def end_at_paint(first_paint: ModuleType) -> None:
        first_paint.FirstPaintReporter._painted = lambda self: os._exit(0)
        os.environ[first_paint.READY_FILE_ENV] = os.devnull

    assert "PySide6" not in sys.modules
    sys.meta_path.insert(0, _WhenLoaded("foot_coach.system.first_paint", end_at_paint))
    sys.argv = ["foot_coach", *sys.argv[2:]]
    runpy.run_module("foot_coach", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    {"bare": bare, "app": app}[sys.argv[1]]()
