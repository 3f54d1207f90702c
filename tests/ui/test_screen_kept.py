"""The screen outlives the dialogs that were sized for it.

PySide makes a QScreen the child of the widget or window whose screen() gave it; after two
widgets have asked, garbage-collecting the second deletes the screen itself, and the next
widget made (or a screen reader's question) crashes the app with a segmentation fault. The
app therefore asks QGuiApplication for screens (measure.free_area), never a widget.
"""

from __future__ import annotations

import re
from pathlib import Path

from script_runs import run_script

ROOT = Path(__file__).resolve().parents[2]

# Two dialogs sized for the screen, each kept only in a reference cycle (as a dialog with
# connected lambdas is), collected the later one first; then a new widget needs the screen.
SCRIPT = """
import gc, json
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from foot_coach.ui import window_place
from foot_coach.ui.widgets import measure

app = QApplication([])
gone = []
QGuiApplication.primaryScreen().destroyed.connect(lambda: gone.append(True))

class Box(QDialog):
    pass

def sized():
    box = Box()
    box.resize(measure.roomy_size(box, QSize(300, 200), 20, 10))
    window_place.fit(box)
    box.me = box
    return box

for _ in range(3):
    first, second = sized(), sized()
    del second
    gc.collect()
    del first
    gc.collect()
print(json.dumps(["screen deleted" if gone else "screen kept", QPushButton("next").width() > 0]))
"""


def test_collected_dialogs_leave_the_screen_alone() -> None:
    assert run_script(SCRIPT) == ["screen kept", True]


def test_no_code_asks_a_widget_or_window_for_its_screen() -> None:
    asking = re.compile(r"\.screen\(\)")
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("foot_coach", "tests", "benchmarks", "scripts")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if asking.search(line)
    ]
    assert found == [], "ask QGuiApplication (measure.free_area) instead: " + ", ".join(found)
