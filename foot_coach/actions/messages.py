"""Telling the person something from an action: a calm box over the window, in their language."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from foot_coach import APP_NAME
from foot_coach.actions.context import Context
from foot_coach.core.words import Words
from foot_coach.system import i18n


def inform(parent: QWidget, text: str) -> None:
    QMessageBox.information(parent, APP_NAME, text)


def warn(parent: QWidget, text: str) -> None:
    QMessageBox.warning(parent, APP_NAME, text)


def tell(ctx: Context, problem: Words | str | None) -> None:
    """A settings change that could not be saved (or nothing, to clear the line): shown on the
    Reminders page and, when there is a problem, in a box."""
    text = i18n.explain(problem) if problem else ""
    if text or ctx.pages.made("reminders"):  # a problem is kept for the page to show
        ctx.pages.reminders.show_message(text)
    if text:
        warn(ctx.window, text)
