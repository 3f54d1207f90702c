"""Filling a small disk to its last block, for the scripts that run on one (test_disk.py)."""

from __future__ import annotations

import os
from pathlib import Path


def fill(path: Path) -> None:
    """Write zeros to `path` until the disk holding it refuses another block."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass  # full: that is what was wanted
    finally:
        os.close(fd)
