"""A run-time hook of the bundle. PyInstaller runs it before its own hook for PySide, which
imports PySide's core at once: PySide is imported here, its support code served from the copy
compiled when the bundle was built, and its largest patterns left for their first use."""

import sys
from pathlib import Path

from foot_coach.system.support_bytecode import BUNDLED, import_pyside

import_pyside(Path(sys._MEIPASS, BUNDLED))
