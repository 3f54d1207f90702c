"""Start-up counted in processor instructions up to the first paint, which a busy machine does
not disturb as it does the clock: valgrind's cachegrind without its cache model, the process
ending at the paint (at_paint.py). Runs of the same code differ by about 1 %. Each start takes
some 15 s under valgrind, so fewer rounds than the timed starts need."""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REFS = re.compile(r"^==(\d+)== I\s+refs:\s+([\d,]+)", re.MULTILINE)


def count(display: str, *args: str) -> int:
    """The instructions of the started process itself: one the toolkit forks on the way is
    reported apart, under its own process id."""
    valgrind = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
    ]
    proc = subprocess.Popen(
        [*valgrind, sys.executable, str(HERE / "at_paint.py"), *args],
        env={**os.environ, "DISPLAY": display},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    _, said = proc.communicate(timeout=300)
    counts = {int(pid): int(refs.replace(",", "")) for pid, refs in REFS.findall(said)}
    if proc.pid not in counts:
        raise RuntimeError(f"no count from valgrind: {said[-500:]}")
    return counts[proc.pid]


def measure_instructions(
    display: str, rounds: int, fresh: Callable[[], str], existing: str
) -> dict[str, float]:
    """Medians over `rounds` of a first start (a `fresh()` folder each time), an everyday start
    (the folder `existing`) and the bare window."""
    if shutil.which("valgrind") is None:
        raise RuntimeError("valgrind is missing: apt-get install valgrind")
    counts: dict[str, list[int]] = {"new": [], "existing": [], "bare": []}
    for _ in range(rounds):
        counts["new"].append(count(display, "app", "--data-dir", fresh()))
        counts["existing"].append(count(display, "app", "--data-dir", existing))
        counts["bare"].append(count(display, "bare"))
    bare = statistics.median(counts["bare"])
    return {
        "floor_startup_instructions_m": round(bare / 1e6),
        "startup_instructions_ratio": round(statistics.median(counts["new"]) / bare, 3),
        "startup_existing_instructions_ratio": round(
            statistics.median(counts["existing"]) / bare, 3
        ),
    }
