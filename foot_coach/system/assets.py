"""The one place that finds shipped data files, in a wheel, a source tree or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import foot_coach.resources as shipped

# The sizes of the app icon's pictures in resources/icons (foot-coach-SIZE.png).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def root() -> Path:
    """The folder holding exercises.toml, illustrations/, sounds/ and icons/. Found from the
    package's own folder, not through importlib.resources, whose import (1.5 ms) start-up
    would pay for nothing: the package is a plain folder in a wheel and a source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "foot_coach" / "resources"
    return Path(next(iter(shipped.__path__)))


def path(relative: str) -> Path:
    """A real filesystem path for a shipped file (the package is never zipped)."""
    return root() / relative


def read_text(relative: str) -> str:
    return root().joinpath(relative).read_text(encoding="utf-8")


def read_bytes(relative: str) -> bytes:
    return root().joinpath(relative).read_bytes()


def listing(folder: str) -> list[str]:
    """File names in a resources sub-folder, sorted."""
    return sorted(p.name for p in root().joinpath(folder).iterdir() if p.is_file())
