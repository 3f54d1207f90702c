"""The box a later launch shows when the Foot Coach already running does not answer.

A launch from the desktop menu has no terminal: without a box the person clicks, sees
nothing happen, and cannot tell why. This runs before anything of the app is made, so it
reads the chosen language itself, without touching the settings file the running app owns.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from foot_coach import APP_NAME
from foot_coach.store.settings import parse
from foot_coach.system import i18n
from foot_coach.system.i18n import tr
from foot_coach.system.paths import Paths

UNSEEN = ("offscreen", "minimal")  # nobody could see or close a box there


def chosen_language(data_dir: Path) -> str:
    """The language of the settings in `data_dir`, or the system's."""
    try:
        text = Paths(data_dir).settings.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    return i18n.chosen(parse(text)[0].language)


def tell(data_dir: Path) -> None:
    app = QCoreApplication.instance()
    if not isinstance(app, QApplication) or app.platformName() in UNSEEN:
        return
    i18n.install(app, chosen_language(data_dir))
    text = tr(
        "Foot Coach is already open, but it is not answering right now.\n\n"
        "Please wait a moment, then open Foot Coach again. If it still does not answer, "
        "close the Foot Coach window and open it again, or restart the computer."
    )
    QMessageBox.warning(None, APP_NAME, text)
