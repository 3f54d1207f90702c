"""Choose what the PyInstaller bundle leaves out: Qt plugins the app never loads, and the
libraries that only those plugins needed. Used by foot-coach.spec; pure, so it is tested.

PyInstaller collects every plugin of each Qt module it sees, then every library those plugins
link to (GTK and cairo for the GTK theme, OpenSSL for TLS, ...). Dropping a plugin after the
analysis leaves its libraries behind, so libraries are kept only when something kept links them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

Entry = tuple[str, str, str]  # PyInstaller TOC row: (destination, source, typecode)

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
    binaries: Iterable[Entry], imports: Callable[[str], Iterable[tuple[str, str | None]]]
) -> list[Entry]:
    """Drop unused plugins, then every library nothing kept links to (directly or not).

    `imports(source)` lists (name, resolved path or None) a binary links to, as PyInstaller's
    bindepend.get_imports does; libraries are matched by file name. A symlink stays when its
    target does.
    """
    entries = [e for e in binaries if not is_unused_plugin(e[0])]
    libraries = {_name(e[0]): e for e in entries if is_library(e)}
    kept: set[str] = set()
    queue = [e[1] for e in entries if not is_library(e) and e[2] != "SYMLINK"]
    while queue:
        for name, path in imports(queue.pop()):
            for found in {_name(name), _name(path or "")} & libraries.keys() - kept:
                kept.add(found)
                queue.append(libraries[found][1])
    return [e for e in entries if _kept(e, libraries, kept)]


def _kept(entry: Entry, libraries: dict[str, Entry], kept: set[str]) -> bool:
    if entry[2] == "SYMLINK":
        return _name(entry[1]) not in libraries or _name(entry[1]) in kept
    return not is_library(entry) or _name(entry[0]) in kept
