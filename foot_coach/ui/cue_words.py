"""What Settings says of the sounds and the voice: the state their helpers last reported, in
plain words. Filed under the Cues context, as when these were Cues' own methods."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale

from foot_coach.core.words import fill
from foot_coach.system.audio import State

Seen = tuple[State, dict[str, Any]]  # what a helper last told us
_Told = Callable[[State, dict[str, Any], bool], str]


class _Plain(NamedTuple):
    """A helper's words for the times it has nothing of its own to tell."""

    off: str
    before: str  # no session has started it yet
    getting_ready: str
    not_answering: str


def sound(seen: Seen | None, earlier: bool, muted: bool) -> str:
    """What the sounds' helper last told (`earlier`: in a session before), said plainly."""
    words = _Plain(
        QCoreApplication.translate("Cues", "The sounds are off."),
        QCoreApplication.translate("Cues", "The sounds start when a session starts."),
        QCoreApplication.translate("Cues", "Getting the sounds ready…"),
        QCoreApplication.translate(
            "Cues",
            "The computer's sound system did not answer, so Foot Coach stays silent. "
            "It keeps trying to start the sounds again while a session runs; "
            "if they stay away, restart the computer.",
        ),
    )
    return _said(words, seen, muted and seen is None, _sound_told, earlier)


def voice(seen: Seen | None, earlier: bool, on: bool, muted: bool) -> str:
    """What the voice's helper last told (`earlier`: in a session before), said plainly."""
    words = _Plain(
        QCoreApplication.translate("Cues", "The voice is off."),
        QCoreApplication.translate("Cues", "The voice starts when a session starts."),
        QCoreApplication.translate("Cues", "Getting the voice ready…"),
        QCoreApplication.translate(
            "Cues",
            "The voice is not answering, so Foot Coach carries on without it. "
            "It keeps trying to start the voice again while a session runs.",
        ),
    )
    off = not on or (muted and seen is None)
    return _said(words, seen, off, _voice_told, earlier)


def _said(words: _Plain, seen: Seen | None, off: bool, told: _Told, earlier: bool) -> str:
    """The words alike for both helpers while one is off, not yet started, starting or not
    answering; else what `told` makes of what it last reported."""
    if off:
        return words.off
    if seen is None:
        return words.before
    state, info = seen
    if state in (State.OFF, State.STARTING):
        return words.getting_ready
    if state is State.NOT_ANSWERING:
        return words.not_answering
    return told(state, info, earlier)


def _sound_told(state: State, info: dict[str, Any], earlier: bool) -> str:
    if state is State.ENDED and "output" not in info:
        return QCoreApplication.translate(
            "Cues", "The sounds could not be started, so Foot Coach stays silent."
        )
    if state is State.ENDED:  # the sound server went away under it
        return QCoreApplication.translate(
            "Cues",
            "The sounds stopped working, so Foot Coach stays silent. "
            "It keeps trying to start them again while a session runs.",
        )
    if not info.get("output"):
        return QCoreApplication.translate(
            "Cues",
            "No sound output was found, so Foot Coach stays silent. Connect speakers or "
            "headphones, or turn the sound on in the computer's settings.",
        )
    if info.get("failed"):
        return QCoreApplication.translate(
            "Cues", "The cue sounds could not be loaded, so Foot Coach stays silent."
        )
    text = (
        QCoreApplication.translate(
            "Cues", "The sounds start when a session starts. Last time they played through: %1"
        )
        if earlier
        else QCoreApplication.translate("Cues", "Sounds are ready. They play through: %1")
    )
    return fill(text, str(info["output"]))


def _voice_told(state: State, info: dict[str, Any], earlier: bool) -> str:
    if info.get("engine") == "":
        return QCoreApplication.translate(
            "Cues", "No voice is installed. Install speech-dispatcher to hear the steps."
        )
    if state is State.ENDED or info.get("state") == "Error":
        return QCoreApplication.translate(
            "Cues",
            "The voice does not work, so Foot Coach carries on without it. "
            "Check that speech-dispatcher is installed.",
        )
    return _speaking_in(info, earlier)


def _speaking_in(info: dict[str, Any], earlier: bool) -> str:
    language = QLocale(str(info.get("locale", ""))).nativeLanguageName()
    if earlier:
        text = QCoreApplication.translate(
            "Cues", "The voice starts when a session starts. Last time it spoke: %1"
        )
    elif info.get("state") == "Speaking":
        text = QCoreApplication.translate("Cues", "The voice is speaking. Language: %1")
    elif info.get("language_found"):
        text = QCoreApplication.translate("Cues", "The voice is ready. Language: %1")
    else:
        text = QCoreApplication.translate(
            "Cues", "The voice has no voice for this language, so it speaks: %1"
        )
    return fill(text, language)
