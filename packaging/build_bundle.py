"""Build the one-folder app with PyInstaller, then prove it runs: `--self-check` offscreen.
Then pack it as a .tar.xz beside the folder, the file to publish.

Prints the unpacked and packed sizes; exits non-zero if the build or the check fails.
`--no-archive` skips the archive (compressing takes minutes on two cores).
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "build" / "bundle" / "dist"
WORK = ROOT / "build" / "bundle" / "work"
SPEC = ROOT / "packaging" / "foot-coach.spec"
NAME = "foot-coach"


def folder_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def build(dist: Path = DIST, work: Path = WORK, name: str = NAME, entry: str = "") -> Path:
    """Run PyInstaller on the spec; the folder built, or RuntimeError naming the exit code."""
    extra = ["--name", name] + (["--entry", entry] if entry else [])
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC), "--", *extra],
    )  # fmt: skip
    if done.returncode:
        raise RuntimeError(f"PyInstaller failed (exit {done.returncode}); see the messages above.")
    return dist / name


def executable(folder: Path) -> Path:
    return folder / (f"{folder.name}.exe" if os.name == "nt" else folder.name)


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


def archive(folder: Path) -> Path:
    """foot-coach-0.1.0-linux-x86_64.tar.xz beside the folder, made by tar and xz (both use
    every core, unlike Python's lzma)."""
    sys.path.insert(0, str(ROOT))
    from foot_coach import __version__

    system = f"{platform.system()}-{platform.machine()}".lower()
    target = folder.parent / f"{folder.name}-{__version__}-{system}.tar.xz"
    subprocess.run(["tar", "-C", str(folder.parent), "-cJf", str(target), folder.name],
                   env=dict(os.environ, XZ_OPT="-6 -T0"), check=True)  # fmt: skip
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-archive", action="store_true", help="build and check only")
    args = parser.parse_args()
    try:
        app = build()
    except RuntimeError as exc:
        print(exc)
        return 1
    exe = executable(app)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    check = subprocess.run([str(exe), "--self-check"], env=env, capture_output=True, text=True)
    print(check.stdout + check.stderr)
    painted = paints(exe)
    print("The window opens." if painted else "The window did NOT open.")
    print(f"Bundle: {app}  unpacked size: {folder_mb(app):.0f} MB")
    if not args.no_archive and os.name != "nt":
        packed = archive(app)
        print(f"Archive: {packed}  {packed.stat().st_size / 1e6:.1f} MB")
    return check.returncode or (0 if painted else 1)


if __name__ == "__main__":
    raise SystemExit(main())
