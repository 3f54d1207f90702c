"""Choose what the PyInstaller bundle leaves out: Qt plugins the app never loads, the libraries
that only those plugins needed, Qt's translations for languages the app does not offer, and
translation sources. Used by foot-coach.spec; pure, so it is tested.

PyInstaller collects every plugin of each Qt module it sees, then every library those plugins
link to (GTK and cairo for the GTK theme, OpenSSL for TLS, ...). Dropping a plugin after the
analysis leaves its libraries behind, so libraries are kept only when something kept links them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from pathlib import PurePosixPath

Entry = tuple[str, str, str]  # PyInstaller TOC row: (destination, source, typecode)
LANGUAGE = re.compile(r"_([a-z]{2,3})(?:_[A-Z][A-Za-z]+)?$")

# Plugin folders the app never needs: no network, no embedded/console displays, no SQL, no QML.
UNUSED_PLUGIN_DIRS = frozenset(
    {"egldeviceintegrations", "generic", "networkinformation", "tls", "sqldrivers",
     "qmltooling", "position", "sensors", "canbus", "designer", "renderers"}
)  # fmt: skip
# Single plugins: display back ends for kiosks, the GTK theme (it needs GTK, which a desktop
# either lacks or has already), the on-screen keyboard, and picture formats the app never opens.
# The FFmpeg media back end (plus FFmpeg, QtQuick and QtQml it links: about 37 MB) is only for
# QMediaPlayer; QSoundEffect plays WAV without any back end ("No QtMultimedia backends found.
# Only QMediaDevices, QAudioDevice, QSoundEffect, QAudioSink, and QAudioSource are available."),
# which was checked here against a PulseAudio null sink: Loading, Ready, playing, finished.
UNUSED_PLUGINS = frozenset(
    {"qeglfs", "qlinuxfb", "qminimal", "qminimalegl", "qvnc", "qvkkhrdisplay", "qgtk3",
     "qtvirtualkeyboardplugin", "qpdf", "qtiff", "qwebp", "qtga", "qwbmp", "qicns", "qgif",
     "qjpeg", "qdirect2d", "ffmpegmediaplugin"}
)  # fmt: skip
# On Linux only these plugins stay. The X11 ones are those a session, every page and History
# loaded (LD_DEBUG=files, under Xvfb with a tray, PulseAudio and speech-dispatcher); Wayland's
# are its platform plugin with the desktop shell and the title bars it draws itself (GNOME).
# The rest were never loaded: OpenGL glue (widgets paint in software, charts included), kiosk
# and embedded Wayland shells, compositor buffer sharing, ICO pictures, the test voice.
LINUX_PLUGINS = {
    "platforms": {"qxcb", "qwayland", "qoffscreen"},  # offscreen: --self-check without display
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"adwaita", "bradient"},
    "platformthemes": {"qxdgdesktopportal"},  # file dialogs through the portal (Flatpak)
    # Dead keys and compose sequences (accents), and input methods.
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    "imageformats": {"qsvg"},
    "iconengines": {"qsvgicon"},  # SVG icon themes of the desktop
    "texttospeech": {"qtexttospeech_speechd"},
}


def plugin_stem(destination: str) -> tuple[str, str] | None:
    """("platforms", "qxcb") for ".../plugins/platforms/libqxcb.so"; None when not a plugin."""
    parts = PurePosixPath(destination.replace("\\", "/")).parts
    if "plugins" not in parts[:-2]:
        return None
    name = parts[-1].split(".")[0]
    return parts[-2], name.removeprefix("lib")


def is_unused_plugin(destination: str) -> bool:
    found = plugin_stem(destination)
    return found is not None and (found[0] in UNUSED_PLUGIN_DIRS or found[1] in UNUSED_PLUGINS)


def is_unused_on_linux(destination: str) -> bool:
    found = plugin_stem(destination)
    return found is not None and found[1] not in LINUX_PLUGINS.get(found[0], ())


def _name(path: str) -> str:
    return PurePosixPath(path.replace("\\", "/")).name


def is_library(entry: Entry) -> bool:
    """A shared library that is only there because something links to it (not Python itself,
    which the bootloader loads by hand)."""
    destination, _source, typecode = entry
    name = _name(destination)
    shared = ".so" in name or name.endswith((".dll", ".dylib"))
    python = name.lower().startswith(("libpython", "python"))
    return typecode == "BINARY" and shared and not python and plugin_stem(destination) is None


def keep_linked(
    binaries: Iterable[Entry],
    imports: Callable[[str], Iterable[tuple[str, str | None]]],
    unused: Callable[[str], bool] = is_unused_plugin,
) -> list[Entry]:
    """Drop unused plugins, then every library nothing kept links to (directly or not).

    `imports(source)` lists (name, resolved path or None) a binary links to, as PyInstaller's
    bindepend.get_imports does; libraries are matched by file name.
    """
    entries = [e for e in binaries if not unused(e[0])]
    libraries = {_name(e[0]): e for e in entries if is_library(e)}
    kept: set[str] = set()
    queue = [e[1] for e in entries if not is_library(e) and e[2] != "SYMLINK"]
    while queue:
        for name, path in imports(queue.pop()):
            for found in {_name(name), _name(path or "")} & libraries.keys() - kept:
                kept.add(found)
                queue.append(libraries[found][1])
    return without_dangling([e for e in entries if not is_library(e) or _name(e[0]) in kept])


def keep_data(
    datas: Iterable[Entry], languages: Collection[str], binaries: Iterable[Entry] = ()
) -> list[Entry]:
    """Leave out translation sources (.ts), Qt's translations for other languages (the app
    loads Qt's own texts, Yes, No, Cancel..., only for the languages it offers), and the links
    PyInstaller makes to libraries that were left out (it files them with the data)."""
    kept = [e for e in datas if not _unused_data(e[0], languages)]
    return without_dangling(kept, {e[0] for e in binaries})


def without_dangling(entries: list[Entry], elsewhere: Collection[str] = ()) -> list[Entry]:
    """Every entry but the SYMLINKs whose target is neither among them nor `elsewhere`."""
    present = {e[0] for e in entries if e[2] != "SYMLINK"} | set(elsewhere)
    links = {e[0]: _target(e) for e in entries if e[2] == "SYMLINK"}
    while reached := {link for link, target in links.items() if target in present} - present:
        present |= reached  # a link to a link stays when the end of the chain does
    return [e for e in entries if e[0] in present]


def _target(symlink: Entry) -> str:
    """The destination a SYMLINK entry points to (its source is relative to its own folder)."""
    folder = PurePosixPath(symlink[0].replace("\\", "/")).parent
    parts: list[str] = []
    for part in (folder / symlink[1].replace("\\", "/")).parts:
        if part == "..":
            parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)


def _unused_data(destination: str, languages: Collection[str]) -> bool:
    path = PurePosixPath(destination.replace("\\", "/"))
    if path.suffix == ".ts":
        return True
    found = LANGUAGE.search(path.stem)  # qtbase_pt_BR -> pt, foot_coach_de -> de
    if path.suffix != ".qm" or path.parent.name != "translations" or found is None:
        return False
    return found.group(1) not in languages
