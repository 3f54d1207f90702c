"""`foot-coach --self-check`: prove an installation is whole, without a display or a history.

Loads every shipped resource (catalogue, illustrations, sounds, icons, translations) and the
chart library the History page imports late, starts the app's sound and voice helpers and reads
what they found (a hung speech engine or sound server is given up on at a deadline), opens and
closes a database in a temporary folder, and prints one line per check. Exit 0 when all pass;
otherwise 1, with each missing or broken file named.
"""

from __future__ import annotations

import importlib
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
import wave
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from foot_coach import __version__
from foot_coach.core.catalog import parse_catalog
from foot_coach.system import assets
from foot_coach.system.assets import ICON_SIZES

Check = tuple[str, Callable[[], str]]  # what is checked; returns a short "found" note

# Desktops pick the PNG nearest the size they draw; scripts/make_icons.py renders these.
ICON_PNGS = {f"foot-coach-{size}.png": size for size in ICON_SIZES}
REQUIRED_ICONS = {"foot-coach.svg", *ICON_PNGS}
# A cold start of Python, Qt and a speech engine on a busy machine takes seconds (the app's
# own start deadline for its helpers is 20 s, system/audio.py).
HELPER_S = 20.0


def _catalogue() -> str:
    catalog = parse_catalog(assets.read_text("exercises.toml"), str(assets.path("exercises.toml")))
    return f"{len(catalog.exercises)} exercises"


def _files(folder: str, suffix: str) -> list[str]:
    try:
        names = [n for n in assets.listing(folder) if n.endswith(suffix)]
    except OSError as exc:
        raise RuntimeError(f"folder {assets.path(folder)} is missing ({exc.strerror})") from exc
    if not names:
        raise RuntimeError(f"no {suffix} files in {assets.path(folder)}")
    return names


def _illustrations() -> str:
    from PySide6.QtSvg import QSvgRenderer

    needed = _needed_illustrations()
    present = set(_files("illustrations", ".svg"))
    missing = sorted(needed - present)
    if missing:
        raise RuntimeError("missing " + ", ".join(str(assets.path(f"illustrations/{m}"))
                                                  for m in missing))  # fmt: skip
    for name in sorted(present):
        path = assets.path(f"illustrations/{name}")
        if not QSvgRenderer(str(path)).isValid():
            raise RuntimeError(f"{path} is not a drawing Qt can read")
    return f"{len(present)} illustrations"


def _needed_illustrations() -> set[str]:
    """Every pose a session can ask for, by the same rule the session view uses."""
    from foot_coach.core.phase_kind import PhaseKind
    from foot_coach.ui.illustration import pose_for

    catalog = parse_catalog(assets.read_text("exercises.toml"))
    needed = set()
    for exercise in catalog.exercises:
        kinds = [PhaseKind.MOVE] if exercise.counting.paced else [PhaseKind.HOLD]
        for kind in (*kinds, PhaseKind.REST):
            needed |= {f"{pose_for(exercise.id, kind, rep)}.svg" for rep in (1, 2)}
    return needed


def _sounds() -> str:
    from foot_coach.core.prompts import Sound

    names = {sound.value for sound in Sound} | set(_files("sounds", ".wav"))
    for name in sorted(names):
        _check_wave(assets.path(f"sounds/{name}"))
    return f"{len(names)} sounds"


def _check_wave(path: Path) -> None:
    try:
        with wave.open(str(path)) as wav:
            if wav.getnframes() == 0:
                raise RuntimeError(f"{path} is empty")
    except (OSError, wave.Error, EOFError) as exc:
        raise RuntimeError(f"{path} cannot be played: {exc}") from exc


def _icons() -> str:
    names = set(_files("icons", ""))
    missing = sorted(REQUIRED_ICONS - names)
    if missing:
        raise RuntimeError("missing " + ", ".join(str(assets.path(f"icons/{m}")) for m in missing))
    for name in sorted(names):
        _check_icon(name, assets.path(f"icons/{name}"))
    return f"{len(names)} icon files"


def _check_icon(name: str, path: Path) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    if name.endswith(".svg") and not QSvgRenderer(str(path)).isValid():
        raise RuntimeError(f"{path} is not a drawing Qt can read")
    if not name.endswith(".png"):
        return
    image = QImage(str(path))
    if image.isNull():
        raise RuntimeError(f"{path} is not a picture Qt can read")
    if name in ICON_PNGS and image.width() != ICON_PNGS[name]:
        raise RuntimeError(f"{path} is {image.width()} pixels wide, not {ICON_PNGS[name]}")


