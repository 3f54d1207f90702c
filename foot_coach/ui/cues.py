"""Sounds and the voice. Both are optional: with no audio device or no speech engine the
session carries on silently and the settings page says why."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QLocale, QObject, QUrl

from foot_coach import assets
from foot_coach.core.prompts import Sound

TTS_ENGINE_ENV = "FOOT_COACH_TTS_ENGINE"  # e.g. "mock" in tests


class Cues(QObject):
    """Plays cue sounds and speaks prompts. Multimedia and speech load on first use."""

    def __init__(
        self,
        volume: int = 70,
        muted: bool = False,
        voice: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.volume, self.muted, self.voice = volume, muted, voice
        self._effects: dict[Sound, Any] = {}
        self._speech: Any = None
        self._speech_failed = ""
        self.language_found = False
        self.played: list[Sound] = []  # what was asked for, also when silent (tests, a11y)
        self.said: list[str] = []

    def configure(self, volume: int, muted: bool, voice: bool) -> None:
        self.volume, self.muted, self.voice = max(0, min(100, volume)), muted, voice
        for effect in self._effects.values():
            effect.setVolume(self.volume / 100)

    # --- sound ---------------------------------------------------------------------------------
    def _effect(self, sound: Sound) -> Any:
        if sound not in self._effects:
            from PySide6.QtMultimedia import QSoundEffect  # late: not on the start-up path

            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(assets.path(f"sounds/{sound.value}"))))
            effect.setVolume(self.volume / 100)
            self._effects[sound] = effect
        return self._effects[sound]

    def play(self, sound: Sound | None) -> None:
        if sound is None:
            return
        self.played.append(sound)
        if not self.muted and self.volume > 0:
            self._effect(sound).play()  # with no audio device this does nothing, by design

    def sound_status(self) -> str:
        if not self._effects:
            return self.tr("Sounds are ready.")
        from PySide6.QtMultimedia import QSoundEffect

        broken = any(e.status() == QSoundEffect.Status.Error for e in self._effects.values())
        if broken:
            return self.tr("No sound device was found, so Foot Coach stays silent.")
        return self.tr("Sounds are ready.")

    # --- voice ---------------------------------------------------------------------------------
    def _engine(self) -> Any:
        if self._speech is None and not self._speech_failed:
            try:
                from PySide6.QtTextToSpeech import QTextToSpeech

                engines = QTextToSpeech.availableEngines()
                wanted = os.environ.get(TTS_ENGINE_ENV) or next(
                    (e for e in engines if e != "mock"), ""
                )
                if not wanted or wanted not in engines:
                    self._speech_failed = self.tr("No speech engine is installed.")
                    return None
                self._speech = QTextToSpeech(wanted, self)
                self._follow_language(self._speech)
            except ImportError:
                self._speech_failed = self.tr("Speech is not available on this computer.")
        return self._speech

    def _follow_language(self, speech: Any) -> None:
        """Speak in the app's language when the engine has a voice for it."""
        wanted = QLocale().language()
        for locale in speech.availableLocales():
            if locale.language() == wanted:
                speech.setLocale(locale)
                self.language_found = True
                return
        self.language_found = False

    def warm_up(self) -> None:
        """Create the speech engine early (after the window shows: it can block a second)."""
        if self.voice:
            self._engine()

    def say(self, text: str) -> None:
        if not text:
            return
        self.said.append(text)
        if self.voice and not self.muted and (engine := self._engine()) is not None:
            engine.setVolume(self.volume / 100)
            engine.say(text)  # never waited on: with no audio it may never finish

    def voice_status(self) -> str:
        if not self.voice:
            return self.tr("The voice is off.")
        if self._speech_failed:
            return self._speech_failed
        return self.tr("The voice is ready.") if self._speech else self.tr("The voice is on.")
