"""Every path the app writes, built in one place from platformdirs or --data-dir."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

from foot_coach import APP_ID


# A NamedTuple, not a dataclass: defined before the first paint, where a frozen dataclass
# costs 0.3-0.7 ms to define (dataclasses compiles its methods at import).
class Paths(NamedTuple):
    """Where Foot Coach keeps its files. Everything lives under `data_dir`."""

    data_dir: Path

    @classmethod
    def default(cls) -> Paths:
        # Imported only here: a folder given with --data-dir (portable use) needs none of
        # platformdirs, which would stay loaded for nothing (about 0.6 MB).
        from platformdirs import PlatformDirs

        return cls(Path(PlatformDirs(APP_ID, appauthor=False).user_data_dir))

    @classmethod
    def from_arg(cls, data_dir: str | os.PathLike[str] | None) -> Paths:
        return cls(Path(data_dir).expanduser().resolve()) if data_dir else cls.default()

    @property
    def database(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def settings(self) -> Path:
        return self.data_dir / "settings.toml"

    @property
    def own_exercises(self) -> Path:
        return self.data_dir / "own-exercises.toml"

    @property
    def pictures_dir(self) -> Path:
        return self.data_dir / "pictures"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_file(self) -> Path:
        return self.data_dir / "foot-coach.log"

    @property
    def support_cache(self) -> Path:
        """PySide's support code as this Python compiled it (system/support_bytecode.py)."""
        return self.data_dir / "cache" / f"pyside-support.{sys.implementation.cache_tag}.bin"

    @property
    def instance_lock(self) -> Path:
        return self.data_dir / "instance.lock"

    def ensure(self) -> Path:
        """Create the data folder, readable by the user alone, and return it. A folder that
        exists keeps its permissions: the person chose them (and a read-only disk refuses)."""
        self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        return self.data_dir
