"""The window's thread can import a module it has not loaded yet (a page, a dialog) while the
chart libraries load in slices: the loading thread never pauses holding Python's import lock."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import importlib, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from foot_coach.ui import warm

    assert "pyqtgraph" not in sys.modules and warm.charts_in_background()
    fresh = ["wave", "colorsys", "netrc", "mailbox", "imghdr"]  # none loaded before
    imported = []

    def one_more():
        if warm.loaded() or not fresh:
            app.quit()
            return
        importlib.import_module(fresh.pop())
        imported.append(warm.loaded())
        QTimer.singleShot(15, one_more)

    QTimer.singleShot(15, one_more)
    app.exec()
    print("imported while loading:", imported.count(False))
    """
)


def test_the_window_thread_imports_while_the_charts_load() -> None:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", SCRIPT],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    count = int(done.stdout.split(":")[-1])
    assert count >= 1  # at least one import happened mid-load (else this proves nothing)
