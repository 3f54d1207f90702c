"""PySide's support code is compiled once per data folder and Python, then served from the
cache while its source is the same; anything else is compiled exactly as without it."""

from __future__ import annotations

import builtins
import marshal
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from script_runs import SOURCE as TREE
from script_runs import run_script

from foot_coach.system.support_bytecode import BUNDLED, SupportCache, deferring_patterns

# Like PySide's loader: its own module has the future import, and compile() inherits it.
LOADER = "from __future__ import annotations\ndef load(source, name):\n    return compile(source, name, 'exec')\n"  # noqa: E501
PLAIN = "def load(source, name):\n    return compile(source, name, 'exec')\n"
NAME = "shibokensupport/signature/parser.py"
# Runs only when the annotation is not evaluated: compiled with the loader's future import.
SOURCE = b"x: not_defined_anywhere = 1\nanswer = x + 41\n"


def loader(text: str) -> object:
    scope: dict[str, object] = {}
    exec(compile(text, "loader.py", "exec", dont_inherit=True), scope)
    return scope["load"]


def run(code: object) -> dict[str, object]:
    scope: dict[str, object] = {}
    exec(code, scope)  # type: ignore[call-overload]
    return scope


def served(path: Path, source: bytes = SOURCE, name: str = NAME, text: str = LOADER) -> tuple:
    cache = SupportCache(path)
    with cache.serving():
        code = loader(text)(source, name)  # type: ignore[operator]
    cache.save()
    return cache.compiled, code


