"""The History page's first open on ten years of data (offscreen, in-process), each figure
beside its floor:

- history_usable_ms: from asking for the page until it has painted with everything that needs
  no chart library (totals, streaks, past sessions, each chart's summary and table), in a
  fresh process where the chart libraries are not loaded yet.
- history_charts_ms: from the same moment until the charts are drawn; the libraries load in
  slices meanwhile (ui/warm.py). Floor: importing numpy and pyqtgraph alone in a fresh process
  (floor_history_import_ms).
- history_stall_ms: the longest the window's thread could not answer input between the page
  painting and its charts appearing, read off a 5 ms precise timer (how late it fired at
  worst, over three fresh processes). Floor: the same timer on the idle window just before, in
  the same process (floor_stall_ms), which is what the machine's load alone costs.
- history_open_loaded_ms: the first open with the libraries already loaded (as after the
  pointer reached the History button), until the charts are drawn; median of fresh processes.
  history_open_loaded_stall_ms: the longest wait for input meanwhile, as history_stall_ms.
- history_all_years_ms: switching the open page to all ten years; rss_history_mb: this
  process's peak resident memory afterwards.
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FOOT_COACH_TTS_ENGINE", "mock")

from app_bench import make_coach
from json_line import read, report
from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from foot_coach.store.db import Store
from foot_coach.store.seed import seed_history
from foot_coach.system import after_pyside

PERIOD_MS = 5


class Heartbeat:
    """A precise timer on the window's thread: how late it fires is how long input waits."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(PERIOD_MS)
        self.timer.timeout.connect(self._beat)
        self.clock = QElapsedTimer()
        self.last = 0.0
        self.worst = 0.0

    def start(self) -> None:
        self.clock.start()
        self.last, self.worst = 0.0, 0.0
        self.timer.start()

    def _beat(self) -> None:
        now = self.clock.nsecsElapsed() / 1e6
        self.worst = max(self.worst, now - self.last - PERIOD_MS)
        self.last = now

    def stop(self) -> float:
        self._beat()  # a stall just before stopping counts too
        self.timer.stop()
        return self.worst


def idle_stall_ms(ms: int = 500) -> float:
    beat, loop = Heartbeat(), QEventLoop()
    beat.start()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    return beat.stop()


def seeded(folder: Path) -> Path:
    store = Store.open(folder / "history.sqlite3")
    seed_history(store.conn, 3650, date.today(), random.Random(10))
    store.close()
    return folder


def open_history(app: QApplication, folder: Path, loaded: bool = False) -> dict[str, float]:
    coach = make_coach(seeded(folder))
    coach.window.resize(1280, 800)
    coach.window.show()
    app.processEvents()
    floor = idle_stall_ms()
    if loaded:
        from foot_coach.ui import warm

        assert not warm.loaded(), "the charts were loaded before the History button was reached"
        ready = QEventLoop()
        warm.when_loaded(ready.quit)
        ready.exec()
        app.processEvents()
    drawn, loop, beat = [], QEventLoop(), Heartbeat()
    coach.ctx.pages.history.sig_charts_drawn.connect(lambda: (drawn.append(1), loop.quit()))
    t0 = time.perf_counter()
    coach.window.show_page("history")
    coach.window.repaint()
    app.processEvents()
    usable = (time.perf_counter() - t0) * 1000
    beat.start()
    if not drawn:
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
    coach.window.repaint()
    charts = (time.perf_counter() - t0) * 1000
    stall = beat.stop()
    t1 = time.perf_counter()
    coach.ctx.pages.history.range.setCurrentIndex(3)  # "everything": ten years in every chart
    coach.window.repaint()
    app.processEvents()
    return {
        "history_usable_ms": round(usable, 1),
        "history_charts_ms": round(charts, 1),
        "history_stall_ms": round(stall, 1),
        "floor_stall_ms": round(floor, 1),
        "history_all_years_ms": round((time.perf_counter() - t1) * 1000, 1),
        "rss_history_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def import_floor_ms(runs: int = 3) -> float:
    """Importing numpy and pyqtgraph alone, in a fresh process each time."""
    code = (
        "import time; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "t = time.perf_counter(); import numpy, pyqtgraph; "
        "print((time.perf_counter() - t) * 1000)"
    )
    times = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(runs)
    ]
    return statistics.median(times)


def fresh(flag: str, runs: int = 3) -> list[dict[str, float]]:
    """open_history in fresh processes: one first open is easily disturbed on a busy machine."""
    command = [sys.executable, __file__, flag]
    return [
        read(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
        for _ in range(runs)
    ]


def median_of(runs: list[dict[str, float]], key: str) -> float:
    return round(statistics.median(run[key] for run in runs), 1)


def main() -> int:
    if sys.argv[1:] in (["--cold"], ["--loaded"]):
        # As the entry point does: without it, PySide read the source of each of the chart
        # libraries' 300 modules as they loaded (40-70 ms and 15 MB the app does not spend),
        # and made every Qt type as pyqtgraph was imported.
        after_pyside.prepare()
        app = QApplication(sys.argv[:1])
        with tempfile.TemporaryDirectory() as folder:
            report(open_history(app, Path(folder), loaded=sys.argv[1] == "--loaded"))
        os._exit(0)  # pyqtgraph's clean-up at exit sometimes crashes; the figures are out
    cold = fresh("--cold")
    result = {key: median_of(cold, key) for key in cold[0]}
    for key in ("history_stall_ms", "floor_stall_ms"):
        result[key] = max(run[key] for run in cold)  # the worst of the runs
    loaded = fresh("--loaded")
    result["history_open_loaded_ms"] = median_of(loaded, "history_charts_ms")
    result["history_open_loaded_stall_ms"] = max(run["history_stall_ms"] for run in loaded)
    result["floor_history_import_ms"] = round(import_floor_ms(), 1)
    return report(result)


if __name__ == "__main__":
    sys.exit(main())
