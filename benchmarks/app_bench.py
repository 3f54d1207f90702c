"""In-process figures for the running app (offscreen Qt), each beside its floor.

- timer_drift_ms, routine_end_late_ms, phase_latency_p99_ms: a routine of about 20 planned
  minutes run by the real Runner on the real monotonic clock, time-scaled (the scale is
  reported); the lateness of each phase start against its ideal moment. Drift is how much
  later the routine's last ten phases start than its first ten (medians), so that one phase's
  own jitter, which the p99 reports, is not taken for a schedule falling behind; the last
  phase's lateness alone is reported beside it. Floor: a bare precise QTimer chain firing at
  the same moments (floor_phase_latency_p99_ms).

The History page's figures are in history_bench.py.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FOOT_COACH_TTS_ENGINE", "mock")

from json_line import report
from percentile import p99
from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from foot_coach.actions.coaching import amounts
from foot_coach.app import Coach
from foot_coach.cli import Options
from foot_coach.core.catalog import parse_catalog
from foot_coach.core.clock import ScaledClock
from foot_coach.core.routine import Timing, compile_routine, items_for
from foot_coach.store.db import Store
from foot_coach.store.settings import Settings, SettingsFile
from foot_coach.system import assets
from foot_coach.system.paths import Paths

SCALE = 30.0
ROUNDS = 3  # the five exercises three times: about 20 planned minutes


def make_coach(folder: Path, clock: ScaledClock | None = None) -> Coach:
    catalog = parse_catalog(assets.read_text("exercises.toml"))
    paths = Paths(folder)
    paths.ensure()
    store = Store.open(paths.database)
    keeper = SettingsFile(paths.settings, Settings(muted=True, voice=False, pain_checkins=False))
    return Coach(Options(None, False, SCALE), paths, store, catalog, clock, settings_file=keeper,
                 tray_available=False)  # fmt: skip


def run_routine(app: QApplication, folder: Path) -> dict[str, float]:
    clock = ScaledClock(SCALE, time.monotonic_ns)
    coach = make_coach(folder, clock)
    coach.window.show()
    ids = list(coach.ctx.catalog.ids) * ROUNDS
    plan = compile_routine(items_for(coach.ctx.catalog, ids, amounts(coach.ctx)), Timing())
    starts, late = [], []
    offsets, at = [], 0
    for phase in plan.phases:
        offsets.append(at)
        at += phase.duration_ms
    loop = QEventLoop()
    coach.ctx.runner.sig_phase_started.connect(lambda note: starts.append((note.index, clock())))
    coach.ctx.runner.sig_status.connect(lambda note: note.status.name == "FINISHED" and loop.quit())
    coach.sessions.start(ids)
    session = coach.ctx.runner.session
    assert session is not None and starts
    # The session's own origin: its first deadline minus the first phase's length.
    origin = (session.next_deadline() or 0) - plan.phases[0].duration_ms
    loop.exec()
    for index, seen in starts:
        late.append((seen - origin - offsets[index]) / SCALE)  # in real milliseconds
    return {
        "routine_planned_min": round(plan.total_ms / 60000, 1),
        "time_scale": SCALE,
        "timer_drift_ms": round(statistics.median(late[-10:]) - statistics.median(late[:10]), 2),
        "routine_end_late_ms": round(late[-1], 2),
        "phase_latency_p99_ms": round(p99(late), 2),
    }


def floor_latency(offsets_ms: list[float]) -> float:
    """A bare precise QTimer chain firing at the same (scaled) moments."""
    timer, elapsed, late = QTimer(), QElapsedTimer(), []
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    loop, queue = QEventLoop(), list(offsets_ms)

    def fire() -> None:
        late.append(elapsed.nsecsElapsed() / 1e6 - queue.pop(0))
        if queue:
            timer.start(max(0, int(queue[0] - elapsed.nsecsElapsed() / 1e6)))
        else:
            loop.quit()

    timer.timeout.connect(fire)
    elapsed.start()
    timer.start(int(queue[0]))
    loop.exec()
    return p99(late)


def main() -> int:
    app = QApplication(sys.argv[:1])
    result: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        result |= run_routine(app, Path(folder))
    catalog = parse_catalog(assets.read_text("exercises.toml"))
    plan = compile_routine(items_for(catalog, list(catalog.ids) * ROUNDS, {}), Timing())
    offsets, at = [], 0.0
    for phase in plan.phases:
        at += phase.duration_ms / SCALE
        offsets.append(at)
    result["floor_phase_latency_p99_ms"] = round(floor_latency(offsets), 2)
    return report(result)


if __name__ == "__main__":
    sys.exit(main())
