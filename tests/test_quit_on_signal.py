"""Logging out or `kill` quits through the event loop, whatever it was waiting for."""

from __future__ import annotations

import textwrap

from script_runs import run_script


def test_sigterm_and_sigint_quit_through_the_event_loop_with_no_socket_module() -> None:
    """Each signal wakes the waiting event loop and quits once; the wake-up needs no socket
    (the `socket` module held 0.4 MB of the app at rest)."""
    script = textwrap.dedent(
        """
        import json, os, signal, sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from foot_coach.system.signals import QuitOnSignal
        app = QApplication([])
        quits = []
        QuitOnSignal(lambda: (quits.append(1), app.quit()), app)
        QTimer.singleShot(60_000, app.quit)  # never reached while the signals work
        heard = []
        for sent in (signal.SIGTERM, signal.SIGINT):
            QTimer.singleShot(50, lambda sent=sent: os.kill(os.getpid(), sent))
            app.exec()
            heard.append(len(quits))
        print(json.dumps([heard, "socket" in sys.modules]))
        """
    )
    assert run_script(script, timeout=120) == [[1, 2], False]
