"""PySide's question about each imported module is answered without reading its source: no
file read at start-up, nothing in Python's line cache."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path
from types import ModuleType

from script_runs import run_script

from foot_coach.system.source_cache import uses_pyside


def test_the_answer_comes_from_what_the_module_holds_and_reads_nothing(tmp_path: Path) -> None:
    from PySide6.QtCore import QObject

    source = tmp_path / "named.py"
    source.write_text("import PySide6\n" * 1000)  # a source that names PySide6 everywhere
    plain, holding, holding_module = (ModuleType(n) for n in ("plain", "holding", "module"))
    plain.__file__ = str(source)
    holding.QObject = QObject  # type: ignore[attr-defined]
    holding_module.QtCore = sys.modules["PySide6.QtCore"]  # type: ignore[attr-defined]
    linecache.clearcache()
    assert uses_pyside(plain) is False
    assert uses_pyside(holding) is True and uses_pyside(holding_module) is True
    assert linecache.cache == {}


def test_importing_the_app_leaves_the_line_cache_nearly_empty() -> None:
    """Fails when a PySide update renames the question: then the cache fills again."""
    code = (
        "import json, linecache, PySide6\n"
        "from foot_coach.system import source_cache\n"
        "wrapped = source_cache.forget_as_read()\n"
        "import foot_coach.app\n"
        "print(json.dumps([wrapped, len(linecache.cache)]))\n"
    )
    wrapped, cached = run_script(code)
    assert wrapped >= 1
    assert cached < 20  # without the wrap: one entry per module imported, about 150
