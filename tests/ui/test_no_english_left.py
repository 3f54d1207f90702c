"""Every page and dialog rendered in German and Spanish, read back, and searched for English
sentences: a text that never reached the .ts files (a private translation helper, a strftime
weekday) shows up here even though no list of English texts knows it."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import NOT_ENGLISH, PAGES
from dialog_steps import each_step, small_dialogs
from PySide6.QtWidgets import QApplication
from test_languages import visible_texts

from foot_coach.core.session import Stop
from foot_coach.store.settings import Reminder, Settings

# Short English words that German and Spanish never use: two in one text make it English.
ENGLISH = {"the", "and", "your", "you", "of", "is", "are", "at", "to", "with", "this", "for",
           "next", "today", "tomorrow", "reminder", "minutes", "days", "day", "sessions", "feet",
           "foot", "both", "here", "when", "it", "on", "or"}  # fmt: skip
NAMES = ("Foot Coach", "CSV", "PDF", "SVG", "TOML")  # names, the same in every language


def english(text: str) -> bool:
    if text.startswith("/"):
        return False  # a folder's path
    for name in NAMES:
        text = text.replace(name, "")
    words = re.findall(r"[a-z]+", text.lower())
    return len([w for w in words if w in ENGLISH]) >= 2


@NOT_ENGLISH
def test_no_english_sentence_on_any_page_or_dialog(
    qtbot, make_coach, tmp_path: Path, scheduler, language: str
) -> None:
    coach = make_coach(Settings(muted=True, reminders=(Reminder("07:30"),)), language=language)
    coach.window.resize(1280, 800)
    coach.window.show()
    qtbot.waitExposed(coach.window)
    found: dict[str, set[str]] = {}
    try:
        coach.reminders.start()
        for page in PAGES:
            coach.window.show_page(page)
            QApplication.processEvents()
            found[page] = {t for t in visible_texts(coach.window) if english(t)}
        for dialog in each_step(small_dialogs()):
            qtbot.addWidget(dialog)
            step = dialog.pages.currentIndex() if hasattr(dialog, "pages") else 0
            found[f"{type(dialog).__name__} {step}"] = {
                t for t in visible_texts(dialog) if english(t)
            }
        for dialog in help_dialogs(coach.window, tmp_path):
            qtbot.addWidget(dialog)
            dialog.show()
            found[dialog.windowTitle()] = {t for t in visible_texts(dialog) if english(t)}
        coach.sessions.start(["ankle-circles"])
        for moment in range(3):
            scheduler.advance()
            found[f"session {moment}"] = {t for t in visible_texts(coach.window) if english(t)}
        coach.ctx.runner.send(Stop())  # the end: stopped, with today's summary
        QApplication.processEvents()
        assert coach.ctx.pages.session.summary.isVisible()
        found["stopped"] = {t for t in visible_texts(coach.window) if english(t)}
    finally:
        coach.ctx.runner.send(Stop())
        QApplication.processEvents()
        coach.window.close()
    left = {where: texts for where, texts in found.items() if texts}
    assert left == {}, left


def help_dialogs(parent, folder: Path) -> list:  # type: ignore[no-untyped-def]
    from foot_coach.ui import help as help_ui

    return [
        help_ui.shortcuts_dialog(parent), help_ui.troubleshooting_dialog(parent),
        help_ui.about_dialog(parent, "1.0", folder), help_ui.footwear_dialog(parent),
    ]  # fmt: skip


def test_the_check_itself_finds_english() -> None:
    assert english("Next reminder: tomorrow at 07:30")
    assert not english("Nächste Erinnerung: morgen um 07:30")
    assert not english("Próximo recordatorio: mañana a las 07:30")
    assert not english("Willkommen bei Foot Coach")
