"""Telling the person something from an action: a calm box over the window, in their language."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from foot_coach import APP_NAME
from foot_coach.actions.context import Context
from foot_coach.core.announcing import Kind
from foot_coach.core.words import Words
from foot_coach.store import errors
from foot_coach.system import i18n
from foot_coach.ui.widgets.message_width import widen


def inform_saved(parent: QWidget, text: str, saved: str, open_words: str) -> None:
    """Something was saved: the box also offers to open it (a report, a folder) with what the
    computer has for it, so nobody has to go and find the file by its path."""
    from foot_coach.ui.opening import open_or_say

    ok = QMessageBox.StandardButton.Ok
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text, ok, parent)
    opening = box.addButton(open_words, QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(ok)
    widen(box, parent.mapToGlobal(parent.rect().center()))
    box.exec()
    if box.clickedButton() is opening:
        open_or_say(parent, saved)


def warn(parent: QWidget, text: str) -> None:
    QMessageBox.warning(parent, APP_NAME, text)


def notice(parent: QWidget, text: str) -> QMessageBox:
    """A warning that waits for no answer: the app goes on (or quits) under it."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, parent=parent)
    widen(box, parent.mapToGlobal(parent.rect().center()))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def ask(
    parent: QWidget, text: str, on_yes: Callable[[], object], yes_first: bool = True
) -> QMessageBox:
    """A yes-or-no question that holds nothing up: `on_yes` runs once Yes is the answer.
    `yes_first=False` puts No under Enter, for a question whose Yes cannot be undone."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, text, yes | no, parent)
    widen(box, parent.mapToGlobal(parent.rect().center()))
    if not yes_first:
        box.setDefaultButton(no)
    box.finished.connect(lambda result: result == yes and on_yes())
    box.open()
    return box


def why(exc: BaseException) -> str:
    """A failed read or write's reason in the person's language: the system's is English."""
    return i18n.explain(errors.reason(exc))


def tell(ctx: Context, problem: Words | str | None) -> None:
    """A settings change that could not be saved (or nothing, to clear the line): shown on the
    Reminders page and, when there is a problem, in a box."""
    text = i18n.explain(problem) if problem else ""
    if text or ctx.pages.made("reminders"):  # a problem is kept for the page to show
        ctx.pages.reminders.show_message(text, Kind.PROBLEM)
    if text:
        warn(ctx.window, text)


def history_written(ctx: Context, write: Callable[[], object]) -> bool:
    """Write to the history; a disk or file that refuses is told, naming the file, instead
    of going into Qt's event loop as a traceback while the person's answer is lost unsaid."""
    try:
        write()
    except sqlite3.Error as exc:
        problem = errors.translate(exc, ctx.store.path)
        if problem is None:
            raise
        tell(ctx, problem.words)
        return False
    except errors.StoreError as exc:
        tell(ctx, exc.words)
        return False
    return True
