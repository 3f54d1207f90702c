"""Write packaging/python3-deps.json, the Flatpak modules for the Python packages the app needs.

Flathub builds without network, so every download is a source with a pinned URL and sha256,
taken from PyPI's JSON API the way flatpak-pip-generator does it. The versions are the ones
constraints.txt pins (what make test ran). io.qt.PySide.BaseApp already brings PySide6 and
numpy; setuptools is only needed to build foot-coach itself and is removed afterwards.

    python packaging/flatpak_deps.py            # needs network; rewrites python3-deps.json
    python packaging/flatpak_deps.py --release  # the manifest builds tag v<version> at HEAD
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
import urllib.request
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "python3-deps.json"
CONSTRAINTS = HERE.parent / "constraints.txt"
MANIFEST = HERE / "io.github.footcoach.FootCoach.yml"
RUNTIME = ["pyqtgraph", "platformdirs"]  # what the BaseApp does not have
BUILD_ONLY = ["setuptools"]  # the build backend pyproject.toml names
PYPI = "https://pypi.org/pypi/{name}/json"
FILES = "https://files.pythonhosted.org/packages/"
# PyPI's file paths are a blake2 digest split 2/2/60, then the file name; mirrors keep them.
FILE_PATH = re.compile(r"packages/([0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{60}/[^/]+)$")

Release = list[Mapping[str, Any]]  # the files PyPI lists for one version


def pins(constraints: str) -> dict[str, str]:
    """name -> version from 'name==version' lines; names normalised as PyPI does."""
    found = {}
    for line in constraints.splitlines():
        name, sep, version = line.split("#")[0].strip().partition("==")
        if sep:
            found[normalise(name)] = version.strip()
    return found


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pick(files: Release, name: str, version: str) -> Mapping[str, Any]:
    """A pure-Python wheel when there is one (nothing to compile), else the sdist."""
    wheels = [f for f in files if f["filename"].endswith("-py3-none-any.whl")]
    sdists = [f for f in files if f["packagetype"] == "sdist"]
    if not wheels and not sdists:
        raise SystemExit(f"{name} {version}: PyPI has neither a pure wheel nor an sdist")
    return (wheels or sdists)[0]


def canonical_url(url: str) -> str:
    """The address on files.pythonhosted.org, also when a mirror answered with its own."""
    found = FILE_PATH.search(url)
    if found is None:
        raise SystemExit(f"not a PyPI file address: {url}")
    return FILES + found.group(1)


def module(name: str, version: str, file: Mapping[str, Any], build_only: bool) -> dict[str, Any]:
    install = (
        'pip3 install --verbose --exists-action=i --no-index --find-links="file://${PWD}" '
        f'--prefix=${{FLATPAK_DEST}} "{name}=={version}" --no-build-isolation --no-deps'
    )
    packagetype = "bdist_wheel" if file["filename"].endswith(".whl") else "sdist"
    source = {
        "type": "file",
        "url": canonical_url(file["url"]),
        "sha256": file["digests"]["sha256"],
        "x-checker-data": {"type": "pypi", "name": name, "packagetype": packagetype},
    }
    entry: dict[str, Any] = {
        "name": f"python3-{name}",
        "buildsystem": "simple",
        "build-commands": [install],
        "sources": [source],
    }
    # "*" removes everything this module installed once the app is built.
    entry["cleanup"] = ["*"] if build_only else ["/bin"]
    return entry


def modules(pinned: Mapping[str, str], releases: Callable[[str], Mapping[str, Release]]) -> dict:
    wanted = [(n, False) for n in RUNTIME] + [(n, True) for n in BUILD_ONLY]
    built = []
    for name, build_only in wanted:
        version = pinned[name]
        files = releases(name).get(version)
        if not files:
            raise SystemExit(f"{name} {version} (constraints.txt) is not on PyPI")
        built.append(module(name, version, pick(files, name, version), build_only))
    return {"name": "python3-deps", "buildsystem": "simple", "build-commands": [],
            "modules": built}  # fmt: skip


def from_pypi(name: str) -> Mapping[str, Release]:
    with urllib.request.urlopen(PYPI.format(name=name), timeout=60) as response:
        return json.load(response)["releases"]  # type: ignore[no-any-return]


def release(manifest: str, version: str, commit: str) -> str:
    """The manifest with its one git source set to tag v<version> at this commit."""
    manifest, tags = re.subn(r"(?m)^(\s+tag:) \S+$", rf"\1 v{version}", manifest)
    # Quoted, or YAML reads a commit of digits alone as a number.
    manifest, commits = re.subn(r"(?m)^(\s+commit:) '[0-9a-f]{40}'$", rf"\1 '{commit}'", manifest)
    if (tags, commits) != (1, 1):
        raise SystemExit(f"{MANIFEST} should have one git source with a tag and a commit")
    return manifest


def write_release() -> int:
    root = HERE.parent
    version = tomllib.loads((root / "pyproject.toml").read_text())["project"]["version"]
    commit = subprocess.check_output(["git", "rev-parse", "HEAD"], cwd=root, text=True).strip()
    MANIFEST.write_text(release(MANIFEST.read_text(), version, commit))
    print(f"{MANIFEST.name} builds v{version} at {commit}: tag that commit v{version}")
    return 0


def main() -> int:
    if sys.argv[1:] == ["--release"]:
        return write_release()
    result = modules(pins(CONSTRAINTS.read_text()), from_pypi)
    OUTPUT.write_text(json.dumps(result, indent=4) + "\n")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
