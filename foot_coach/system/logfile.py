"""The app's own log: a small rotating file in the data folder, for the person to send along
with a problem."""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG = logging.getLogger("foot_coach")
LIMIT_BYTES = 512_000
KEEP = 2  # older files: foot-coach.log.1, foot-coach.log.2


class SmallLog(logging.FileHandler):
    """A log file moved aside (.1, .2, the oldest dropped) before it grows past `limit`.
    The standard library's RotatingFileHandler does the same, but its module also loads the
    network, pickling and queue handlers, which start-up would pay for and never use."""

    def __init__(self, path: Path, limit: int = LIMIT_BYTES, keep: int = KEEP) -> None:
        super().__init__(path, encoding="utf-8")
        self.limit, self.keep = limit, keep

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() > 0:
                size = len((self.format(record) + self.terminator).encode("utf-8"))
                if self.stream.tell() + size > self.limit:
                    self.rotate()
        except OSError:
            self.handleError(record)
        super().emit(record)

    def rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        for older in range(self.keep - 1, 0, -1):
            if os.path.exists(f"{self.baseFilename}.{older}"):
                os.replace(f"{self.baseFilename}.{older}", f"{self.baseFilename}.{older + 1}")
        os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()


def start_log(path: Path) -> None:
    """None on a disk that refuses it (full, read-only): the app itself says what is wrong."""
    try:
        handler = SmallLog(path)
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    LOG.addHandler(handler)
    LOG.setLevel(logging.INFO)
