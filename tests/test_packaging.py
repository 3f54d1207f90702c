"""Desktop integration files validate, cover every exercise, and the wheel stands alone."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from foot_coach import assets
from foot_coach.core.catalog import parse_catalog

SOURCE = Path(__file__).resolve().parents[1]
PACKAGING = SOURCE / "packaging"
DESKTOP = PACKAGING / "io.github.footcoach.FootCoach.desktop"
METAINFO = PACKAGING / "io.github.footcoach.FootCoach.metainfo.xml"


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (make test installs it)")
    return path


def test_desktop_file_validates() -> None:
    result = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True,
                            text=True)  # fmt: skip
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


def test_metainfo_validates() -> None:
    result = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_actions_start_the_routine_and_every_exercise() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP)
    commands = [entry[s]["Exec"] for s in entry.sections() if s.startswith("Desktop Action")]
    catalog = parse_catalog(assets.read_text("exercises.toml"))
    assert "foot-coach --start" in commands
    assert {f"foot-coach --start {i}" for i in catalog.ids} <= set(commands)
    listed = entry["Desktop Entry"]["Actions"].strip(";").split(";")
    assert len(listed) == len(commands) == len(catalog.ids) + 1


def test_wheel_installs_and_checks_itself_outside_the_source(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", str(wheels), str(SOURCE)],
        check=True, cwd=tmp_path, timeout=300,
    )  # fmt: skip
    [wheel] = wheels.glob("foot_coach-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = Path(subprocess.check_output(
        [venv / "bin" / "python", "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        text=True,
    ).strip())  # fmt: skip
    # The wheel goes in the new venv; its dependencies (Qt and friends) are borrowed from
    # this one through a plain path entry, so the test stays offline and quick.
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site),
         str(wheel)],
        check=True, timeout=300,
    )  # fmt: skip
    (site / "borrowed.pth").write_text(sysconfig.get_path("purelib") + "\n")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    where = subprocess.run(
        [venv / "bin" / "python", "-c", "import foot_coach; print(foot_coach.__file__)"],
        env=env, capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert where.stdout.startswith(str(site)), where.stdout + where.stderr
    result = subprocess.run(
        [venv / "bin" / "python", "-m", "foot_coach", "--self-check"],
        env=env, capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "11 illustrations" in result.stdout
