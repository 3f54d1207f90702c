"""Exports and the report start in the person's documents folder, or in their home folder
where there is none: a documents folder that was not there opened Qt's dialog wherever the app
was started, with the whole missing path typed in as the file's name."""

from __future__ import annotations

from pathlib import Path

from foot_coach.actions import history


def test_the_dialogs_start_in_a_folder_that_is_there(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))  # no user-dirs file
    assert Path(history.documents()) == tmp_path
    (tmp_path / "Documents").mkdir()
    assert Path(history.documents()) == tmp_path / "Documents"
