"""Draws each picture named on the command line the way the app draws an own exercise's
picture (`--raw`: straight through Qt, unchecked, to show the audit sees what Qt reads).
Run under strace by test_svg_reads.py."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from foot_coach.ui.illustration import _Picture

app = QGuiApplication(sys.argv[:1])
raw = sys.argv[1] == "--raw"
for name in sys.argv[2:]:
    image = QImage(200, 150, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    if raw:
        QSvgRenderer(Path(name).read_bytes()).render(painter)
    else:
        _Picture.load(f"file:{name}").render(painter, image.rect().toRectF())
    painter.end()
    print("drawn", Path(name).name, flush=True)
