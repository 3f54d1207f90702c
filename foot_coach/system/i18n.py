"""The language of the app: Qt translators for our texts and Qt's own, and the catalogue's text.

Texts outside a widget class are marked with the bare `tr()` below; `pyside6-lupdate` files
those under the empty context, which is exactly what `tr()` looks up, so extraction and lookup
always agree. Widgets use `self.tr()`, filed under their class name.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from foot_coach.core.catalog import Catalog, CatalogError, translate_catalog
from foot_coach.core.words import Words, words_of
from foot_coach.system import assets

LANGUAGES = ("en", "de", "es")
LOG = logging.getLogger("foot_coach")
_installed: list[QTranslator] = []


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`tr("%n day(s)", "", n)` picks the language's plural form for n (English too)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def explain(problem: BaseException | Words | str) -> str:
    """A problem in the person's language: errors from core and store carry marked Words."""
    words = words_of(problem)
    return words.shown(tr) if isinstance(words, Words) else words


def chosen(setting: str, system: QLocale | None = None) -> str:
    """The language to use: the setting, or the system's when it is one we have, else English."""
    if setting in LANGUAGES:
        return setting
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install(app: QCoreApplication, language: str) -> None:
    """Load our translation and Qt's (the Yes/No/Cancel of standard dialogs) for `language`."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)  # for English, only its plural forms ("%n day(s)" -> "1 day")
    if ours.load(str(assets.path(f"translations/foot_coach_{language}.qm"))):
        _installed.append(ours)
    else:
        LOG.warning("no translation file for %s", language)
    if language != "en":  # English needs none of Qt's, nor PySide's QLibraryInfo type
        from PySide6.QtCore import QLibraryInfo

        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            _installed.append(qt)
        # Qt's texts its own translation lacks (Spanish has no "&Look in:" for the file
        # dialog): installed after Qt's, so asked first.
        extra = QTranslator(app)
        if extra.load(str(assets.path(f"translations/qt_extra_{language}.qm"))):
            _installed.append(extra)
    for translator in _installed:
        app.installTranslator(translator)


def catalog(base: Catalog, language: str) -> Catalog:
    """The built-in exercises with their text in `language` (English where none is shipped)."""
    if language == "en":
        return base
    name = f"exercises.{language}.toml"
    try:
        return translate_catalog(base, assets.read_text(name), name)
    except (OSError, CatalogError) as exc:
        LOG.warning("exercise texts for %s not used: %s", language, exc)
        return base
