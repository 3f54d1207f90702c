"""The box a later launch shows when the Foot Coach already running does not answer.

A launch from the desktop menu has no terminal: without a box the person clicks, sees
nothing happen, and cannot tell why. This runs before anything of the app is made, so it
reads the chosen language and text size itself, only reading the settings file the running
app owns (never repairing it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from foot_coach import APP_NAME
from foot_coach.store.settings import Settings, load
from foot_coach.system import i18n
from foot_coach.system.i18n import tr
from foot_coach.system.paths import Paths
from foot_coach.ui import theme

UNSEEN = ("offscreen", "minimal")  # nobody could see or close a box there


def saved(data_dir: Path) -> Settings:
    """The settings in `data_dir`, only read: the running copy owns the file."""
    return load(Paths(data_dir).settings, "", read_only=True)[0]


def tell(data_dir: Path) -> None:
    app = QCoreApplication.instance()
    if not isinstance(app, QApplication) or app.platformName() in UNSEEN:
        return
    chosen = saved(data_dir)
    theme.apply(app, theme.Mode(chosen.theme), chosen.larger_text)  # large, as the app shows
    i18n.install(app, i18n.chosen(chosen.language))
    text = tr(
        "Foot Coach is already open, but it is not answering right now.\n\n"
        "Please wait a moment, then open Foot Coach again. If it still does not answer, "
        "close the Foot Coach window and open it again, or restart the computer."
    )
    QMessageBox.warning(None, APP_NAME, text)
