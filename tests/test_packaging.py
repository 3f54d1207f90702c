"""Desktop integration files validate and cover every exercise; the bundle keeps what it needs."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from foot_coach.core.catalog import parse_catalog
from foot_coach.system import assets

SOURCE = Path(__file__).resolve().parents[1]
PACKAGING = SOURCE / "packaging"
sys.path.insert(0, str(PACKAGING))  # bundle_trim lives beside the spec that uses it
# In the package, so --install-desktop finds them in a wheel (foot_coach/desktop_entry.py).
DESKTOP = SOURCE / "resources" / "desktop" / "io.github.footcoach.FootCoach.desktop"
METAINFO = SOURCE / "resources" / "desktop" / "io.github.footcoach.FootCoach.metainfo.xml"


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (make test installs it)")
    return path


def test_desktop_file_validates() -> None:
    result = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True,
                            text=True, timeout=60)  # fmt: skip
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


def test_metainfo_validates() -> None:
    result = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, timeout=60)  # fmt: skip
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


def test_bundle_leaves_out_unused_plugins_and_what_only_they_link() -> None:
    import bundle_trim

    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/q/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/q/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", "/q/libqopenssl.so", "BINARY"),
        ("PySide6/QtGui.abi3.so", "/q/QtGui.abi3.so", "EXTENSION"),
        ("libpython3.11.so.1.0", "/py/libpython3.11.so.1.0", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/q/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/q/libQt6XcbQpa.so.6", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
        ("libX11.so.6", "/usr/lib/libX11.so.6", "BINARY"),
    ]
    links = {
        "/q/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/q/libQt6XcbQpa.so.6": ["libQt6Gui.so.6"],
        "/q/libQt6Gui.so.6": ["libX11.so.6", "libc.so.6"],
        "/q/libqgtk3.so": ["libgtk-3.so.0", "libQt6Gui.so.6"],
        "/usr/lib/libgtk-3.so.0": ["libcairo.so.2"],
    }
    kept = bundle_trim.keep_linked(binaries, lambda src: [(n, None) for n in links.get(src, [])])
    names = {Path(entry[0]).name for entry in kept}
    expected = {"libqxcb.so", "QtGui.abi3.so", "libpython3.11.so.1.0", "libQt6Gui.so.6"}
    assert names == expected | {"libQt6XcbQpa.so.6", "libX11.so.6"}
    assert ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK") in kept


def test_plugins_the_app_needs_stay_in_the_bundle() -> None:
    import bundle_trim

    needed = [
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforms/qwindows.dll",
        "platforms/libqcocoa.dylib",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
        "texttospeech/libqtexttospeech_speechd.so",
        "platformthemes/libqxdgdesktopportal.so",
    ]
    assert not [p for p in needed if bundle_trim.is_unused_plugin(f"PySide6/Qt/plugins/{p}")]
    assert bundle_trim.is_unused_plugin("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so")


def test_on_linux_only_plugins_seen_loaded_stay_and_wayland_with_them() -> None:
    import bundle_trim

    kept = ["platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqxcb.so.avx2",
            "wayland-shell-integration/libxdg-shell.so", "texttospeech/libqtexttospeech_speechd.so",
            "wayland-decoration-client/libadwaita.so", "imageformats/libqsvg.so"]  # fmt: skip
    dropped = ["xcbglintegrations/libqxcb-glx-integration.so", "imageformats/libqico.so",
               "texttospeech/libqtexttospeech_mock.so", "wayland-shell-integration/libivi-shell.so",
               "wayland-graphics-integration-client/libdmabuf-server.so"]  # fmt: skip
    unused = [
        p for p in kept + dropped if bundle_trim.is_unused_on_linux(f"PySide6/Qt/plugins/{p}")
    ]
    assert unused == dropped
    assert not bundle_trim.is_unused_on_linux("PySide6/Qt/lib/libQt6Gui.so.6")  # not a plugin


def test_bundle_keeps_qt_texts_for_the_apps_languages_only_and_no_dangling_links() -> None:
    import bundle_trim

    datas = [
        ("PySide6/Qt/translations/qtbase_de.qm", "/q/qtbase_de.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_fr.qm", "/q/qtbase_fr.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_pt_BR.qm", "/q/qtbase_pt_BR.qm", "DATA"),
        ("PySide6/Qt/translations/qt_help_es.qm", "/q/qt_help_es.qm", "DATA"),
        ("foot_coach/resources/translations/foot_coach_de.qm", "/r/foot_coach_de.qm", "DATA"),
        ("foot_coach/resources/translations/foot_coach_de.ts", "/r/foot_coach_de.ts", "DATA"),
        ("foot_coach/resources/exercises.toml", "/r/exercises.toml", "DATA"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Qml.so.6", "PySide6/Qt/lib/libQt6Qml.so.6", "SYMLINK"),  # Qml was left out
        ("PySide6/Qt/lib/libfoo.so", "libfoo.so.1", "SYMLINK"),
        ("PySide6/Qt/lib/libfoo.so.1", "../../../libbar.so", "SYMLINK"),
    ]
    binaries = [("PySide6/Qt/lib/libQt6Gui.so.6", "/q/libQt6Gui.so.6", "BINARY"),
                ("libbar.so", "/usr/lib/libbar.so", "BINARY")]  # fmt: skip
    kept = {e[0] for e in bundle_trim.keep_data(datas, ("en", "de", "es"), binaries)}
    assert kept == {
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_help_es.qm",
        "foot_coach/resources/translations/foot_coach_de.qm",
        "foot_coach/resources/exercises.toml",
        "libQt6Gui.so.6",
        "PySide6/Qt/lib/libfoo.so",
        "PySide6/Qt/lib/libfoo.so.1",
    }


def test_the_bundle_keeps_qt_texts_for_every_language_the_app_offers() -> None:
    from foot_coach.system.i18n import LANGUAGES

    spec = (PACKAGING / "foot-coach.spec").read_text()
    assert "LANGUAGES = (" + ", ".join(f'"{code}"' for code in LANGUAGES) + ")" in spec
