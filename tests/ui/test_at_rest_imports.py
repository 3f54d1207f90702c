"""What the app holds at rest after its first start (the window, and the welcome waiting at its
first step) leaves out what only a later action needs: the History page's questions, the file
dialogs, the audio helper's side and its JSON, the time zone rules while no reminder is set
(zoneinfo brings sysconfig), platformdirs when the data folder is given, and PySide's QStyle
type, whose enums alone take a third of a megabyte once Python touches it. Nor has PySide built
the types of all of Qt's event classes, as it does the first time an event filter or a
changeEvent of ours is handed a plain QEvent (0.6 MB)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from script_runs import run_script

LATER = ("foot_coach.store.queries", "foot_coach.core.stats", "foot_coach.ui.file_dialog",
         "foot_coach.system.audio_worker", "json", "foot_coach.ui.help", "zoneinfo",
         "sysconfig", "platformdirs")  # fmt: skip

SCRIPT = textwrap.dedent(
    """
    import enum, gc, os, sys
    from PySide6.QtCore import QTimer
    from foot_coach import app, start
    from foot_coach.cli import parse

    # Event classes nothing in the app handles: built only along with all the others.
    UNUSED_EVENTS = {"QDragEnterEvent", "QTabletEvent", "QNativeGestureEvent",
                     "QGraphicsSceneMouseEvent"}

    def at_rest():
        modules = sorted(sys.modules)
        types = [t for t in gc.get_objects()
                 if isinstance(t, type) and t.__module__.startswith("PySide6")]
        styles = [t.__qualname__ for t in types
                  if isinstance(t, enum.EnumMeta) and t.__qualname__.startswith("QStyle.")]
        events = [t.__qualname__ for t in types if t.__qualname__ in UNUSED_EVENTS]
        import json  # after looking: the app must not have loaded it

        print(json.dumps({"modules": modules, "style_enums": styles, "events": events}), flush=True)
        os._exit(0)

    started = app.started

    def then(qt, coach, *rest):
        started(qt, coach, *rest)
        QTimer.singleShot(0, at_rest)  # the welcome is open: what now stays, stays

    app.started = then
    sys.exit(start.run(parse(sys.argv[1:]), sys.argv[:1], lambda: app))
    """
)


def test_at_rest_the_app_holds_nothing_only_later_actions_need(tmp_path: Path) -> None:
    ready = tmp_path / "painted"  # as benchmarks ask: the first paint reported too
    rest = run_script(
        SCRIPT, "--data-dir", str(tmp_path / "data"),
        env={"FOOT_COACH_READY_FILE": str(ready)}, timeout=120,
    )  # fmt: skip
    assert "foot_coach.ui.first_run" in rest["modules"]  # the welcome did open
    assert [name for name in LATER if name in rest["modules"]] == []
    assert rest["style_enums"] == []
    assert rest["events"] == []
    assert ready.read_text()  # the first paint was seen, without an event filter
