"""The audio helper process: plays the cue sounds or speaks, fed JSON lines on stdin.

Speech engines and sound servers can block their caller for minutes (a speech daemon that does
not answer, a sound server that is gone). Here they block only this small process: the app
posts requests without waiting, and kills this process when an answer is late. One process
per role ("sound" or "voice"), so a stuck voice never silences the cue sounds.

Protocol, one JSON object per line. In: {"id": n, "do": "play", "sound": "hold.wav"},
{"id": n, "do": "say", "text": "...", "volume": 0.7}, {"id": n, "do": "volume", "volume": 0.5}.
Out: {"ready": {...}} once prepared, {"ack": n} when a request has been handed on,
{"status": {...}} when something the settings page shows changes. End of stdin (the app quit
or died) ends the process at once, without any teardown that could block.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSocketNotifier

TTS_ENGINE_ENV = "FOOT_COACH_TTS_ENGINE"  # e.g. "mock" in tests
PR_SET_PDEATHSIG = 1
SOUNDS = ("hold.wav", "release.wav", "tick.wav", "step.wav", "done.wav")


def send(message: dict[str, Any]) -> None:
    try:
        sys.stdout.write(json.dumps(message) + "\n")
        sys.stdout.flush()
    except (BrokenPipeError, OSError):
        os._exit(0)  # the app is gone


def choose_locale(available: Iterable[QLocale], wanted: QLocale) -> QLocale | None:
    """The engine's voice for the app's language and country, else its first voice in the
    language, else None."""
    voices = [locale for locale in available if locale.language() == wanted.language()]
    return next((v for v in voices if v.territory() == wanted.territory()), None) or next(
        iter(voices), None
    )


class Sounds(QObject):
    """The five cue sounds, decoded up front so the first cue of each kind is on time."""

    def __init__(self, folder: str) -> None:
        super().__init__()
        from foot_coach.system.cue_player import CuePlayer  # Qt Multimedia: this role only

        self.player = CuePlayer(Path(folder), SOUNDS, self)
        self.player.sig_output.connect(lambda output: send({"status": {"output": output}}))
        send({"ready": {"output": self.player.output(), "failed": self.player.failed}})

    def handle(self, request: dict[str, Any]) -> None:
        if request.get("do") == "play":
            self.player.play(str(request.get("sound")))
        elif request.get("do") == "volume":
            self.player.volume = float(request.get("volume", 1.0))


class Voice(QObject):
    """One speech engine, in the app's language when the engine has a voice for it."""

    def __init__(self, language: str) -> None:
        super().__init__()
        from PySide6.QtTextToSpeech import QTextToSpeech

        engines = QTextToSpeech.availableEngines()
        wanted = os.environ.get(TTS_ENGINE_ENV) or next((e for e in engines if e != "mock"), "")
        self.engine: Any = None
        if not wanted or wanted not in engines:
            send({"ready": {"engine": ""}})
            return
        self.engine = QTextToSpeech(wanted, self)  # the call that can block for minutes
        found = choose_locale(self.engine.availableLocales(), QLocale(language))
        if found is not None:
            self.engine.setLocale(found)
        self.engine.stateChanged.connect(lambda state: send({"status": self._state(state)}))
        send({"ready": {"engine": wanted, "language_found": found is not None,
                        "locale": self.engine.locale().name(),
                        **self._state(self.engine.state())}})  # fmt: skip

    def _state(self, state: Any) -> dict[str, Any]:
        error = self.engine.errorString() if state.name == "Error" else ""
        return {"state": state.name, "error": error}

    def handle(self, request: dict[str, Any]) -> None:
        if self.engine is None:
            return
        if request.get("do") == "say":
            self.engine.setVolume(float(request.get("volume", 1.0)))
            self.engine.say(str(request.get("text", "")))  # can block: the app has a deadline
        elif request.get("do") == "stop":
            self.engine.stop()


class Requests(QObject):
    """Reads stdin without blocking the event loop; each complete line is one request."""

    def __init__(self, handle: Callable[[dict[str, Any]], None]) -> None:
        super().__init__()
        self._handle, self._rest = handle, b""
        os.set_blocking(0, False)
        self._notifier = QSocketNotifier(0, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        try:
            chunk = os.read(0, 65536)
        except BlockingIOError:
            return
        if not chunk:
            os._exit(0)  # the app quit or died; tearing the engine down could block
        *lines, self._rest = (self._rest + chunk).split(b"\n")
        for line in lines:
            try:
                request = json.loads(line)
            except ValueError:
                continue
            self._handle(request)
            if "id" in request:
                send({"ack": request["id"]})


def die_with_the_app(app_pid: str) -> None:
    """A helper stuck inside a speech call never reads the end of its input: have the kernel
    end it when the app ends, however that happens (Linux: PR_SET_PDEATHSIG)."""
    import ctypes  # in the helper only: the app imports this module for its names

    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return  # not Linux: the end of stdin still ends a helper that is not stuck
    if str(os.getppid()) != app_pid:
        os._exit(0)  # the app ended while this helper was starting


def main(argv: list[str]) -> int:
    """`--audio-worker sound SOUNDS_FOLDER APP_PID` or `--audio-worker voice LANGUAGE APP_PID`."""
    role, argument, app_pid = [*argv, "", "", ""][:3]
    die_with_the_app(app_pid)
    app = QCoreApplication([sys.argv[0]])
    part: Sounds | Voice = Sounds(argument) if role == "sound" else Voice(argument)
    requests = Requests(part.handle)
    app.exec()
    del requests
    os._exit(0)
