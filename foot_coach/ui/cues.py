"""Sounds and the voice. Both are optional: with no audio device or no speech engine the
session carries on silently and the settings page says why.

Each runs in a helper process (system/audio.py): the window never waits for a sound server
or a speech engine, whatever state they are in, and quitting never waits for them either.
The helpers cost memory (a few tens of MB each), so they run only when they may be needed:
`prepare()` when a session may start soon (or a sound is tried), `hold()` while a session
runs; once nothing needs them for `linger_ms`, they are stopped, and the next session starts
new ones. What is asked for before a helper is ready: a cue sound is dropped (a beat heard late
misleads), the latest spoken phrase and a tried sound wait and come as soon as it is ready.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Signal

from foot_coach.core.cue_health import Heard, Revival, plays_through
from foot_coach.core.prompts import Sound
from foot_coach.system import assets
from foot_coach.system.audio import Deadline, ProcessChannel, State, Worker
from foot_coach.ui import cue_words
from foot_coach.ui.cue_words import Seen
from foot_coach.ui.runner import QtScheduler

WorkerFactory = Callable[[str, str], Worker]
TRACE_ENV = "FOOT_COACH_TRACE_CUES"  # system tests and benchmarks: each cue asked for, timed
LINGER_MS = 180_000  # after a session (or a tried sound) ends: then the helpers are stopped
FAILED = (State.NOT_ANSWERING, State.ENDED)
BORN_BROKEN = "born_broken"  # a helper's property: its engine was in error when it got ready


def monotonic_ms() -> int:
    return int(time.monotonic() * 1000)


def trace(kind: str, what: str) -> None:
    print(f"cue {time.monotonic():.6f} {kind} {what}", file=sys.stdout, flush=True)


def broken(worker: Worker) -> bool:
    """Failed, or alive with its speech engine fallen into error (speech-dispatcher was
    killed). One in error from its start (no speech daemon at all) gains nothing anew."""
    fallen = worker.info.get("state") == "Error" and not worker.property(BORN_BROKEN)
    return worker.state in FAILED or fallen


def process_worker(role: str, argument: str) -> Worker:
    channel, deadline = ProcessChannel(role, argument), QtScheduler()
    worker = Worker(channel, deadline)
    channel.setParent(worker)
    deadline.timer.setParent(worker)
    return worker


class Cues(QObject):
    """Plays cue sounds and speaks prompts through helpers started when they may be needed."""

    sig_changed = Signal()  # what sound_status() or voice_status() say may have changed

    def __init__(
        self,
        volume: int = 70,
        muted: bool = False,
        voice: bool = True,
        parent: QObject | None = None,
        make_worker: WorkerFactory = process_worker,
        idle: Deadline | None = None,
        linger_ms: int = LINGER_MS,
        revive: Deadline | None = None,
        clock: Callable[[], int] = monotonic_ms,
    ) -> None:
        super().__init__(parent)
        self.volume, self.muted, self.voice = volume, muted, voice
        self._make_worker, self.linger_ms = make_worker, linger_ms
        self._idle, self._revive = idle or QtScheduler(self), revive or QtScheduler(self)
        self._clock = clock
        self._revivals: dict[str, Revival] = {}  # how each was started anew in this session
        self._due: dict[str, int] = {}  # when each failed helper is to be started anew
        self._workers: dict[str, Worker] = {}
        self._last: dict[str, Seen] = {}  # of a helper stopped after a rest
        self._wanted = self._held = self._shut = False
        self._trace = trace if os.environ.get(TRACE_ENV) else None
        self.played: list[Sound] = []  # what was asked for, also when silent (tests, a11y)
        self.said: list[str] = []

    # --- when the helpers run ------------------------------------------------------------------
    def prepare(self) -> None:
        """A session may start soon: start the helpers; they stop again after `linger_ms`
        unless a session holds them."""
        self._wanted = True
        if not self._held:
            self._idle.arm(self.linger_ms, self.rest)
        self._start_needed()

    def hold(self) -> None:
        """A session runs: the helpers stay. One that failed since it started is started anew,
        as Settings says ("keeps trying ... while a session runs"), also while they linger."""
        self._held, self._revivals, self._due = True, {}, {}
        self._revive.cancel()
        for role in [r for r, worker in self._workers.items() if broken(worker)]:
            self._retire(role)
        self.prepare()
        self._idle.cancel()

    def let_go(self, at_once: bool = False) -> None:
        """The session is over: stop the helpers after `linger_ms`, or now."""
        self._held = False
        self._revive.cancel()
        self._due.clear()
        if at_once:
            self.rest()
        elif self._wanted:
            self._idle.arm(self.linger_ms, self.rest)

    def rest(self) -> None:
        """Stop the helpers (killed, never waited for) until a session needs them again."""
        if self._held:
            return
        self._idle.cancel()
        self._wanted = False
        if self._workers:
            for role in list(self._workers):
                self._retire(role)
            self._changed()

    def _retire(self, role: str) -> None:
        """Stop one helper, keeping what it found for Settings. One stopped while starting
        found nothing: kept, Settings would say "Getting ready" until the next session, and
        forget what an earlier one found."""
        worker = self._workers.pop(role)
        if worker.state not in (State.OFF, State.STARTING):
            self._last[role] = (worker.state, dict(worker.info))
        worker.retire()

    def running(self) -> list[str]:
        return sorted(self._workers)

    def heard(self, role: str) -> Heard:
        """What the sounds' ("sound") or the voice's helper amounts to in the session running
        now, for core.cue_health to judge."""
        wanted = self._held and not self._shut and not self.muted and self.volume > 0
        worker = self._workers.get(role)
        if worker is None or not (wanted and (role == "sound" or self.voice)):
            return Heard()  # off, or between two helpers: nothing to judge
        given_up = self._revivals.get(role, Revival()).given_up
        return Heard(
            wanted=True, ready=worker.state is State.READY, failed=broken(worker),
            given_up=given_up, output=plays_through(role, worker.info),
        )  # fmt: skip

    def _start_needed(self) -> None:
        if self._shut or not self._wanted:
            return
        if "sound" not in self._workers and not self.muted:
            self._start("sound", str(assets.path("sounds")))
        if "voice" not in self._workers and self.voice and not self.muted:
            self._start("voice", QLocale().name())

    def _start(self, role: str, argument: str) -> None:
        worker = self._make_worker(role, argument)
        worker.setParent(self)
        worker.sig_changed.connect(lambda: self._judge(role, worker))  # before it is shown
        worker.sig_changed.connect(self._changed)
        worker.sig_ready.connect(lambda: self._ready(role, worker))
        self._workers[role] = worker
        worker.start()

    def _judge(self, role: str, worker: Worker) -> None:
        """A helper that failed in a session (its sound server or speech daemon died, hung or
        was restarted) is started anew when core.cue_health says, so what came back is heard
        again; one heard again after its tries ran out clears the Session page's line."""
        if self._workers.get(role) is not worker or not self._held or self._shut:
            return
        revival = self._revivals.get(role, Revival())
        if broken(worker) and role not in self._due:
            now = self._clock()
            self._revivals[role], wait = revival.failed(now)
            self._due[role] = now + wait
            self._arm_revive(now)
        elif revival.given_up and worker.state is State.READY and plays_through(role, worker.info):
            self._revivals[role] = revival.heard()

    def _arm_revive(self, now: int) -> None:
        if self._due:
            self._revive.arm(max(0, min(self._due.values()) - now), self._start_anew)

    def _start_anew(self) -> None:
        now = self._clock()
        first = min(self._due.values(), default=now)  # the one this timer was armed for
        for role in [r for r, due in self._due.items() if due <= max(now, first)]:
            del self._due[role]
            if role in self._workers and broken(self._workers[role]):
                self._revivals[role] = self._revivals.get(role, Revival()).started(now)
                self._retire(role)
        self._start_needed()
        self._arm_revive(now)

    def _ready(self, role: str, worker: Worker) -> None:
        worker.setProperty(BORN_BROKEN, worker.info.get("state") == "Error")
        if self._trace:
            self._trace("helper", f"{role} ready")
        if role == "sound":
            self._send_volume()

    def _changed(self) -> None:
        if self._trace:
            self._trace("status", f"{self.sound_status()} | {self.voice_status()}")
        self.sig_changed.emit()

    def shut_down(self) -> None:
        """At quit: the helpers are killed, never waited for."""
        self._shut = True
        self._idle.cancel()
        self._revive.cancel()
        for worker in self._workers.values():
            worker.stop()

    def configure(self, volume: int, muted: bool, voice: bool) -> None:
        self.volume, self.muted, self.voice = max(0, min(100, volume)), muted, voice
        self._send_volume()
        self._start_needed()  # e.g. the voice switched on during a session

    def _send_volume(self) -> None:
        if "sound" in self._workers:
            self._workers["sound"].post({"do": "volume", "volume": self.volume / 100})

    # --- sound ---------------------------------------------------------------------------------
    def play(self, sound: Sound | None, wait: bool = False) -> None:
        """Play a cue now; one asked for before the sounds are ready is dropped, unless it
        is to `wait` for them (a sound the person tries)."""
        if sound is None:
            return
        self.played.append(sound)
        sent = True
        if not self.muted and self.volume > 0:
            worker = self._workers.get("sound")
            sent = worker is not None and worker.post({"do": "play", "sound": sound.value}, wait)
        if self._trace:
            self._trace("play" if sent else "dropped", sound.value)

    def try_sound(self) -> None:
        """The person asked to hear a cue: it comes as soon as the sounds are ready."""
        self.prepare()
        self.play(Sound.HOLD, wait=True)

    def try_voice(self, text: str) -> None:
        self.prepare()
        self.say(text)

    def _seen(self, role: str) -> tuple[Seen | None, bool]:
        """What the helper last told us, and whether that is from an earlier session."""
        if role in self._workers:
            worker = self._workers[role]
            return (worker.state, worker.info), False
        return self._last.get(role), True

    def sound_status(self) -> str:
        return cue_words.sound(*self._seen("sound"), self.muted)

    # --- voice ---------------------------------------------------------------------------------
    @property
    def language_found(self) -> bool:
        seen, _ = self._seen("voice")
        return bool(seen is not None and seen[1].get("language_found"))

    def say(self, text: str) -> None:
        """Speak now; a phrase asked for while the voice starts waits for it (only the latest:
        each one replaces the one before)."""
        if not text:
            return
        self.said.append(text)
        sent = True
        if self.voice and not self.muted:
            worker = self._workers.get("voice")
            request = {"do": "say", "text": text, "volume": self.volume / 100}
            sent = worker is not None and worker.post(request, wait=True)
        if self._trace:
            self._trace("say" if sent else "dropped", text)

    def voice_status(self) -> str:
        return cue_words.voice(*self._seen("voice"), self.voice, self.muted)
