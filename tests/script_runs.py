"""Runs a test's script in a fresh Python, as the app would start: this source tree's code,
offscreen, with what the script printed last read as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

SOURCE = Path(__file__).resolve().parents[1]


def run_script(
    script: str, *args: str, env: dict[str, str] | None = None, timeout: int = 60
) -> Any:
    """The JSON on the last line `script` printed, run with `args` as its command line and
    `env` added to the environment. A script that fails or prints nothing fails the test with
    its own errors."""
    added = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(SOURCE)} | (env or {})
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=os.environ | added, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip
    assert done.returncode == 0 and done.stdout, done.stderr
    return json.loads(done.stdout.splitlines()[-1])
