"""Sounds and the voice. Both are optional: with no audio device or no speech engine the
session carries on silently and the settings page says why.

Each runs in a helper process (system/audio.py): the window never waits for a sound server
or a speech engine, whatever state they are in, and quitting never waits for them either.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Signal

from foot_coach.core.prompts import Sound
from foot_coach.system import assets
from foot_coach.system.audio import ProcessChannel, State, Worker
from foot_coach.system.audio_worker import TTS_ENGINE_ENV as TTS_ENGINE_ENV  # re-exported
from foot_coach.ui.runner import QtScheduler

WorkerFactory = Callable[[str, str], Worker]
TRACE_ENV = "FOOT_COACH_TRACE_CUES"  # system tests and benchmarks: each cue asked for, timed


def trace(kind: str, what: str) -> None:
    print(f"cue {time.monotonic():.6f} {kind} {what}", file=sys.stdout, flush=True)


def process_worker(role: str, argument: str) -> Worker:
    channel, deadline = ProcessChannel(role, argument), QtScheduler()
    worker = Worker(channel, deadline)
    channel.setParent(worker)
    deadline.timer.setParent(worker)
    return worker


class Cues(QObject):
    """Plays cue sounds and speaks prompts through helpers started by warm_up()."""

    sig_changed = Signal()  # what sound_status() or voice_status() say may have changed

    def __init__(
        self,
        volume: int = 70,
        muted: bool = False,
        voice: bool = True,
        parent: QObject | None = None,
        make_worker: WorkerFactory = process_worker,
    ) -> None:
        super().__init__(parent)
        self.volume, self.muted, self.voice = volume, muted, voice
        self._make_worker = make_worker
        self._sound: Worker | None = None
        self._voice: Worker | None = None
        self._shut = False
        self._trace = trace if os.environ.get(TRACE_ENV) else None
        self.played: list[Sound] = []  # what was asked for, also when silent (tests, a11y)
        self.said: list[str] = []

    # --- the helpers ---------------------------------------------------------------------------
    def warm_up(self) -> None:
        """Start the helpers: after the window shows, so the first cues find them ready."""
        if self._shut:
            return
        if self._sound is None:
            self._sound = self._started("sound", str(assets.path("sounds")))
            self._sound.sig_ready.connect(self._send_volume)
        if self._voice is None and self.voice:
            self._voice = self._started("voice", QLocale().name())

    def _started(self, role: str, argument: str) -> Worker:
        worker = self._make_worker(role, argument)
        worker.setParent(self)
        worker.sig_changed.connect(self._changed)
        worker.start()
        return worker

    def _changed(self) -> None:
        if self._trace:
            self._trace("status", f"{self.sound_status()} | {self.voice_status()}")
        self.sig_changed.emit()

    def shut_down(self) -> None:
        """At quit: the helpers are killed, never waited for."""
        self._shut = True
        for worker in (self._sound, self._voice):
            if worker is not None:
                worker.stop()

    def configure(self, volume: int, muted: bool, voice: bool) -> None:
        self.volume, self.muted, self.voice = max(0, min(100, volume)), muted, voice
        self._send_volume()
        if voice and self._sound is not None:
            self.warm_up()  # the voice was switched on after start

    def _send_volume(self) -> None:
        if self._sound is not None:
            self._sound.post({"do": "volume", "volume": self.volume / 100})

    # --- sound ---------------------------------------------------------------------------------
    def play(self, sound: Sound | None) -> None:
        if sound is None:
            return
        self.played.append(sound)
        if self._trace:
            self._trace("play", sound.value)
        if not self.muted and self.volume > 0 and self._sound is not None:
            self._sound.post({"do": "play", "sound": sound.value})

    def sound_status(self) -> str:
        worker = self._sound
        if worker is None or worker.state in (State.OFF, State.STARTING):
            return self.tr("Getting the sounds ready…")
        if worker.state is State.NOT_ANSWERING:
            return self.tr(
                "The computer's sound system did not answer, so Foot Coach stays silent. "
                "Restart the computer to get the sounds back."
            )
        if worker.state is State.ENDED and "output" not in worker.info:
            return self.tr("The sounds could not be started, so Foot Coach stays silent.")
        if not worker.info.get("output"):
            return self.tr(
                "No sound output was found, so Foot Coach stays silent. Connect speakers or "
                "headphones, or turn the sound on in the computer's settings."
            )
        if worker.info.get("failed"):
            return self.tr("The cue sounds could not be loaded, so Foot Coach stays silent.")
        return self.tr("Sounds are ready. They play through: %1").replace(
            "%1", str(worker.info["output"])
        )

    # --- voice ---------------------------------------------------------------------------------
    @property
    def language_found(self) -> bool:
        return bool(self._voice is not None and self._voice.info.get("language_found"))

    def say(self, text: str) -> None:
        if not text:
            return
        self.said.append(text)
        if self._trace:
            self._trace("say", text)
        if self.voice and not self.muted and self._voice is not None:
            self._voice.post({"do": "say", "text": text, "volume": self.volume / 100})

    def voice_status(self) -> str:
        worker = self._voice
        if not self.voice:
            return self.tr("The voice is off.")
        if worker is None or worker.state in (State.OFF, State.STARTING):
            return self.tr("Getting the voice ready…")
        if worker.state is State.NOT_ANSWERING:
            return self.tr(
                "The voice is not answering, so Foot Coach carries on without it. "
                "It is tried again when Foot Coach next starts."
            )
        if worker.info.get("engine") == "":
            return self.tr("No voice is installed. Install speech-dispatcher to hear the steps.")
        if worker.state is State.ENDED or worker.info.get("state") == "Error":
            return self.tr(
                "The voice does not work, so Foot Coach carries on without it. "
                "Check that speech-dispatcher is installed."
            )
        return self._speaking_in(worker)

    def _speaking_in(self, worker: Worker) -> str:
        language = QLocale(str(worker.info.get("locale", ""))).nativeLanguageName()
        if worker.info.get("state") == "Speaking":
            text = self.tr("The voice is speaking. Language: %1")
        elif self.language_found:
            text = self.tr("The voice is ready. Language: %1")
        else:
            text = self.tr("The voice has no voice for this language, so it speaks: %1")
        return text.replace("%1", language)
