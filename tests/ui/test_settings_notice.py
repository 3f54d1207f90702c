"""Settings that could not be read are told plainly first: the details name a file format and
a line, words for whoever helps the person with the computer."""

from __future__ import annotations

from conftest import NOT_ENGLISH

from foot_coach.core.words import QT_TR_NOOP, Words
from foot_coach.start import settings_notice


def test_the_notice_says_plainly_what_it_means_then_what_was_wrong(qapp) -> None:
    detail = Words(QT_TR_NOOP("%1: %2"), "/home/ann/settings.toml", "not valid TOML (line 31)")
    [notice] = settings_notice([detail])
    plainly, wrong = notice.split("\n\n", 1)[0], notice.split("\n\n")[-1]
    assert "uses its usual ones" in plainly and "history is not affected" in notice
    assert wrong == "/home/ann/settings.toml: not valid TOML (line 31)"


def test_settings_read_whole_tell_nothing(qapp) -> None:
    assert settings_notice([]) == []


@NOT_ENGLISH
def test_the_notice_is_in_the_persons_language(language: str) -> None:
    """It was English in German and Spanish: written as `i18n.tr(...)`, lupdate filed its
    translation under a context the lookup never asks for."""
    detail = Words(QT_TR_NOOP("%1: %2"), "/home/ann/settings.toml", "x")
    [notice] = settings_notice([detail])
    assert notice.startswith(
        {"de": "Foot Coach konnte nicht", "es": "Foot Coach no pudo"}[language]
    )
