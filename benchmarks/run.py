"""`make bench`: Foot Coach's performance figures, each beside its floor measured in the same run.

Prints one JSON object and a readable table. Figures are medians over several runs. This is a
measurement, never a pass/fail test: the targets are printed beside the figures for reading.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from instructions import measure_instructions  # noqa: E402
from json_line import read  # noqa: E402
from xvfb import (  # noqa: E402
    Launched,
    cpu_seconds,
    family_pss_mb,
    family_rss_mb,
    rss_mb,
    wakeups,
    xvfb_display,
)

APP = ["-m", "foot_coach"]
BARE = [str(HERE / "bare_window.py")]
TARGETS = {
    "startup_ratio": "<= 1.3",
    "startup_existing_ratio": "<= 1.3",
    "startup_instructions_ratio": "<= 1.3",
    "startup_existing_instructions_ratio": "<= 1.3",
    "rss_idle_mb": "<= 75",
    "rss_tray_mb": "<= 65",
    "idle_cpu_pct": "0.0",
    "session_cpu_pct": "<= 5",
    "timer_drift_ms": "<= 5",
    "phase_latency_p99_ms": "<= 20",
    "history_usable_ms": "<= 150",
    "history_charts_ms": "<= 600",
    "history_stall_ms": "<= 50",
    "history_open_loaded_ms": "<= 200",
    "history_open_loaded_stall_ms": "<= 50",
    "history_query_ms": "",
    "rep_commit_p99_ms": "<= 5",
    "bundle_ratio": "<= 1.1",
    "cue_latency_p99_ms": "<= 30",
    "cue_latency_under_load_p99_ms": "<= 30",
    "speech_latency_max_ms": "<= 300",
    "session_wakeups_audio_per_s": "<= 100",
    "idle_wakeups_audio_per_s": "0",
}


def compiled_like_installed() -> None:
    """An installed Foot Coach starts from bytecode (pip, the bundle and distributions compile
    it). A checkout run where PYTHONDONTWRITEBYTECODE is set would compile every module anew
    on every start, which no person's start pays: compile them once, as an install does."""
    for package in ("foot_coach", "resources"):  # resources/ is foot_coach.resources
        compileall.compile_dir(str(HERE.parent / package), quiet=1)


def fresh_data_dir() -> str:
    return tempfile.mkdtemp(prefix="foot-coach-bench-data-")


def start_app(display: str, *extra: str, env: dict[str, str] | None = None) -> Launched:
    return Launched([*APP, "--data-dir", fresh_data_dir(), *extra], display, env)


def existing_data_dir() -> str:
    """A data folder as an everyday start finds it: a year of history, the settings saved
    (the welcome seen), and PySide's support code as the last start compiled and kept when it
    quit, as one person's would be after using the app a while."""
    import random
    from datetime import date

    from foot_coach.store.db import Store
    from foot_coach.store.seed import seed_history
    from foot_coach.system.paths import Paths

    paths = Paths(Path(fresh_data_dir()))
    paths.ensure()
    store = Store.open(paths.database)
    seed_history(store.conn, 365, date.today(), random.Random(7))
    store.close()
    paths.settings.write_text("first_run_done = true\n")
    # In a fresh Python: PySide compiles its support code once per process.
    support = [sys.executable, "-m", "foot_coach.system.support_bytecode", str(paths.support_cache)]
    subprocess.run(support, check=True)
    return str(paths.data_dir)


def measure_startup(display: str, runs: int) -> dict[str, float]:
    """Interleave app and floor so both see the same machine load: a first start (a new data
    folder) and an everyday one (the same folder each time, with its history and settings).
    Each ratio is the median of the rounds' own ratios: a round's three starts run within a
    second or two of each other, while the load of a busy machine drifts over the minute."""
    existing = existing_data_dir()
    times: dict[str, list[float]] = {"new": [], "existing": [], "bare": []}
    for _ in range(runs):
        for kind, out in times.items():
            if kind == "bare":
                launched = Launched(BARE, display)
            else:
                folder = existing if kind == "existing" else fresh_data_dir()
                launched = Launched([*APP, "--data-dir", folder], display)
            try:
                out.append(launched.wait_painted())
            finally:
                launched.close()
    bare = times["bare"]

    def ratio(kind: str) -> float:
        return round(statistics.median(t / b for t, b in zip(times[kind], bare, strict=True)), 2)

    return {
        "startup_s": round(statistics.median(times["new"]), 3),
        "startup_existing_s": round(statistics.median(times["existing"]), 3),
        "floor_startup_s": round(statistics.median(bare), 3),
        "startup_ratio": ratio("new"),
        "startup_existing_ratio": ratio("existing"),
    }


def measure_rss(display: str, runs: int, settle_s: float) -> dict[str, float]:
    app_rss, bare_rss, family, family_pss = [], [], [], []
    for _ in range(runs):
        for make, out in (
            (lambda: start_app(display), app_rss),
            (lambda: Launched(BARE, display), bare_rss),
        ):
            launched = make()
            try:
                launched.wait_painted()
                time.sleep(settle_s)
                out.append(rss_mb(launched.proc.pid))
                if out is app_rss:
                    family.append(family_rss_mb(launched.proc.pid))
                    family_pss.append(family_pss_mb(launched.proc.pid))
            finally:
                launched.close()
    return {
        "rss_idle_mb": round(statistics.median(app_rss), 1),
        "rss_idle_with_helpers_mb": round(statistics.median(family), 1),
        "pss_idle_with_helpers_mb": round(statistics.median(family_pss), 1),
        "floor_rss_mb": round(statistics.median(bare_rss), 1),
    }


