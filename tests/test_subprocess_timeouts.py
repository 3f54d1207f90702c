"""Every child process a test starts or waits for has a time limit: a hang then fails that
test with a clear timeout instead of stalling the whole CI run until it is cancelled."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

TESTS = Path(__file__).resolve().parent
STARTS = {"run", "call", "check_call", "check_output"}  # subprocess functions that wait
WAITS = {"wait", "communicate"}  # Popen methods that wait for the child


def _unbounded(tree: ast.AST) -> Iterator[int]:
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        keywords = {k.arg for k in node.keywords}
        if "timeout" in keywords or None in keywords:  # None: **kwargs may carry it
            continue
        owner, name = node.func.value, node.func.attr
        starts = name in STARTS and isinstance(owner, ast.Name) and owner.id == "subprocess"
        if starts or (name in WAITS and not node.args):
            yield node.lineno


def test_every_subprocess_wait_in_the_tests_has_a_timeout() -> None:
    found = [
        f"{path.relative_to(TESTS)}:{line}"
        for path in sorted(TESTS.rglob("*.py"))
        for line in _unbounded(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert not found, f"give these a timeout (60 s is plenty): {found}"


def test_the_check_sees_an_unbounded_wait() -> None:
    code = "subprocess.run(['x'])\nproc.wait()\nsubprocess.run(['x'], timeout=60)\n"
    assert list(_unbounded(ast.parse(code))) == [1, 2]
