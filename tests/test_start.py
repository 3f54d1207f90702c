"""Start-up that ends early lets go of the data folder it claimed."""

from __future__ import annotations

from pathlib import Path

from script_runs import run_script

# The real start-up, with a history that cannot be opened and the box that says so recorded.
HISTORY_REFUSED = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QMessageBox
from foot_coach import start
from foot_coach.cli import parse
from foot_coach.core.words import Words
from foot_coach.store import startup
from foot_coach.store.errors import UnwritableError
from foot_coach.system.single_instance import SingleInstance

data = Path(sys.argv[2])
free: list[bool] = []

def free_now() -> bool:
    other = SingleInstance(data, data / "instance.lock")
    claimed = other.claim()
    if claimed:
        other.release()
    return claimed

def refused(path, *_):
    raise UnwritableError(path, Words("the disk refuses it"))

startup.open_history = refused
QMessageBox.critical = lambda *_: free.append(free_now())
code = start.run(parse(sys.argv[1:]), sys.argv[:1], lambda: None)
print(json.dumps({"code": code, "free during the box": free, "free after": free_now()}))
"""


def test_a_history_that_cannot_be_opened_lets_go_of_the_data_folder(tmp_path: Path) -> None:
    """Otherwise a launch while the box is up hands its wish to a copy that only shows the
    box, and the claim outlives the start-up that made it."""
    seen = run_script(HISTORY_REFUSED, "--data-dir", str(tmp_path / "data"))
    assert seen == {"code": 1, "free during the box": [True], "free after": True}


# Started at login on a desktop with no tray: the window opens instead, and the question
# whether there is a tray (a round trip to the display) is counted.
NO_TRAY = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from foot_coach import app, start
from foot_coach.cli import parse
from foot_coach.ui.tray import Tray

asked = []
Tray.available = staticmethod(lambda: asked.append(True) or False)
started = app.started

def then_quit(*args):
    started(*args)
    QTimer.singleShot(0, QApplication.quit)

app.started = then_quit
code = start.run(parse(sys.argv[1:]), sys.argv[:1], lambda: app)
print(json.dumps({"code": code, "asked": len(asked)}))
"""


def test_whether_there_is_a_tray_is_asked_once(tmp_path: Path) -> None:
    """Start-up asks to decide whether to wait in the tray, and hands the answer on to the
    window it opens instead."""
    seen = run_script(NO_TRAY, "--data-dir", str(tmp_path / "data"), "--minimized")
    assert seen == {"code": 0, "asked": 1}