def _charts() -> str:
    """The History page imports its chart library late; a bundle missing part of it would
    only fail when someone first opens History, so import it here, as the app does. A bundle
    whose importer the app's import hook cannot reach would open History 100 ms slower."""
    import pyqtgraph

    from foot_coach.system import qt_mirrors

    importlib.import_module("foot_coach.ui.charts")
    if not qt_mirrors.filling_on_use():
        raise RuntimeError(
            f"pyqtgraph {pyqtgraph.__version__} loads, but copied every Qt name as it loaded:"
            " foot_coach.system.qt_mirrors did not run"
        )
    return f"pyqtgraph {pyqtgraph.__version__} loads, making Qt's types as used"


def _database() -> str:
    from foot_coach.store.db import Store

    with tempfile.TemporaryDirectory(prefix="foot-coach-check-") as folder:
        store = Store.open(Path(folder) / "history.sqlite3")
        try:
            version = store.conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            store.close()  # Windows cannot remove the folder while the file is open
    return f"a new history opens (schema version {version})"


def _translations() -> str:
    from PySide6.QtCore import QTranslator

    from foot_coach.system.i18n import LANGUAGES

    for language in LANGUAGES[1:]:  # English is the source text itself
        path = assets.path(f"translations/foot_coach_{language}.qm")
        translator = QTranslator()
        if not translator.load(str(path)) or translator.isEmpty():
            raise RuntimeError(f"{path} is missing or not a translation Qt can read")
    return "translations load: " + ", ".join(LANGUAGES[1:])


def helper_ready(role: str, argument: str, deadline_s: float = HELPER_S) -> dict[str, Any]:
    """Start the app's own audio helper (system/audio.py) and read its "ready" line. A speech
    engine or sound server that hangs holds up only the helper, which is killed at the
    deadline; the check says so instead of waiting."""
    from foot_coach.system.audio import helper_command

    program, args = helper_command(role, argument)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    lines: queue.Queue[str | None] = queue.Queue()
    with subprocess.Popen([program, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True, env=env) as child:  # fmt: skip
        threading.Thread(target=_pass_lines, args=(child.stdout, lines), daemon=True).start()
        try:
            return _first_ready(lines, time.monotonic() + deadline_s, role, deadline_s)
        finally:
            child.kill()


def _pass_lines(stream: Any, lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)  # the helper ended


def _first_ready(lines: queue.Queue[str | None], until: float, role: str, deadline_s: float
                 ) -> dict[str, Any]:  # fmt: skip
    while (left := until - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        if line is None:
            raise RuntimeError(f"the {role} helper ended without answering")
        try:
            message = json.loads(line)
        except ValueError:
            continue
        if isinstance(message, dict) and isinstance(message.get("ready"), dict):
            return message["ready"]  # type: ignore[no-any-return]
    raise RuntimeError(f"the {role} helper did not answer within {deadline_s:g} s")


def _sound_effects() -> str:
    ready = helper_ready("sound", str(assets.path("sounds")))
    if not ready.get("output"):
        return "Qt Multimedia starts; no sound output on this computer, so sounds stay silent"
    if ready.get("failed"):
        raise RuntimeError(f"{ready['output']} cannot play: " + ", ".join(ready["failed"]))
    return f"sound effects ready on {ready['output']}"


def _speech() -> str:
    ready = helper_ready("voice", "en")
    engine = ready.get("engine")
    if not engine:
        raise RuntimeError("Qt has no speech engine; sounds still play")
    if ready.get("state") == "Error":
        raise RuntimeError(f"speech engine {engine}: {ready.get('error') or 'error'}")
    return f"speech engine {engine} answers ({ready.get('locale')})"


CHECKS: list[Check] = [
    ("catalogue", _catalogue),
    ("illustrations", _illustrations),
    ("sounds", _sounds),
    ("icons", _icons),
    ("translations", _translations),
    ("sound effects", _sound_effects),
    ("speech", _speech),
    ("charts", _charts),
    ("database", _database),
]


def run_checks(checks: list[Check]) -> Iterator[tuple[str, bool, str]]:
    for name, check in checks:
        try:
            yield name, True, check()
        except Exception as exc:  # every failure is reported, none stops the others
            yield name, False, str(exc) or type(exc).__name__


def main() -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from foot_coach.system import after_pyside

    after_pyside.prepare()  # the chart library is checked as the app loads it
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    print(f"Foot Coach {__version__} self-check ({assets.root()})")
    failed = 0
    for name, ok, note in run_checks(CHECKS):
        print(f"  {'ok  ' if ok else 'FAIL'} {name}: {note}")
        failed += not ok
    if failed:
        print(f"{failed} of {len(CHECKS)} checks failed.")
        return 1
    print(f"All {len(CHECKS)} checks passed.")
    return 0
