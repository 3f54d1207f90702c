"""The floor: a bare PySide6 QMainWindow with one label, reporting its first paint."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    def __init__(self, target: str) -> None:
        super().__init__()
        self.target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.target:
            with open(self.target, "w", encoding="utf-8") as out:
                out.write(repr(time.monotonic()))
            self.target = ""
        return False


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QLabel("Foot Coach"))
    window.resize(1024, 700)
    hook = FirstPaint(os.environ.get("FOOT_COACH_READY_FILE", ""))
    window.installEventFilter(hook)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
