"""How a benchmark script hands its figures on: one JSON object, the last line it prints.

run.py (and history_bench.py, for its fresh processes) reads them back with `read`, so the
writing and the reading stand in one place.
"""

from __future__ import annotations

import json


def report(figures: dict) -> int:
    """Print the figures for the caller to read; 0, for the script's exit code."""
    print(json.dumps(figures), flush=True)
    return 0


def read(stdout: str) -> dict:
    """The figures a script printed last, whatever it printed before them."""
    return json.loads(stdout.strip().splitlines()[-1])
