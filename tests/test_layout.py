"""The layout the README's code map promises, checked from every module's imports.

core decides (no Qt, no store, ui or platform, no wall clock), store keeps files (no Qt, no ui),
ui shows (never reaches for actions or the app), actions wire, only the entry point
imports the composition root, no folder imports start-up (start.py, tray_start.py), and the
top level holds nothing else. Import cycles fail too, lazy imports included: an import
written inside a function to dodge a cycle is still the cycle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "foot_coach"
QT = ("PySide6", "shiboken6", "pyqtgraph")
WALL_CLOCK = {("datetime", "now"), ("datetime", "today"), ("datetime", "utcnow"), ("date", "today")}

# Start-up and the composition root, at the top level: they use the folders, never the reverse.
STARTUP = ("foot_coach.app", "foot_coach.start", "foot_coach.tray_start")
# folder -> what its modules may not import (prefixes of module names)
FORBIDDEN = {
    "foot_coach.core": (
        *QT,
        "foot_coach.store",
        "foot_coach.ui",
        "foot_coach.system",
        "foot_coach.actions",
        *STARTUP,
        "time",
    ),
    "foot_coach.store": (*QT, "foot_coach.ui", "foot_coach.actions", *STARTUP),
    "foot_coach.ui": ("foot_coach.actions", *STARTUP),
    "foot_coach.system": ("foot_coach.actions", *STARTUP),
    "foot_coach.actions": STARTUP,
}
ENTRY_POINT = "foot_coach.__main__"  # the one module that starts the app
# The top level: the entry point with its command line, start-up and the composition root.
TOP_LEVEL = {"foot_coach", ENTRY_POINT, "foot_coach.cli", *STARTUP}


def sources(root: Path = PACKAGE) -> dict[str, str]:
    """Every module of the package by its dotted name, with its text."""
    out = {}
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path.read_text(encoding="utf-8")
    return out


def imports(name: str, text: str, known: set[str]) -> Iterator[str]:
    """Every module `name` imports, anywhere in it (lazy and TYPE_CHECKING ones too)."""
    is_package = any(other.startswith(f"{name}.") for other in known)
    package = name if is_package else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}".rstrip(".")
            for alias in node.names:
                child = f"{base}.{alias.name}"
                yield child if child in known else base


def wall_clock_reads(text: str) -> list[str]:
    return [
        f"{node.value.id}.{node.attr}"
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and (node.value.id, node.attr) in WALL_CLOCK
    ]


def graph(modules: Mapping[str, str]) -> dict[str, set[str]]:
    known = set(modules)
    return {name: set(imports(name, text, known)) for name, text in modules.items()}


def cycles(edges: Mapping[str, set[str]]) -> list[list[str]]:
    """Each import cycle among our modules, found by depth-first search."""
    found, state = [], {}  # state: 1 = on the current path, 2 = done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges.get(node, ())):
            if nxt not in edges or nxt == node:
                continue
            if state.get(nxt) == 1:
                found.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for start in sorted(edges):
        if start not in state:
            visit(start, [start])
    return found


def violations(modules: Mapping[str, str]) -> list[str]:
    """Every broken rule, one line each; empty when the layout holds."""
    edges = graph(modules)
    found = [f"import cycle: {' -> '.join(cycle)}" for cycle in cycles(edges)]
    for name, targets in sorted(edges.items()):
        folder = next((f for f in FORBIDDEN if name == f or name.startswith(f"{f}.")), None)
        for target in sorted(targets):
            if folder and any(target == f or target.startswith(f"{f}.") for f in FORBIDDEN[folder]):
                found.append(f"{name} imports {target}")
            elif target == "foot_coach.app" and name != ENTRY_POINT:
                found.append(f"{name} imports the composition root")
        if folder == "foot_coach.core":
            found += [f"{name} reads the wall clock: {r}" for r in wall_clock_reads(modules[name])]
    return found


def test_the_layout_holds() -> None:
    assert violations(sources()) == []


def test_the_check_catches_planted_violations() -> None:
    planted = dict(sources())
    planted["foot_coach.core.planted"] = (
        "from datetime import datetime\nfrom PySide6.QtCore import QTimer\n"
        "def later():\n    from foot_coach.store import log\n    return datetime.now()\n"
    )
    planted["foot_coach.store.planted"] = "from foot_coach.ui import theme\n"
    planted["foot_coach.ui.planted"] = "from foot_coach.actions import session\n"
    planted["foot_coach.system.planted"] = "def run():\n    from foot_coach import app\n"
    planted["foot_coach.actions.one"] = "from foot_coach.actions import two\n"
    planted["foot_coach.actions.two"] = "def f():\n    from . import one\n"
    planted["foot_coach.ui.waits"] = "from foot_coach.tray_start import TrayStart\n"
    found = violations(planted)
    assert "foot_coach.core.planted imports PySide6.QtCore" in found
    assert "foot_coach.core.planted imports foot_coach.store.log" in found
    assert "foot_coach.core.planted reads the wall clock: datetime.now" in found
    assert "foot_coach.store.planted imports foot_coach.ui.theme" in found
    assert "foot_coach.ui.planted imports foot_coach.actions.session" in found
    assert "foot_coach.system.planted imports foot_coach.app" in found
    assert "foot_coach.ui.waits imports foot_coach.tray_start" in found
    assert any(
        f.startswith("import cycle:") and "foot_coach.actions.one" in f and "two" in f
        for f in found
    )
    assert len(found) == 8


def test_only_the_entry_point_imports_the_composition_root() -> None:
    edges = graph(sources())
    assert {name for name, targets in edges.items() if "foot_coach.app" in targets} == {ENTRY_POINT}


def test_the_top_level_holds_only_the_entry_point_start_up_and_the_composition_root() -> None:
    """Anything else there is unchecked by the rules above: it belongs in a folder."""
    top = {name for name in sources() if name.count(".") <= 1}
    folders = {f"foot_coach.{path.name}" for path in PACKAGE.iterdir() if path.is_dir()}
    assert top - folders == TOP_LEVEL


def test_no_module_is_over_300_lines() -> None:
    longest = 300  # lines: past this a module holds more than one idea
    long = {name: text.count("\n") for name, text in sources().items()}
    assert {name: lines for name, lines in long.items() if lines > longest} == {}
