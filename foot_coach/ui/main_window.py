"""The main window: it arranges pages and holds no rules, SQL or timers."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QWidget


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Foot Coach"))
        self.setCentralWidget(QLabel(self.tr("Foot Coach"), self))
        self.resize(1024, 700)
