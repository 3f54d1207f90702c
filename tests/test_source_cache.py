"""PySide's look at each imported module's source leaves nothing in Python's line cache."""

from __future__ import annotations

import linecache
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from foot_coach.system.source_cache import forgetting


def test_what_the_question_read_leaves_the_cache_and_the_answer_stays(tmp_path: Path) -> None:
    kept, read = tmp_path / "kept.py", tmp_path / "read.py"
    kept.write_text("x = 1\n")
    read.write_text("import PySide6\n" * 1000)
    linecache.getlines(str(kept))  # in the cache before: someone else's, left alone

    def ask(module: ModuleType) -> bool:
        return any("PySide6" in line for line in linecache.getlines(str(read)))

    try:
        assert forgetting(ask)(ModuleType("read")) is True
        assert str(read) not in linecache.cache
        assert str(kept) in linecache.cache
    finally:
        linecache.clearcache()


def test_importing_the_app_leaves_the_line_cache_nearly_empty() -> None:
    """Fails when a PySide update renames the question: then the cache fills again."""
    code = (
        "import linecache, PySide6\n"
        "from foot_coach.system import source_cache\n"
        "wrapped = source_cache.forget_as_read()\n"
        "import foot_coach.app\n"
        "print(wrapped, len(linecache.cache))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    wrapped, cached = map(int, out.stdout.split())
    assert wrapped >= 1
    assert cached < 20  # without the wrap: one entry per module imported, about 150
