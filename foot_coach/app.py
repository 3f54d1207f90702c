"""The composition root: builds paths, store, runner and window and wires them together."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from foot_coach import APP_ID, APP_NAME, __version__
from foot_coach.cli import Options
from foot_coach.paths import Paths


def run(options: Options, qt_argv: Sequence[str]) -> int:
    app = QApplication(list(qt_argv))
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    paths = Paths.from_arg(options.data_dir)
    paths.ensure()

    from foot_coach.ui.main_window import MainWindow

    window = MainWindow()
    if not options.minimized:
        window.show()
    return app.exec()
