"""The app's own log: a small rotating file in the data folder, for the person to send along
with a problem."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG = logging.getLogger("foot_coach")


def start_log(path: Path) -> None:
    """None on a disk that refuses it (full, read-only): the app itself says what is wrong."""
    try:
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=512_000, backupCount=2, encoding="utf-8"
        )
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    LOG.addHandler(handler)
    LOG.setLevel(logging.INFO)
