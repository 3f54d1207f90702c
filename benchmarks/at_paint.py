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


def app() -> None:
    from foot_coach.system import first_paint

    first_paint.FirstPaintReporter._painted = lambda self: os._exit(0)  # type: ignore[method-assign]
    os.environ[first_paint.READY_FILE_ENV] = os.devnull
    sys.argv = ["foot_coach", *sys.argv[2:]]
    runpy.run_module("foot_coach", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    {"bare": bare, "app": app}[sys.argv[1]]()
