"""The floor for cue latency: a bare QSoundEffect played on a timer, nothing else running.

Prints `cue <monotonic> play <sound>` just before each play(), as the app does with
FOOT_COACH_TRACE_CUES, so one analysis reads both.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtMultimedia import QSoundEffect

from foot_coach.system import assets

SOUNDS = ("hold.wav", "release.wav")
EVERY_MS = 1200


def main() -> int:
    plays = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    app = QCoreApplication([])
    effects = {}
    for name in SOUNDS:
        effects[name] = effect = QSoundEffect()
        effect.setSource(QUrl.fromLocalFile(str(assets.path(f"sounds/{name}"))))
    played = 0

    def play() -> None:
        nonlocal played
        if played == plays:
            app.quit()
            return
        name = SOUNDS[played % len(SOUNDS)]
        print(f"cue {time.monotonic():.6f} play {name}", flush=True)
        effects[name].play()
        played += 1

    timer = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=EVERY_MS)
    timer.timeout.connect(play)
    QTimer.singleShot(1000, timer.start)  # loaded by then
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
