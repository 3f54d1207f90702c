"""The Flatpak manifest is one Flathub would build: offline, pinned, on the BaseApp's Qt, with
an app id, homepage and screenshots that agree. Checked offline, from the files alone."""

from __future__ import annotations

import json
import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from foot_coach.system.selfcheck import ICON_SIZES

SOURCE = Path(__file__).resolve().parents[1]
PACKAGING = SOURCE / "packaging"
sys.path.insert(0, str(PACKAGING))
import flatpak_deps  # noqa: E402

APP_ID = "io.github.footcoach.FootCoach"
MANIFEST = PACKAGING / f"{APP_ID}.yml"
METAINFO = SOURCE / "resources" / "desktop" / f"{APP_ID}.metainfo.xml"
HEX40 = re.compile(r"[0-9a-f]{40}")
HEX64 = re.compile(r"[0-9a-f]{64}")


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(MANIFEST.read_text())
    return loaded


def all_modules(modules: list[Any]) -> Iterator[dict[str, Any]]:
    """Every module, nested ones and those in JSON files beside the manifest included."""
    for module in modules:
        if isinstance(module, str):
            module = json.loads((PACKAGING / module).read_text())
        yield module
        yield from all_modules(module.get("modules", []))


def pinned() -> dict[str, str]:
    return flatpak_deps.pins((SOURCE / "constraints.txt").read_text())


def version() -> str:
    project = tomllib.loads((SOURCE / "pyproject.toml").read_text())["project"]
    return str(project["version"])


def test_qt_comes_from_the_baseapp_on_the_runtime_of_the_tested_qt(manifest) -> None:
    assert manifest["id"] == APP_ID == MANIFEST.stem
    assert (manifest["runtime"], manifest["sdk"]) == ("org.kde.Platform", "org.kde.Sdk")
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert manifest["runtime-version"] == manifest["base-version"]
    tested = ".".join(pinned()["pyside6-essentials"].split(".")[:2])
    assert manifest["runtime-version"] == tested
    assert "/app/cleanup-BaseApp.sh" in manifest["cleanup-commands"]


def test_nothing_is_downloaded_during_the_build(manifest) -> None:
    for module in all_modules(manifest["modules"]):
        args = module.get("build-options", {}).get("build-args", [])
        assert "--share=network" not in args, module["name"]
        for command in module.get("build-commands", []):
            if command.startswith("pip3 install"):
                assert "--no-index" in command, command
        for source in module.get("sources", []):
            assert source["type"] in ("file", "archive", "git"), (module["name"], source)
            if source["type"] == "git":
                assert source["url"].startswith("https://") and source.get("tag")
                assert HEX40.fullmatch(source["commit"]), source
            else:
                assert source["url"].startswith("https://"), source
                assert HEX64.fullmatch(source["sha256"]), source


def test_python_modules_are_the_versions_the_tests_ran(manifest) -> None:
    wanted = {*flatpak_deps.RUNTIME, *flatpak_deps.BUILD_ONLY}
    found = {}
    for module in all_modules(manifest["modules"]):
        for source in module.get("sources", []):
            if source.get("x-checker-data", {}).get("type") == "pypi":
                name = source["x-checker-data"]["name"]
                assert source["url"].startswith(flatpak_deps.FILES), source["url"]
                found[name] = Path(source["url"]).name
    assert set(found) == wanted
    for name, filename in found.items():
        assert filename.startswith(f"{name}-{pinned()[name]}-"), filename


def test_permissions_are_what_the_app_uses_and_flathub_allows(manifest) -> None:
    args = manifest["finish-args"]
    for arg in ("--socket=wayland", "--socket=fallback-x11", "--socket=pulseaudio",
                "--talk-name=org.freedesktop.Notifications",
                "--talk-name=org.kde.StatusNotifierWatcher",
                "--talk-name=org.freedesktop.ScreenSaver",
                "--talk-name=org.gnome.Mutter.IdleMonitor",
                "--filesystem=xdg-run/speech-dispatcher:ro"):  # fmt: skip
        assert arg in args
    assert not [a for a in args if "portal" in a or "speech-dispatcher" in a.split("=")[0]]
    assert "--share=network" not in args and "--filesystem=home" not in args


def test_installed_files_exist(manifest) -> None:
    [app] = [m for m in manifest["modules"] if isinstance(m, dict) and m["name"] == "foot-coach"]
    installed = re.findall(r"install -Dm644 (\S+) ", "\n".join(app["build-commands"]))
    assert len(installed) == 4
    for source in installed:
        for size in ICON_SIZES if "$s" in source else [None]:
            assert (SOURCE / source.replace("$s", str(size))).is_file(), source


def test_homepage_screenshots_and_release_tag_agree_with_the_app_id(manifest) -> None:
    owner, repo = APP_ID.split(".")[2:4]
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    homepage = root.findtext("url[@type='homepage']") or ""
    assert homepage.lower() == f"https://github.com/{owner}/{repo}".lower()
    [git] = [s for m in manifest["modules"] if isinstance(m, dict) for s in m.get("sources", [])
             if s["type"] == "git"]  # fmt: skip
    assert git["url"].lower() == f"{homepage}.git".lower()
    assert git["tag"] == f"v{version()}"
    images = [e.text or "" for e in root.iterfind("screenshots/screenshot/image")]
    assert len(images) >= 3
    raw = f"https://raw.githubusercontent.com/{owner}/{repo}/{git['tag']}/"
    for image in images:
        assert image.lower().startswith(raw.lower()), image
        assert (SOURCE / image[len(raw) :]).is_file(), image


def test_the_generator_takes_pure_wheels_at_their_pypi_address() -> None:
    digest = "ab" * 32
    mirrored = "../../packages/packages/5b/be/" + "c" * 60 + "/platformdirs-4.3.7-py3-none-any.whl"
    files = [
        {"filename": "platformdirs-4.3.7.tar.gz", "packagetype": "sdist", "url": "x",
         "digests": {"sha256": "0" * 64}},
        {"filename": "platformdirs-4.3.7-py3-none-any.whl", "packagetype": "bdist_wheel",
         "url": mirrored, "digests": {"sha256": digest}},
    ]  # fmt: skip
    releases = {"platformdirs": {"4.3.7": files}, "pyqtgraph": {"0.13.7": files},
                "setuptools": {"80.0": files}}  # fmt: skip
    pins = flatpak_deps.pins("platformdirs==4.3.7\npyqtgraph==0.13.7  # x\nSetupTools==80.0\n")
    made = flatpak_deps.modules(pins, releases.__getitem__)
    source = made["modules"][1]["sources"][0]
    assert source["url"] == flatpak_deps.FILES + mirrored.split("packages/packages/")[1]
    assert source["sha256"] == digest
    assert made["modules"][2]["cleanup"] == ["*"]  # setuptools only builds the app
    with pytest.raises(SystemExit, match="not on PyPI"):
        flatpak_deps.modules({**pins, "pyqtgraph": "9.9"}, releases.__getitem__)


def test_a_release_names_its_tag_and_commit() -> None:
    text = MANIFEST.read_text()
    released = flatpak_deps.release(text, "2.0.1", "f" * 40)
    assert "        tag: v2.0.1\n" in released and f"        commit: '{'f' * 40}'\n" in released
    assert released.count("\n") == text.count("\n")
