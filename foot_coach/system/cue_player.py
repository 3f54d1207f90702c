"""Plays the cue sounds in the audio helper: each cue through a sound stream of its own.

QSoundEffect was measured starting each cue about 35 ms late through PulseAudio, after
replaying the last few milliseconds of its previous playing. A stream opened for each cue on
an already connected sound server starts within a few milliseconds and always plays from
the start, and between cues nothing is open, so nothing wakes the process while it waits.
The sounds are decoded once, when the helper starts.
"""

from __future__ import annotations

import wave
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Signal
from PySide6.QtMultimedia import QAudio, QAudioFormat, QAudioSink, QMediaDevices

WARM_UP_MS = 10  # of silence, played once so the first real cue finds the way open


def decode(path: Path) -> tuple[QAudioFormat, bytes]:
    """A 16-bit PCM WAV file's format and samples; OSError or wave.Error if it is not one."""
    with wave.open(str(path)) as sound:
        if sound.getsampwidth() != 2:
            raise wave.Error(f"{path.name}: not 16-bit PCM")
        audio = QAudioFormat()
        audio.setSampleRate(sound.getframerate())
        audio.setChannelCount(sound.getnchannels())
        audio.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        return audio, sound.readframes(sound.getnframes())


class CuePlayer(QObject):
    sig_output = Signal(str)  # the output now used, "" for none

    def __init__(self, folder: Path, names: tuple[str, ...], parent: QObject | None = None):
        super().__init__(parent)
        self.volume = 1.0
        self.sounds: dict[str, tuple[QAudioFormat, bytes]] = {}
        self.failed: list[str] = []
        for name in names:
            try:
                self.sounds[name] = decode(folder / name)
            except (OSError, EOFError, wave.Error):
                self.failed.append(name)
        self._playing: set[Any] = set()
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(lambda: self.sig_output.emit(self.output()))
        if self.sounds and self.output():
            audio, _ = next(iter(self.sounds.values()))
            silence = bytes(audio.bytesForDuration(WARM_UP_MS * 1000))
            self._start(audio, silence, 0.0)

    @staticmethod
    def output() -> str:
        device = QMediaDevices.defaultAudioOutput()
        return "" if device.isNull() else device.description()

    def play(self, name: str) -> None:
        if name in self.sounds and self.output():
            self._start(*self.sounds[name], self.volume)

    def _start(self, audio: QAudioFormat, samples: bytes, volume: float) -> None:
        sink = QAudioSink(QMediaDevices.defaultAudioOutput(), audio, self)
        sink.setVolume(volume)
        source = QBuffer(sink)
        source.setData(QByteArray(samples))
        source.open(QIODevice.OpenModeFlag.ReadOnly)
        sink.stateChanged.connect(lambda state, s=sink: self._ended(s, state))
        self._playing.add(sink)
        sink.start(source)

    def _ended(self, sink: Any, state: QAudio.State) -> None:
        """Close a cue's stream once it has played out (or failed)."""
        if state in (QAudio.State.IdleState, QAudio.State.StoppedState) and sink in self._playing:
            self._playing.discard(sink)
            sink.stop()
            sink.deleteLater()
