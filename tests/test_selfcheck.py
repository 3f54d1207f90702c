"""--self-check passes on the shipped resources and names exactly what is missing or broken."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from foot_coach.system import assets, qt_mirrors, selfcheck

SOURCE = Path(__file__).resolve().parents[1]

# selfcheck.main() makes a bare QGuiApplication when none is there; in the one test process
# that left the widget tests after it without the QApplication they need, so the outcome
# hung on the order the tests ran in. The QApplication comes first here.
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def copied(tmp_path: Path, monkeypatch) -> Path:
    """A private copy of the resources, which the loader is pointed at."""
    root = tmp_path / "resources"
    shutil.copytree(SOURCE / "resources", root)
    monkeypatch.setattr(assets, "root", lambda: root)
    return root


def test_the_real_resources_pass(capsys) -> None:
    assert selfcheck.main() == 0
    out = capsys.readouterr().out
    assert "All 9 checks passed." in out and "11 illustrations" in out
    assert "making Qt's types as used" in out


def test_a_missing_illustration_is_named(copied: Path, capsys) -> None:
    (copied / "illustrations" / "arch-raises-active.svg").unlink()
    assert selfcheck.main() == 1
    out = capsys.readouterr().out
    assert "FAIL illustrations" in out and "arch-raises-active.svg" in out
    assert "ok   sounds" in out  # the other checks still ran


def test_a_broken_translation_is_named(copied: Path, capsys) -> None:
    (copied / "translations" / "foot_coach_es.qm").write_bytes(b"not a translation")
    assert selfcheck.main() == 1
    out = capsys.readouterr().out
    assert "FAIL translations" in out and "foot_coach_es.qm is missing or not a translation" in out


def test_a_broken_sound_is_named(copied: Path, capsys) -> None:
    (copied / "sounds" / "tick.wav").write_bytes(b"not a wave file")
    assert selfcheck.main() == 1
    assert "tick.wav cannot be played" in capsys.readouterr().out


def test_a_broken_catalogue_is_named(copied: Path, capsys) -> None:
    text = (copied / "exercises.toml").read_text().replace('posture = "seated"', 'posture = "x"', 1)
    (copied / "exercises.toml").write_text(text)
    assert selfcheck.main() == 1
    out = capsys.readouterr().out
    assert "FAIL catalogue" in out and "posture" in out


def test_a_missing_icon_size_is_named(copied: Path, capsys) -> None:
    (copied / "icons" / "foot-coach-24.png").unlink()
    assert selfcheck.main() == 1
    out = capsys.readouterr().out
    assert "FAIL icons" in out and "foot-coach-24.png" in out


def test_an_icon_of_the_wrong_size_is_named(copied: Path, capsys) -> None:
    shutil.copy(copied / "icons" / "foot-coach-64.png", copied / "icons" / "foot-coach-48.png")
    assert selfcheck.main() == 1
    assert "foot-coach-48.png is 64 pixels wide, not 48" in capsys.readouterr().out


def test_an_extra_sound_is_checked_too(copied: Path, capsys) -> None:
    (copied / "sounds" / "chime.wav").write_bytes(b"")
    assert selfcheck.main() == 1
    assert "chime.wav cannot be played" in capsys.readouterr().out


def test_a_missing_chart_library_is_named(monkeypatch, capsys) -> None:
    monkeypatch.setitem(sys.modules, "pyqtgraph", None)  # as if the bundle had left it out
    assert selfcheck.main() == 1
    out = capsys.readouterr().out
    assert "FAIL charts" in out and "pyqtgraph" in out


def test_charts_copied_whole_are_named(monkeypatch, capsys) -> None:
    monkeypatch.setattr(qt_mirrors, "filling_on_use", lambda: False)  # as if the hook never ran
    assert selfcheck.main() == 1
    assert "copied every Qt name as it loaded" in capsys.readouterr().out


@pytest.mark.qt_log_ignore("Cannot read file.*")
def test_a_drawing_that_is_not_svg_is_named(copied: Path, capsys) -> None:
    (copied / "illustrations" / "toe-curls-rest.svg").write_text("<svg broken")
    assert selfcheck.main() == 1
    assert "toe-curls-rest.svg is not a drawing" in capsys.readouterr().out


def test_command_line_without_a_display(tmp_path: Path) -> None:
    # The installed package (editable here, a wheel in the sdist's test): no PYTHONPATH.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "FOOT_COACH_TTS_ENGINE": "mock"}
    result = subprocess.run(
        [sys.executable, "-m", "foot_coach", "--self-check"],
        env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    # A process of its own, where only the entry point can have set up pyqtgraph's import.
    assert "making Qt's types as used" in result.stdout
