"""The data folder: made private when Foot Coach creates it, left as it is when it exists."""

from __future__ import annotations

import stat
from pathlib import Path

from foot_coach.system.paths import Paths


def test_a_new_data_folder_is_private(tmp_path: Path) -> None:
    folder = Paths.from_arg(tmp_path / "new" / "data").ensure()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_chosen_folder_keeps_its_permissions(tmp_path: Path) -> None:
    chosen = tmp_path / "shared"
    chosen.mkdir()
    chosen.chmod(0o755)
    Paths.from_arg(chosen).ensure()
    assert stat.S_IMODE(chosen.stat().st_mode) == 0o755
