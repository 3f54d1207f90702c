"""The app in German and Spanish: no English left on any page, nothing clipped."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QWidget,
)

from foot_coach import assets, i18n
from foot_coach.app import Coach
from foot_coach.cli import Options
from foot_coach.core.catalog import Catalog
from foot_coach.core.session import Stop
from foot_coach.paths import Paths
from foot_coach.settings import Keeper, Settings
from foot_coach.store.db import Store

PAGES = ("exercises", "session", "history", "routine", "reminders", "settings")
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


@pytest.fixture(params=["de", "es"])
def language(request):
    app = QApplication.instance()
    i18n.install(app, request.param)
    yield request.param
    i18n.install(app, "en")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_speaks_the_language(
    qtbot, tmp_path: Path, catalog: Catalog, clock, scheduler, artifacts, language, size
) -> None:
    store = Store.open(tmp_path / "h.sqlite3")
    coach = Coach(
        Options(None, False, 1.0), Paths(tmp_path), store, i18n.catalog(catalog, language),
        clock, scheduler, keeper=Keeper(tmp_path / "s.toml", Settings(muted=True)),
        tray_available=False,
    )  # fmt: skip
    qtbot.addWidget(coach.window)
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
        coach.start(["heel-to-toe-walk"])
        scheduler.advance()
        scheduler.advance()
        texts = visible_texts(coach.window)
        assert texts & wrong == set(), sorted(texts & wrong)
        coach.window.grab().save(str(artifacts / f"lang-{language}-session-{size[0]}.png"))
    finally:
        coach.runner.send(Stop())
        QApplication.processEvents()
        coach.window.close()
        store.close()


def test_the_language_comes_from_the_setting_or_the_system() -> None:
    from PySide6.QtCore import QLocale

    assert i18n.chosen("de") == "de"
    assert i18n.chosen("system", QLocale("es_ES")) == "es"
    assert i18n.chosen("system", QLocale("fr_FR")) == "en"


def test_the_voice_follows_the_language_when_the_engine_has_it(qtbot) -> None:
    from PySide6.QtCore import QLocale

    from foot_coach.ui.cues import Cues

    try:
        # The test engine speaks English, Norwegian and Finnish, but no German.
        QLocale.setDefault(QLocale("nb_NO"))
        cues = Cues()
        cues.voice = True
        engine = cues._engine()
        assert cues.language_found and engine.locale().name() == "nb_NO"
        QLocale.setDefault(QLocale("de_DE"))
        german = Cues()
        german.voice = True
        german._engine()
        assert not german.language_found
    finally:
        QLocale.setDefault(QLocale("en_US"))
