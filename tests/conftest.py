"""Shared fixtures: the shipped catalogue and a data dir private to each test."""

from __future__ import annotations

from pathlib import Path

import pytest

from foot_coach import assets
from foot_coach.core.catalog import Catalog, parse_catalog
from foot_coach.paths import Paths


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return parse_catalog(assets.read_text("exercises.toml"))


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    """Every file a test's app writes goes under its own temporary folder."""
    return Paths(tmp_path / "data")
