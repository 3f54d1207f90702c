"""Run inside a private desktop (private_desktop.sh): starts Orca by hand, or an assistive
technology that is no screen reader, or nothing, with the desktop's screen reader switch left
off; then prints, as JSON, whether the app counts a screen reader as on.

Usage: reader_decision.py orca|other|nothing PREFS_DIR
"""

from __future__ import annotations

import json
import subprocess
import sys

from desktop import end
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from foot_coach.ui import place_first

# Listens for focus changes as an on-screen keyboard or a magnifier does (pyatspi: Debian's).
OTHER = """import pyatspi
pyatspi.Registry.registerEventListener(lambda event: None, "object:state-changed:focused")
print("listening", flush=True)
pyatspi.Registry.start()
"""


def start(who: str, prefs: str) -> subprocess.Popen[bytes] | None:
    if who == "orca":  # as from a terminal or an autostart entry; silent, so no speech server
        command = ["orca", "--replace", "-d", "speech", "-d", "braille", "-u", prefs]
        return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if who == "other":
        other = subprocess.Popen(["/usr/bin/python3", "-c", OTHER], stdout=subprocess.PIPE)
        assert other.stdout is not None and other.stdout.readline() == b"listening\n"
        return other
    return None


def judged(who: str) -> bool:
    """Orca is seen once it listens (it takes a while to start); another listener once the
    registry has named it and its process is told."""
    switch, listening = place_first._switch[0], place_first._listening[0]
    if switch.on is None or listening.judged == 0 or listening.judged != listening.round:
        return False
    return listening.on if who == "orca" else bool(listening.listeners.names) or who == "nothing"


def main(who: str, prefs: str) -> None:
    app = QApplication([])
    helper = start(who, prefs)
    try:
        # As any assistive technology turns it on; Qt's bridge would a moment later, unheard.
        QAccessible.setActive(True)
        place_first.screen_reader_on()  # the app asks the desktop as it would
        wait = QEventLoop()
        for source in (place_first._switch[0], place_first._listening[0]):
            source.told.connect(lambda: judged(who) and wait.quit())
        QTimer.singleShot(30_000, wait.quit)
        if not judged(who):
            wait.exec()
        switch, names = place_first._switch[0].on, sorted(place_first._listening[0].listeners.names)
        reader = place_first.screen_reader_on()
        seen = {"qt": QAccessible.isActive(), "switch": switch, "listeners": names}
        seen["reader"] = reader
        print(json.dumps(seen))
    finally:
        if helper is not None:
            end(helper)
    del app


if __name__ == "__main__":
    main(*sys.argv[1:3])
