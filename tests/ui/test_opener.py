"""Opening a saved file: when the computer has no program for it, the person is told, where
Qt's own opener on Linux said nothing (xdg-open's "no method available" went unseen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from foot_coach.system import opener


def _command(folder: Path, body: str) -> str:
    """A stand-in for xdg-open: a script that records what it was asked to open."""
    script = folder / "opener"
    script.write_text(f'#!/bin/sh\nprintf %s "$1" > "{folder}/asked"\n{body}\n')
    script.chmod(0o755)
    return str(script)


def test_nothing_to_open_it_with_is_told(qtbot, tmp_path: Path) -> None:
    failed: list[bool] = []
    opener.open_path(
        "/home/ann/report.pdf", lambda: failed.append(True), _command(tmp_path, "exit 3")
    )
    qtbot.waitUntil(lambda: failed == [True])
    assert (tmp_path / "asked").read_text() == "/home/ann/report.pdf"
    assert not opener._watching


def test_a_file_that_opens_is_not_told(qtbot, tmp_path: Path) -> None:
    failed: list[bool] = []
    opener.open_path(
        "/home/ann/report.pdf", lambda: failed.append(True), _command(tmp_path, "exit 0")
    )
    qtbot.waitUntil(lambda: not opener._watching)  # its end was seen
    assert (tmp_path / "asked").read_text() == "/home/ann/report.pdf" and failed == []


def test_without_xdg_open_qt_opens_it(monkeypatch, tmp_path: Path) -> None:
    asked: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: asked.append(url) or False)
    failed: list[bool] = []
    opener.open_path(str(tmp_path), lambda: failed.append(True), "no-such-opener-here")
    assert asked == [QUrl.fromLocalFile(str(tmp_path))] and failed == [True]
