"""Every translation is complete, current with the code, and its .qm built from its .ts."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from foot_coach.core.catalog import parse_catalog, translate_catalog
from foot_coach.system import assets

ROOT = Path(__file__).resolve().parents[1]


def test_ts_files_are_complete_and_current() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/translations.py", "check"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_each_text_is_filed_where_the_app_looks_it_up() -> None:
    """lupdate files `name.tr("...")` under the context "name", where the lookup asks for ""
    (`i18n.tr`, called bare) or the widget's class (`self.tr`): the notice of settings that
    could not be read, written as `i18n.tr(...)`, stayed English in German and Spanish."""
    found = []
    for path in sorted((ROOT / "foot_coach").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, "call tr() bare or self.tr(): " + ", ".join(found)


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_catalogue_is_translated_in_full(language: str) -> None:
    english = parse_catalog(assets.read_text("exercises.toml"))
    name = f"exercises.{language}.toml"
    translated = translate_catalog(english, assets.read_text(name), name)
    assert translated.ids == english.ids
    for before, after in zip(english.exercises, translated.exercises, strict=True):
        assert after.prescription == before.prescription and after.counting == before.counting
        for field in ("name", "summary", "feel", "safety"):
            assert getattr(after, field) != getattr(before, field), (before.id, field)
        for line_before, line_after in zip(before.steps, after.steps, strict=True):
            assert line_before != line_after


def test_a_plural_form_that_drops_its_count_is_found() -> None:
    """Each plural form must keep %n, the count Qt puts in: a form without it is said with no
    number, and the check compared %1, %2 ... only."""
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script._marks("%n time(s)") == script._marks("%n-mal")
    assert script._marks("%n time(s)") != script._marks("einmal")
    assert script._marks("%n time(s) for %1 s") != script._marks("%n-mal je s")
    assert script._marks("%n session(s)") == script._marks("%Ln Einheiten")  # in digit groups
