"""The one-folder bundle's size beside its floor, both built in this run by the same spec:
a window with one pyqtgraph plot (hello_pyqtgraph.py), trimmed exactly as the app is.

Each bundle must also start and paint (offscreen), so a size is never that of a broken build.
Two PyInstaller runs: about two minutes on two cores.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "packaging"))

from build_bundle import build, executable, folder_mb, paints  # noqa: E402
from json_line import report  # noqa: E402

OUT = ROOT / "build" / "bench-bundle"


def built(name: str, entry: str = "") -> float:
    folder = build(OUT / "dist", OUT / f"work-{name}", name, entry)
    if not paints(executable(folder)):
        raise RuntimeError(f"the {name} bundle does not paint its window")
    return folder_mb(folder)


def main() -> int:
    shutil.rmtree(OUT, ignore_errors=True)
    app = built("foot-coach")
    floor = built("hello-pyqtgraph", str(HERE / "hello_pyqtgraph.py"))
    result = {
        "bundle_mb": round(app, 1),
        "floor_bundle_mb": round(floor, 1),
        "bundle_ratio": round(app / floor, 3),
    }
    return report(result)


if __name__ == "__main__":
    sys.exit(main())
