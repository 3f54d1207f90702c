"""Hostile SVG pictures in the data folder (saved by an older version or put there by hand)
are drawn without reading any other file and without hanging: every file the drawing process
touches is recorded with strace. The same pictures drawn straight through Qt, unchecked, do
read the secret file, which shows the audit would see it."""

from __future__ import annotations

import base64
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from apps import app_env

SCRIPT = Path(__file__).with_name("svg_render_script.py")
HEAD = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'


def _svg(body: str) -> str:
    return f'{HEAD} width="40" height="40">{body}</svg>'


def hostile(secret: Path) -> dict[str, bytes]:
    image = '<image width="40" height="40" xlink:href="{}"/>'
    nested = base64.b64encode(_svg(image.format(f"file://{secret}")).encode()).decode()
    # Each group uses the one before ten times: a billion rectangles drawn unchecked.
    levels = "".join(
        f'<g id="l{n}">' + f'<use xlink:href="#l{n - 1}"/>' * 10 + "</g>" for n in range(1, 10)
    )
    return {
        "path.svg": _svg(image.format(secret)).encode(),
        "url.svg": _svg(image.format(f"file://{secret}")).encode(),
        "nested.svg": _svg(image.format(f"data:image/svg+xml;base64,{nested}")).encode(),
        "utf16.svg": (
            f'<?xml version="1.0" encoding="UTF-16"?><?xml-stylesheet href="{secret}"?>'
            + _svg(image.format(secret))
        ).encode("utf-16"),
        "fan.svg": _svg(
            f'<defs><g id="l0"><rect width="9" height="9"/></g>{levels}</defs>'
            '<use xlink:href="#l9"/>'
        ).encode(),
    }


def drawn_under_strace(tmp_path: Path, mode: str, pictures: list[Path]) -> str:
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed (scripts/system-deps.sh installs it)")
    log = tmp_path / f"trace-{mode}"
    result = subprocess.run(
        [strace, "-f", "-e", "trace=%file", "-o", str(log), sys.executable, str(SCRIPT), mode,
         *map(str, pictures)],
        capture_output=True, text=True, env=app_env(), timeout=120,
    )  # fmt: skip
    if "ptrace" in result.stderr and not log.exists():
        pytest.skip(f"this machine does not allow strace: {result.stderr[-300:]}")
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.count("drawn") == len(pictures)
    return log.read_text(errors="replace")


def test_hostile_pictures_read_no_other_file(tmp_path: Path) -> None:
    secret = tmp_path / "private" / "secret.png"
    secret.parent.mkdir()
    secret.write_bytes(base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
    ))  # fmt: skip
    pictures = tmp_path / "pictures"
    pictures.mkdir()
    for name, data in hostile(secret).items():
        (pictures / name).write_bytes(data)
    files = sorted(pictures.iterdir())
    checked = drawn_under_strace(tmp_path, "--checked", files)
    assert str(secret.parent) not in checked
    reads = [f for f in files if f.name != "fan.svg"]  # unchecked, the fan-out would not end
    unchecked = drawn_under_strace(tmp_path, "--raw", reads)
    assert str(secret) in unchecked  # the audit does see a read
