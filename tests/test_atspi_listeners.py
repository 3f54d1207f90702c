"""Reading who listens for AT-SPI announcements from the registry's answer, as gdbus prints it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from script_runs import run_script

from foot_coach.system.atspi_listeners import announcements_listened

ORCA_43 = "([(':1.5', 'object:state-changed:showing'), (':1.5', 'object:text-changed:insert')],)"


@pytest.mark.parametrize(
    ("printed", "listened"),
    [
        ("([(':1.0', 'Object:Announcement:')],)", True),  # pyatspi's spelling
        (ORCA_43[:-3] + ", (':1.9', 'object:announcement')],)", True),  # newer Orca's
        (ORCA_43, False),  # Orca 43: it would never hear one, so it gets a notice
        ("([],)", False),
        ("", False),  # no answer: nobody is known to listen
    ],
)
def test_announcements_are_listened_for_only_when_a_listener_names_them(
    printed: str, listened: bool
) -> None:
    assert announcements_listened(printed) is listened


QUITS_WHILE_ASKING = """
import json, os, sys
from PySide6.QtCore import QCoreApplication, QTimer, qInstallMessageHandler
from foot_coach.system.atspi_listeners import Listeners

said = []
qInstallMessageHandler(lambda kind, context, text: said.append(text))
app = QCoreApplication([])
listeners = Listeners(app)
QTimer.singleShot(300, app.quit)  # gdbus is still answering: it sleeps
app.exec()
pid = int(open(sys.argv[1]).read())
try:
    os.kill(pid, 0)
    running = True
except ProcessLookupError:
    running = False
print(json.dumps([said, running]))
"""


def test_quitting_while_gdbus_answers_ends_it_with_the_app(tmp_path: Path) -> None:
    """It was left to Qt as the app's objects went, which said "QProcess: Destroyed while
    process ("gdbus") is still running" on a quit that came while the registry was asked."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    gdbus = bin_dir / "gdbus"
    gdbus.write_text(f"#!/bin/sh\necho $$ > {tmp_path / 'pid'}\nexec sleep 30\n")
    gdbus.chmod(0o755)
    env = {
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "AT_SPI_BUS_ADDRESS": f"unix:path={tmp_path / 'no-bus'}",
    }
    said, running = run_script(QUITS_WHILE_ASKING, str(tmp_path / "pid"), env=env)
    assert [line for line in said if "QProcess" in line] == []
    assert running is False
