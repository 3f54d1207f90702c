"""The sdist is the whole project, builds a wheel without warnings, and its own tests pass
against that wheel installed outside the source tree."""

from __future__ import annotations

import re
import subprocess
import sys
import sysconfig
import tarfile
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1]
# Tracked files a packager never needs: the CI entry point and the git ignore list.
NOT_SHIPPED = {".ci/run", ".gitignore"}
# Fast tests that touch every kind of shipped file: catalogue, translations, pictures, sounds,
# icons, the database schema. A few seconds, so make test can afford them twice.
SUBSET = ["tests/core", "tests/store", "tests/test_selfcheck.py", "tests/test_translations.py"]
# Printed when Python is told not to write bytecode: about this machine, not the project.
HARMLESS = re.compile(r"byte-compiling is disabled")


def build(kind: str, source: Path, out: Path) -> Path:
    """Build with this venv's setuptools (offline); fail on any warning it prints."""
    result = subprocess.run(
        [sys.executable, "-c",
         f"import setuptools.build_meta as b; print(b.build_{kind}({str(out)!r}))"],
        cwd=source, capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    warnings = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if "warning" in line.lower() and not HARMLESS.search(line)
    ]
    assert not warnings, "\n".join(warnings)
    return out / result.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """sdist -> unpacked -> wheel -> a venv holding only that wheel (Qt borrowed from here)."""
    top = tmp_path_factory.mktemp("dist")
    sdist = build("sdist", SOURCE, top)
    with tarfile.open(sdist) as archive:
        archive.extractall(top, filter="data")
    unpacked = top / sdist.name.removesuffix(".tar.gz")
    wheel = build("wheel", unpacked, top)
    venv = top / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=60
    )
    python = venv / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
         "--no-index", str(wheel)],
        check=True, timeout=300,
    )  # fmt: skip
    site = Path(subprocess.check_output(
        [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        text=True, timeout=60,
    ).strip())  # fmt: skip
    # Dependencies come from this venv through a plain path entry: offline and quick.
    (site / "borrowed.pth").write_text(sysconfig.get_path("purelib") + "\n")
    return {"sdist": sdist, "unpacked": unpacked, "venv": venv, "site": site, "home": top}


def env(dist: dict[str, Path]) -> dict[str, str]:
    # This venv's bin for pyside6-lupdate, which the translation check runs.
    path = f"{Path(sys.executable).parent}:/usr/bin:/bin"
    home = str(dist["home"])
    return {"PATH": path, "HOME": home, "QT_QPA_PLATFORM": "offscreen",
            "FOOT_COACH_TTS_ENGINE": "mock"}  # fmt: skip


def test_the_sdist_holds_every_tracked_file(dist: dict[str, Path]) -> None:
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=SOURCE, capture_output=True, text=True, timeout=60
    )
    if tracked.returncode != 0:
        pytest.skip("not a git checkout (an unpacked sdist): nothing to compare with")
    with tarfile.open(dist["sdist"]) as archive:
        shipped = {name.partition("/")[2] for name in archive.getnames()}
    missing = set(tracked.stdout.split()) - NOT_SHIPPED - shipped
    assert not missing, sorted(missing)


def test_the_sdists_own_tests_pass_against_its_installed_wheel(dist: dict[str, Path]) -> None:
    python = dist["venv"] / "bin" / "python"
    # -P: the unpacked folder is not put on sys.path, so foot_coach comes from the wheel.
    where = subprocess.run(
        [python, "-P", "-c", "import foot_coach; print(foot_coach.__file__)"],
        env=env(dist), capture_output=True, text=True, cwd=dist["unpacked"], timeout=60,
    )  # fmt: skip
    assert where.stdout.startswith(str(dist["site"])), where.stdout + where.stderr
    result = subprocess.run(
        [python, "-P", "-m", "pytest", "-q", "-p", "no:cacheprovider", *SUBSET],
        env=env(dist), capture_output=True, text=True, cwd=dist["unpacked"], timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert re.search(r"\b\d{3,} passed\b", result.stdout), result.stdout[-500:]


def test_the_installed_command_checks_itself_outside_the_source(dist: dict[str, Path]) -> None:
    result = subprocess.run(
        [dist["venv"] / "bin" / "foot-coach", "--self-check"],
        env=env(dist), capture_output=True, text=True, cwd=dist["home"], timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "11 illustrations" in result.stdout
    assert str(dist["site"] / "foot_coach" / "resources") in result.stdout
