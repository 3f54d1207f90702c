"""The app in German and Spanish: no English left on any page, nothing clipped."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import NOT_ENGLISH, PAGES
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QWidget,
)

from foot_coach.core.catalog import Catalog
from foot_coach.core.session import Stop
from foot_coach.core.words import Words
from foot_coach.system import assets, i18n

SIZES = [(1280, 800), (800, 500)]


def english_only(language: str, catalog: Catalog) -> set[str]:
    """Texts that would be wrong to see: English whose translation differs from it."""
    ts = assets.path(f"translations/foot_coach_{language}.ts")
    found = set()
    for message in ET.parse(ts).getroot().iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        if source and translation and source != translation and len(source) > 3:
            found.add(source)
    translated = i18n.catalog(catalog, language)
    for english, local in zip(catalog.exercises, translated.exercises, strict=True):
        found |= {english.name, english.summary, english.safety} - {local.name}
    return found


def visible_texts(root: QWidget) -> set[str]:
    texts = set()
    for label in root.findChildren(QLabel):
        if label.isVisible():
            texts |= {label.text(), *label.text().split("\n")}
    for button in root.findChildren(QAbstractButton):
        if button.isVisible():
            texts.add(button.text().replace("&", ""))
    for box in root.findChildren(QGroupBox):
        if box.isVisible():
            texts.add(box.title())
    for combo in root.findChildren(QComboBox):
        if combo.isVisible():
            texts |= {combo.itemText(i) for i in range(combo.count())}
    return {t.strip() for t in texts if t.strip()}


@NOT_ENGLISH
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_speaks_the_language(
    qtbot, make_coach, catalog: Catalog, scheduler, artifacts, language, size
) -> None:
    coach = make_coach(language=language)
    coach.window.resize(*size)
    coach.window.show()
    qtbot.waitExposed(coach.window)
    wrong = english_only(language, catalog)
    try:
        for page in PAGES:
            coach.window.show_page(page)
            QApplication.processEvents()
            left = visible_texts(coach.window) & wrong
            assert left == set(), f"{page}: English left: {sorted(left)}"
            if page in ("exercises", "routine", "settings"):
                shot = f"lang-{language}-{page}-{size[0]}x{size[1]}.png"
                coach.window.grab().save(str(artifacts / shot))
        coach.sessions.start(["heel-to-toe-walk"])
        scheduler.advance()
        scheduler.advance()
        texts = visible_texts(coach.window)
        assert texts & wrong == set(), sorted(texts & wrong)
        coach.window.grab().save(str(artifacts / f"lang-{language}-session-{size[0]}.png"))
    finally:
        coach.ctx.runner.send(Stop())
        QApplication.processEvents()
        coach.window.close()


def test_the_language_comes_from_the_setting_or_the_system() -> None:
    from PySide6.QtCore import QLocale

    assert i18n.chosen("de") == "de"
    assert i18n.chosen("system", QLocale("es_ES")) == "es"
    assert i18n.chosen("system", QLocale("fr_FR")) == "en"


def test_the_voice_follows_the_language_when_the_engine_has_it(qtbot) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtTextToSpeech import QTextToSpeech

    from foot_coach.system.audio_worker import choose_locale

    # The test engine speaks English, Norwegian and Finnish, but no German.
    available = QTextToSpeech("mock").availableLocales()
    found = choose_locale(available, QLocale("nb_NO"))
    assert found is not None and found.name() == "nb_NO"
    assert choose_locale(available, QLocale("de_DE")) is None
    # Its English voices are British, then American: the country decides, else the first.
    assert [choose_locale(available, QLocale(name)).name() for name in ("en_US", "en_AU")] == [
        "en_US", "en_GB",
    ]  # fmt: skip


def english_pieces(words: Words) -> set[str]:
    """The English between the placeholders of every template in words, however nested."""
    pieces = {p.strip() for p in re.split(r"%\d", words.template) if len(p.strip()) > 3}
    for value in words.values:
        if isinstance(value, Words):
            pieces |= english_pieces(value)
    return pieces


@NOT_ENGLISH
def test_problems_from_core_and_store_are_told_in_the_language(
    qtbot, tmp_path: Path, catalog: Catalog, language: str
) -> None:
    from foot_coach.core import routine_file
    from foot_coach.core.catalog import CatalogError, parse_exercise
    from foot_coach.store import settings
    from foot_coach.store.errors import StoreError
    from foot_coach.store.restore import check_backup

    not_a_backup = tmp_path / "holiday.jpg"
    not_a_backup.write_bytes(b"\xff\xd8\xff not a history")
    problems: list[Words] = []
    try:
        check_backup(not_a_backup, tmp_path / "history.sqlite3")
    except StoreError as exc:
        problems.append(exc.words)
    table = {"id": "toe-curls", "name": "", "counting": "hold-reps"}
    try:
        parse_exercise("mine.toml", 0, table)
    except CatalogError as exc:
        problems.append(exc.problem)
    try:
        routine_file.parse(b'format = "foot-coach-routine"\nversion = 9\n', catalog)
    except routine_file.RoutineFileError as exc:
        problems.append(exc.words)
    problems += settings.parse("volume = 900\nvoice = 'loud'\n")[1]
    assert len(problems) == 5
    for words in problems:
        shown = i18n.explain(words)
        left = {piece for piece in english_pieces(words) if piece in shown}
        assert shown != str(words) and left == set(), f"{shown!r} keeps {sorted(left)}"
    assert str(not_a_backup) in i18n.explain(problems[0])


@NOT_ENGLISH
def test_the_editor_names_the_field_in_the_language(make_coach, language: str) -> None:
    from foot_coach.actions import own_exercises

    editor = own_exercises.edit(make_coach().ctx, None)
    editor.name.setText("Wadendehnung")
    editor.accept()  # the summary, steps and the rest are still empty
    assert editor.exercise is None
    label, reason = editor.problem.text().split(": ", 1)
    assert label == editor.summary.accessibleName() == i18n.tr("In one line")
    assert reason == i18n.tr("expected non-empty text") != "expected non-empty text"


@NOT_ENGLISH
def test_a_full_disk_is_told_in_the_language(make_coach, monkeypatch, language: str) -> None:
    """The system's reason for a failed write (strerror, SQLite's message) is English; a
    full disk under a backup, an export or the settings is said in the person's language."""
    import errno
    import sqlite3

    from foot_coach.actions import history
    from foot_coach.store import backup, settings
    from foot_coach.ui import file_dialog

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def full_history(*_: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    shown: list[str] = []
    monkeypatch.setattr(history, "warn", lambda _window, text: shown.append(text))
    monkeypatch.setattr(file_dialog, "save_file", lambda *_: "/media/stick/copy.sqlite3")
    monkeypatch.setattr(file_dialog, "choose_folder", lambda *_: "/media/stick")
    monkeypatch.setattr(backup, "backup_to", full_history)
    monkeypatch.setattr(backup, "export_csv", full)
    monkeypatch.setattr(settings, "save", full)
    coach = make_coach()
    history.make_backup(coach.ctx)
    history.export_csv(coach.ctx)
    shown.append(i18n.explain(coach.ctx.settings.change(volume=40)))
    full_words = i18n.tr("the disk is full")
    assert full_words != "the disk is full"
    for text in shown:
        assert full_words in text and "No space" not in text and "disk is full" not in text
    assert len(shown) == 3
