"""PySide's question about each imported module is answered without reading its source or
looking through the module: no file read at start-up, nothing in Python's line cache, and the
plain names for every module's code."""

from __future__ import annotations

import linecache
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QObject
from script_runs import run_script

from foot_coach.system.source_cache import uses_pyside


def test_the_answer_reads_nothing_and_is_the_same_for_every_module(tmp_path: Path) -> None:
    source = tmp_path / "named.py"
    source.write_text("import PySide6\n" * 1000)  # a source that names PySide6 everywhere
    plain, holding = ModuleType("plain"), ModuleType("holding")
    plain.__file__ = str(source)
    holding.QObject = QObject  # type: ignore[attr-defined]
    linecache.clearcache()
    assert uses_pyside(plain) is True and uses_pyside(holding) is True
    assert linecache.cache == {}


def test_code_that_names_no_pyside_sees_the_plain_names_whatever_another_module_chose(
    tmp_path: Path,
) -> None:
    """PySide's own answer leaves such a module in the last module's choice: here snake_case,
    under which `objectName` is missing."""
    (tmp_path / "plain_code.py").write_text(
        "def names(obj):\n    return [hasattr(obj, 'objectName'), hasattr(obj, 'object_name')]\n"
    )
    (tmp_path / "snake_code.py").write_text(
        "from __feature__ import snake_case\n"
        "from PySide6.QtCore import QObject\n"
        "def made():\n"
        "    return QObject()\n"
    )
    code = (
        "import json, sys, PySide6\n"
        "from foot_coach.system import source_cache\n"
        "source_cache.forget_as_read()\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "import plain_code, snake_code\n"
        "print(json.dumps(plain_code.names(snake_code.made())))\n"
    )
    assert run_script(code) == [True, False]


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