def cpu_over(launched: Launched, seconds: float) -> tuple[float, float]:
    """CPU percent of one core and wake-ups per second over a window of real time."""
    pid = launched.proc.pid
    cpu0, wake0, t0 = cpu_seconds(pid), wakeups(pid), time.monotonic()
    time.sleep(seconds)
    cpu1, wake1, t1 = cpu_seconds(pid), wakeups(pid), time.monotonic()
    return 100 * (cpu1 - cpu0) / (t1 - t0), (wake1 - wake0) / (t1 - t0)


def measure_idle_cpu(display: str, seconds: float) -> dict[str, float]:
    """Minimized to the tray (a real tray: trayer on the Xvfb display) waiting for a reminder."""
    tray = None
    if shutil.which("trayer"):
        tray = subprocess.Popen(
            ["trayer", "--edge", "top"],
            env={**os.environ, "DISPLAY": display},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1.0)
    launched = start_app(display, "--minimized")
    try:
        time.sleep(5.0)  # let start-up work finish before the window opens
        pct, wakes = cpu_over(launched, seconds)
        rss, family = rss_mb(launched.proc.pid), family_rss_mb(launched.proc.pid)
        pss = family_pss_mb(launched.proc.pid)
    finally:
        launched.close()
        if tray:
            tray.terminate()
            tray.wait()
    return {"idle_cpu_pct": round(pct, 2), "idle_wakeups_per_s": round(wakes, 2),
            "rss_tray_mb": round(rss, 1), "rss_tray_with_helpers_mb": round(family, 1),
            "pss_tray_with_helpers_mb": round(pss, 1)}  # fmt: skip


def measure_session_cpu(display: str, seconds: float) -> dict[str, float]:
    """A real session on the real clock, illustration animating, cues muted."""
    folder = fresh_data_dir()
    Path(folder, "settings.toml").write_text("muted = true\nvoice = false\n")
    launched = Launched([*APP, "--data-dir", folder, "--start"], display)
    try:
        launched.wait_painted()
        time.sleep(3.0)  # past start-up work
        pct, wakes = cpu_over(launched, seconds)
    finally:
        launched.close()
    return {"session_cpu_pct": round(pct, 2), "session_wakeups_per_s": round(wakes, 1)}


def run_script(name: str, *args: str) -> dict[str, float]:
    """Run an in-process benchmark script that prints one JSON object on its last line."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, str(HERE / name), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=1800,
    )
    if out.returncode != 0:
        raise RuntimeError(f"{name} failed: {out.stderr[-2000:]}")
    return read(out.stdout)


def guarded(results: dict[str, object], label: str, measure: Callable[[], dict]) -> None:
    started = time.monotonic()
    try:
        results.update(measure())
    except Exception as exc:  # a benchmark that cannot run is reported, not hidden
        results.setdefault("errors", {})[label] = str(exc)[:500]  # type: ignore[index]
    print(f"  {label}: {time.monotonic() - started:.1f} s", file=sys.stderr)


def table(results: dict[str, object]) -> str:
    width = max((len(key) + 2 for key in results), default=32)
    rows = [f"{'figure':<{width}}{'value':>10}  target"]
    for key, value in results.items():
        if key in ("errors", "notes"):
            continue
        rows.append(f"{key:<{width}}{value!s:>10}  {TARGETS.get(key, '')}")
    return "\n".join(rows)


# A start is some 0.3 s, yet one in five on a busy machine takes half as long again: more rounds
# than the other figures need, for a median of ratios that a few such starts do not move.
STARTUP_ROUNDS = 21

INSTRUCTION_ROUNDS = 3  # runs of one start differ by about 1 % in instructions

PARTS = (
    "startup",
    "instructions",
    "rss",
    "idle",
    "session",
    "store",
    "history",
    "app",
    "audio",
    "bundle",
)


def on_display(display: str, quick: bool) -> dict[str, Callable[[], dict]]:
    rounds = 3 if quick else STARTUP_ROUNDS
    return {
        "startup": lambda: measure_startup(display, rounds),
        "instructions": lambda: measure_instructions(
            display, 1 if quick else INSTRUCTION_ROUNDS, fresh_data_dir, existing_data_dir()
        ),
        "rss": lambda: measure_rss(display, 3, 2.0 if quick else 5.0),
        "idle": lambda: measure_idle_cpu(display, 10 if quick else 30),
        "session": lambda: measure_session_cpu(display, 20 if quick else 60),
    }


def in_scripts(quick: bool) -> dict[str, Callable[[], dict]]:
    return {
        "store": lambda: run_script("store_bench.py"),
        "history": lambda: run_script("history_bench.py"),
        "app": lambda: run_script("app_bench.py"),
        "audio": lambda: run_script("audio_bench.py", *(["--quick"] if quick else [])),
        "bundle": lambda: run_script("bundle_bench.py"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs, shorter windows")
    parser.add_argument("--no-bundle", action="store_true", help="skip the two bundle builds")
    parser.add_argument(
        "--only", default=",".join(PARTS), help=f"comma-separated parts to run ({','.join(PARTS)})"
    )
    args = parser.parse_args()
    parts = set(args.only.split(",")) - ({"bundle"} if args.no_bundle else set())
    results: dict[str, object] = {}
    compiled_like_installed()
    if parts & {"startup", "instructions", "rss", "idle", "session"}:
        with xvfb_display() as display:
            for label, measure in on_display(display, args.quick).items():
                if label in parts:
                    guarded(results, label, measure)
    for label, measure in in_scripts(args.quick).items():
        if label in parts:
            guarded(results, label, measure)
    print(table(results), file=sys.stderr)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
