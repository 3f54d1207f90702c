"""Shared fixtures: the shipped catalogue and a data dir private to each test."""

from __future__ import annotations

import os
from pathlib import Path

import PySide6  # noqa: F401  (imported before its question is answered, below)
import pytest

from foot_coach.core.catalog import Catalog, parse_catalog
from foot_coach.store.db import Store
from foot_coach.system import after_pyside, assets
from foot_coach.system.paths import Paths

# The mock voice answers at once anywhere; the real engines are tried by the system tests.
os.environ.setdefault("FOOT_COACH_TTS_ENGINE", "mock")
# Modules imported from here on load as in the app, pyqtgraph among them (foot_coach/__main__.py).
after_pyside.prepare()


@pytest.fixture(autouse=True)
def private_data_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """Nothing a test does (the welcome's menu entry, for one) reaches the real ~/.local/share."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return parse_catalog(assets.read_text("exercises.toml"))


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    """Every file a test's app writes goes under its own temporary folder."""
    return Paths(tmp_path / "data")


@pytest.fixture
def store(tmp_path: Path):
    """A fresh history file (history.sqlite3) in the test's own folder."""
    opened = Store.open(tmp_path / "history.sqlite3")
    yield opened
    opened.close()
