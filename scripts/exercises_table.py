"""Writes resources/exercises_table.py, the built-in catalogue (resources/exercises.toml) as a
Python literal: start-up then reads it from bytecode without loading tomllib (some 5 ms on a
busy machine, and 3 ms more to parse). Run after editing exercises.toml; a test fails while
the two differ."""

from __future__ import annotations

import pprint
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "exercises.toml"
TARGET = ROOT / "resources" / "exercises_table.py"
HEADER = (
    '"""resources/exercises.toml as a Python literal, written by scripts/exercises_table.py:\n'
    'edit the TOML file, then run that script. Start-up reads this without loading tomllib."""'
    "\n\n# fmt: off\nTABLE = "
)


def main() -> int:
    table = tomllib.loads(SOURCE.read_text(encoding="utf-8"))
    TARGET.write_text(HEADER + pprint.pformat(table, width=96, sort_dicts=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
