"""The bundle's floor: a window with one pyqtgraph plot, the least a charting PySide6 app ships.

make bench builds it with the app's own spec and trimming and compares the two folders.
"""

from __future__ import annotations

import os
import sys

import pyqtgraph as pg
from bare_window import FirstPaint
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    plot = pg.PlotWidget()
    plot.plot([1, 3, 2, 4], symbol="o")
    window.setCentralWidget(plot)
    hook = FirstPaint(os.environ.get("FOOT_COACH_READY_FILE", ""))
    plot.viewport().installEventFilter(hook)  # the plot covers the whole window
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
