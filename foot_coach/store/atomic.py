"""Writing a file so that a crash or a full disk leaves either the old or the new one whole."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write(path: Path, data: bytes, durable: bool = True) -> None:
    """A temp file in the same folder, flushed to disk, readable by the user alone, renamed over
    the old one; on any failure the temp file is removed and the old file is untouched.
    `durable=False` is for what can be made again (a cache): not waited onto the disk, so
    power lost just after may leave the file empty, never half of two versions."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            if durable:
                os.fsync(out.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
