"""Render the app icon's PNG sizes (run after editing either drawing, then commit the PNGs).

resources/icons/foot-coach.svg is the icon; at 16 and 24 pixels its five small toes blur into
one smudge, so those two sizes come from scripts/icon-small.svg, the same footprint with three
bigger toes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from foot_coach.system.selfcheck import ICON_SIZES

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SMALL = ROOT / "scripts" / "icon-small.svg"
SMALL_SIZES = (16, 24)


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a drawing Qt can read")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv)
    for size in ICON_SIZES:
        svg = SMALL if size in SMALL_SIZES else ICONS / "foot-coach.svg"
        target = ICONS / f"foot-coach-{size}.png"
        render(svg, size).save(str(target))
        print(f"{target.relative_to(ROOT)} from {svg.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
