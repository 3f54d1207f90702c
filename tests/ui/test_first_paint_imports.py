"""Nothing heavy is imported before the main window's first paint: the chart libraries, the
audio and speech modules (they live in helper processes), printing and the PDF report, the
pages not on screen and the dialogs load when they are first needed, and the parts the first
paint does not show load just after it, so start-up pays for none of them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

HEAVY = ("pyqtgraph", "numpy", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech",
         "PySide6.QtPrintSupport", "foot_coach.ui.report", "foot_coach.ui.charts",
         # The pages not on screen, the dialogs and what only they or later work need.
         "foot_coach.ui.pages.session_page", "foot_coach.ui.pages.history_page",
         "foot_coach.ui.pages.routine_page", "foot_coach.ui.pages.reminders_page",
         "foot_coach.ui.pages.settings_page", "foot_coach.ui.checkin", "foot_coach.ui.first_run",
         "foot_coach.ui.help", "foot_coach.ui.session_end", "foot_coach.ui.reminder_prompt",
         "foot_coach.system.desktop_entry", "foot_coach.system.selfcheck", "foot_coach.core.ical",
         "foot_coach.core.stats", "foot_coach.store.queries", "foot_coach.store.backup",
         "foot_coach.store.recorder", "foot_coach.core.routine_file", "foot_coach.core.svg_check",
         "xml.etree.ElementTree",
         # The parts the first paint does not show, built just after it (app.Coach.finish):
         # the session runner, the cues and their audio helpers, the reminder clock, the
         # actions and their wiring; and the standard modules only they or logging's other
         # handlers bring.
         "foot_coach.ui.runner", "foot_coach.core.session", "foot_coach.ui.cues",
         "foot_coach.system.audio", "foot_coach.actions.context", "foot_coach.actions.session",
         "foot_coach.actions.reminder_clock", "foot_coach.actions.coaching",
         "foot_coach.actions.help", "foot_coach.core.interrupt", "foot_coach.core.care",
         "foot_coach.ui.tray", "logging.handlers", "pickle",
         # Quitting on a signal is set up just after it (nothing to save before).
         "foot_coach.system.signals", "signal",
         # The routine's compiler: the cards need only the kinds of phase (core.phase_kind).
         "foot_coach.core.routine",
         # What a screen reader is told when a card turns, and how its words are paced: the
         # first paint turns no card.
         "foot_coach.core.announcing", "foot_coach.ui.announce", "foot_coach.ui.widgets.notice",
         # Standard modules the first paint has no use for: the time zone rules (asked for
         # once a session is logged), and importlib's resource readers (the shipped files are
         # found from the package's folder).
         "zoneinfo", "importlib.resources",
         # The records made before it are core.record's: dataclasses compiles each class's
         # methods as it is defined.
         "dataclasses",
         # The single-instance socket is _socket's: socket.py builds four enums at import.
         "socket",
         # The desktop's colour scheme is asked of Qt through _ctypes alone (3 ms less).
         "ctypes",
         # The settings file as the app wrote it is read without tomllib (5 ms to import).
         "tomllib")  # fmt: skip
# PySide types the first paint has no use for, each with its enums built in Python when first
# named (about 0.2-0.5 ms apiece): QImage (a person's own photo), QLibraryInfo (where Qt's
# own translations are: English needs none), QAction (the Help menu's items: only its title
# shows), QIcon (the app's icon, given just after the paint: 151 theme icon names), QDialog
# (the boxes shown at start open after the paint: 0.4 ms), QKeySequence (the shortcuts' keys
# are set by name: about 2 ms with the few made). Above all
# the `Qt` namespace: its 93 enums take some 12 ms, and every alignment, focus
# policy, key or pen names it (ui/by_name.py).
UNBUILT = ("QtGui.QImage", "QtCore.QLibraryInfo", "QtGui.QAction", "QtGui.QIcon", "QtCore.Qt",
           "QtWidgets.QDialog", "QtGui.QKeySequence")  # fmt: skip

SCRIPT = textwrap.dedent(
    """
    import json, os, sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from foot_coach import app, start
    from foot_coach.cli import parse

    def report():
        import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
        built = [f"{m}.{n}" for m, module in (("QtCore", PySide6.QtCore),
                 ("QtGui", PySide6.QtGui), ("QtWidgets", PySide6.QtWidgets))
                 for n in vars(module)]
        print(json.dumps([sorted(sys.modules), built]), flush=True)
        os._exit(0)

    class AtFirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                # Once the whole first frame is painted (the window's widgets paint after
                # it), before the work that waits for it (queued after this).
                QTimer.singleShot(0, report)
            return False

    shown = app.show

    def show(qt, coach, *rest):
        watch = AtFirstPaint(qt)
        coach.window.installEventFilter(watch)
        shown(qt, coach, *rest)

    app.show = show
    sys.exit(start.run(parse(sys.argv[1:]), sys.argv[:1], lambda: app))
    """
)


def test_nothing_heavy_is_imported_before_the_first_paint(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text("first_run_done = true\n")
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, "--data-dir", str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0 and done.stdout, done.stderr
    modules, types = json.loads(done.stdout.splitlines()[-1])
    loaded, built = set(modules), set(types)
    assert "foot_coach.ui.main_window" in loaded  # the app did start
    assert "QtGui.QPainter" in built  # the types are seen as they are built
    assert [name for name in HEAVY if name in loaded] == []
    assert [name for name in UNBUILT if name in built] == []
