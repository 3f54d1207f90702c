"""pyproject.toml claims exactly the range make test runs: its lower bounds are the versions in
constraints-oldest.txt, its upper bounds sit just above the versions in constraints.txt."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

SOURCE = Path(__file__).resolve().parents[1]
RUNTIME = ("pyside6-essentials", "pyside6-addons", "pyqtgraph", "platformdirs")


def pins(name: str) -> dict[str, Version]:
    found = {}
    for line in (SOURCE / name).read_text().splitlines():
        package, sep, version = line.split("#")[0].strip().partition("==")
        if sep:
            found[package.lower().replace("_", "-")] = Version(version)
    return found


def claimed() -> dict[str, Requirement]:
    project = tomllib.loads((SOURCE / "pyproject.toml").read_text())["project"]
    requirements = [Requirement(r) for r in project["dependencies"]]
    return {r.name.lower(): r for r in requirements if r.name.lower() in RUNTIME}


def bound(requirement: Requirement, operator: str) -> Version:
    [spec] = [s for s in requirement.specifier if s.operator == operator]
    return Version(spec.version)


def test_the_oldest_set_is_the_lower_bound_and_allowed() -> None:
    oldest = pins("constraints-oldest.txt")
    for name, requirement in claimed().items():
        assert oldest[name] in requirement.specifier, name
        lowest = bound(requirement, ">=")
        assert oldest[name].release[: len(lowest.release)] == lowest.release, name


def test_the_upper_bound_is_the_next_release_after_the_tested_one() -> None:
    tested = pins("constraints.txt")
    for name, requirement in claimed().items():
        assert tested[name] in requirement.specifier, name
        upper = bound(requirement, "<")
        major, minor = tested[name].major, tested[name].minor
        # Semantic versions (platformdirs) break at a major; Qt and 0.x pyqtgraph at a minor.
        semantic = name == "platformdirs"
        expected = Version(f"{major + 1}" if semantic else f"{major}.{minor + 1}")
        assert upper == expected, (name, upper, expected)


def test_the_oldest_file_pins_only_what_the_app_runs_on() -> None:
    # Everything else (the test tools) comes from constraints.txt, as in the main venv.
    assert set(pins("constraints-oldest.txt")) == {*RUNTIME, "shiboken6", "numpy"}