def test_the_second_start_is_served_what_the_first_compiled(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "support.bin"
    compiled, first = served(path)
    assert compiled == 1 and path.is_file()
    written = path.stat().st_ino
    compiled, second = served(path)
    assert compiled == 0
    assert path.stat().st_ino == written  # nothing compiled: not written again
    assert run(second)["answer"] == run(first)["answer"] == 42


def test_the_callers_future_import_is_kept_and_part_of_the_match(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "support.bin"
    served(path)
    compiled, code = served(path, text=PLAIN)  # the same source from a loader without it
    assert compiled == 1
    with pytest.raises(NameError):
        run(code)  # the annotation is evaluated, as compile() would have it


def test_changed_source_is_compiled_and_replaces_the_old(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "support.bin"
    served(path)
    changed = SOURCE.replace(b"41", b"1")
    compiled, code = served(path, source=changed)
    assert compiled == 1 and run(code)["answer"] == 2
    assert served(path, source=changed)[0] == 0


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00garbage", marshal.dumps(("another Python", 0, {})), marshal.dumps([1, 2])],
)
def test_a_damaged_or_foreign_cache_is_compiled_over(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "cache" / "support.bin"
    path.parent.mkdir()
    path.write_bytes(content)
    compiled, code = served(path)
    assert compiled == 1 and run(code)["answer"] == 42
    assert served(path)[0] == 0  # written whole again


def test_damaged_entries_are_compiled_over(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "support.bin"
    served(path)
    magic, optimize, _ = marshal.loads(path.read_bytes())
    path.write_bytes(marshal.dumps((magic, optimize, {NAME: (0, SOURCE, "not code")})))
    compiled, code = served(path)
    assert compiled == 1 and run(code)["answer"] == 42


def test_nothing_is_written_without_a_data_folder_or_where_the_disk_refuses(
    tmp_path: Path,
) -> None:
    missing = tmp_path / "not-made-yet" / "cache" / "support.bin"
    assert served(missing)[0] == 1
    assert not missing.parent.parent.exists()  # the first start makes it, with its rights
    in_the_way = tmp_path / "cache"  # a file where the cache folder would be: mkdir refuses
    in_the_way.write_text("a file of the person's")
    assert served(in_the_way / "support.bin")[0] == 1  # and no error
    assert in_the_way.read_text() == "a file of the person's"


def test_other_compiles_are_untouched_and_compile_is_given_back(tmp_path: Path) -> None:
    real = builtins.compile
    cache = SupportCache(tmp_path / "support.bin")
    with pytest.raises(RuntimeError), cache.serving():
        assert builtins.compile is not real
        plain = loader(PLAIN)(SOURCE, "elsewhere.py")  # type: ignore[operator]
        text = loader(LOADER)(SOURCE.decode(), NAME)  # type: ignore[operator]
        raise RuntimeError("an import that fails")
    assert builtins.compile is real
    assert cache.compiled == 0
    with pytest.raises(NameError):
        run(plain)  # the plain loader's own (absent) future import, not this module's
    assert run(text)["answer"] == 42


# Like PySide's stub writer: a class under ABCMeta keeps a pattern and one of its methods.
SUPPORT_PATTERNS = """
import abc, re
class Formatter(abc.ABC):
    searcher = re.compile(r"(?P<word> [a-z]+ ) \\s* = \\s* (?P<value> \\d+ )", flags=re.VERBOSE)
    split = searcher.split
"""


def test_support_code_patterns_compile_at_their_first_use_as_they_would_have(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compiled: list[str] = []
    real = re.compile

    def counted(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counted)
    scope: dict[str, object] = {}
    with deferring_patterns():
        exec(compile(SUPPORT_PATTERNS, "shibokensupport/lib/stubs.py", "exec"), scope)
        here = re.compile("elsewhere")  # anyone else's compile is done at once
    assert re.compile is counted
    assert compiled == ["elsewhere"] and isinstance(here, re.Pattern)
    formatter: Any = scope["Formatter"]
    text = "toes = 10, heels = 12"
    reference = real(formatter.searcher.pattern, re.VERBOSE)
    assert len(compiled) == 2  # asking for its source compiled it
    assert formatter.split(text) == reference.split(text)
    assert [m.group("value") for m in formatter.searcher.finditer(text)] == ["10", "12"]
    assert formatter.searcher.sub(r"\g<word>", text) == reference.sub(r"\g<word>", text)
    assert len(compiled) == 2  # once only


def test_a_broken_pattern_fails_where_it_is_used_and_compile_is_given_back() -> None:
    real = re.compile
    scope: dict[str, Any] = {}
    with pytest.raises(RuntimeError), deferring_patterns():
        exec(compile("import re\nbroken = re.compile('(')", "shibokensupport/x.py", "exec"), scope)
        with pytest.raises(re.error):
            scope["broken"].search("toes")
        raise RuntimeError("an import that fails")
    assert re.compile is real


def test_pysides_own_support_code_comes_from_the_cache_on_the_next_start(
    tmp_path: Path,
) -> None:
    """The real PySide: what it compiles at the first start, the second start compiles none
    of; its large patterns are compiled only once a signature is read; and what it does still
    works (the signatures it reads, the messages it writes). Fails when a PySide update loads
    it otherwise."""
    code = (
        "import json, re, sys\n"
        "from pathlib import Path\n"
        "compiled = []\n"
        "sys.addaudithook(lambda event, args: compiled.append(str(args[1]))"
        " if event == 'compile' else None)\n"
        "large = []\n"
        "plain = re.compile\n"
        "def counted(pattern, flags=0):\n"
        "    if len(pattern) > 1000:\n"
        "        large.append(len(pattern))\n"
        "    return plain(pattern, flags)\n"
        "re.compile = counted\n"
        "from foot_coach.system.support_bytecode import import_pyside\n"
        "cache = import_pyside(Path(sys.argv[1]))\n"
        "cache.save()\n"
        "at_import = len(large)\n"
        "from PySide6.QtCore import QObject\n"
        "from shibokensupport.signature import get_signature\n"
        "said = ''\n"
        "try:\n"
        "    QObject().setObjectName(1)\n"
        "except TypeError as wrong:\n"
        "    said = str(wrong).splitlines()[-1].strip()\n"
        "support = [n for n in compiled if n.startswith('shibokensupport/')]\n"
        "made = [str(get_signature(QObject.setObjectName)), said]\n"
        "print(json.dumps([cache.compiled, len(support), made, at_import, len(large)]))\n"
    )
    path = str(tmp_path / "cache" / "support.bin")
    compiled, seen, made, at_import, large = run_script(code, path)
    assert compiled == seen >= 10  # 13 modules in PySide 6.11
    assert at_import == 0 and large >= 1  # the signature parser's pattern, once it was needed
    assert made[0] == "(self, name: str, /) -> None"
    assert made[1].startswith("PySide6.QtCore.QObject.setObjectName(")  # as its version says
    assert run_script(code, path) == [0, 0, made, 0, large]


def test_the_bundles_hook_serves_the_support_code_compiled_when_it_was_built(
    tmp_path: Path,
) -> None:
    """As the bundle's spec does: the file made by the module's command line, where the
    bundle's run-time hook looks for it; the hook's import then compiles none of it."""
    kept = tmp_path / BUNDLED
    kept.parent.parent.mkdir()
    made = subprocess.run(
        [sys.executable, "-m", "foot_coach.system.support_bytecode", str(kept)],
        cwd=TREE, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert made.returncode == 0 and kept.is_file(), made.stderr
    hook = TREE / "packaging" / "rthook_pyside_support.py"
    code = (
        "import json, runpy, sys\n"
        "compiled = []\n"
        "sys.addaudithook(lambda event, args: compiled.append(str(args[1]))"
        " if event == 'compile' else None)\n"
        "sys._MEIPASS = sys.argv[1]\n"
        "runpy.run_path(sys.argv[2])\n"
        "from PySide6.QtCore import QObject\n"
        "print(json.dumps([n for n in compiled if n.startswith('shibokensupport/')]))\n"
    )
    assert run_script(code, str(tmp_path), str(hook)) == []
