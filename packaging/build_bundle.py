"""Build the one-folder app with PyInstaller, then prove it runs: `--self-check` offscreen.

Prints the unpacked size; exits non-zero if the build or the check fails.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "build" / "bundle" / "dist"
WORK = ROOT / "build" / "bundle" / "work"
SPEC = ROOT / "packaging" / "foot-coach.spec"


def folder_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def paints(exe: Path) -> bool:
    """The bundled app starts and draws its window (offscreen), then is closed."""
    with tempfile.TemporaryDirectory() as folder:
        ready = Path(folder) / "ready"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FOOT_COACH_READY_FILE=str(ready))
        app = subprocess.Popen([str(exe), "--data-dir", folder], env=env)
        deadline = time.monotonic() + 60
        while not ready.exists() and app.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        app.kill()
        app.wait()
        return ready.exists()


def main() -> int:
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)],
    )  # fmt: skip
    if build.returncode:
        print(f"PyInstaller failed (exit {build.returncode}); see the messages above.")
        return build.returncode
    app = DIST / "foot-coach"
    exe = app / ("foot-coach.exe" if os.name == "nt" else "foot-coach")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    check = subprocess.run([str(exe), "--self-check"], env=env, capture_output=True, text=True)
    print(check.stdout + check.stderr)
    painted = paints(exe)
    print("The window opens." if painted else "The window did NOT open.")
    print(f"Bundle: {app}  unpacked size: {folder_mb(app):.0f} MB (aim: under 150 MB)")
    return check.returncode or (0 if painted else 1)


if __name__ == "__main__":
    raise SystemExit(main())
