"""Cues through a real sound stack: PulseAudio with a null sink and speech-dispatcher with
espeak-ng, started privately by each test (sound_stack.py). A tiny routine (one exercise,
two repetitions) runs at real speed; what the sink played is recorded and compared with the
moments the app asked for each cue. The routine is started in an app that has been waiting,
so its audio helpers start with the session, as when a person clicks Start. A frozen speech
daemon, or no sound server at all, must never stop the session, and quitting never waits for
either.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from apps import App, wait_until
from sound_stack import (
    DEBIAN,
    FRAME,
    RATE,
    SILENCE,
    VOICE_SINK,
    SoundStack,
    find_cue,
    loudness,
    missing_tools,
    tiny_routine,
)

from foot_coach.system.audio import START_MS


@pytest.fixture(autouse=True)
def _tools() -> None:
    assert not missing_tools(), f"missing {missing_tools()}: apt-get install {DEBIAN}"


class Traced:
    """An app started with its cue and repetition traces on, read as they come."""

    def __init__(self, data: Path, stack: SoundStack) -> None:
        env = {**stack.env, "FOOT_COACH_TTS_ENGINE": "speechd"}
        env.update(FOOT_COACH_TRACE_CUES="1", FOOT_COACH_TRACE_REPS="1", LANG="C.UTF-8")
        self.env = env
        self.app = App(data, **env)
        self.lines: list[str] = []
        self._new = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.app.proc.stdout is not None
        for raw in self.app.proc.stdout:
            with self._new:
                self.lines.append(raw.decode("utf-8", "replace").strip())
                self._new.notify_all()

    def wait_for(self, wanted: Callable[[list[str]], bool], timeout: float) -> bool:
        with self._new:
            return self._new.wait_for(lambda: wanted(self.lines), timeout)

    def cues(self, kind: str) -> list[tuple[float, str]]:
        found = [line.split(" ", 3) for line in self.lines if line.startswith("cue ")]
        return [(float(t), what) for _, t, k, what in found if k == kind]

    def statuses(self) -> list[str]:
        return [what for _, what in self.cues("status")]

    def reps(self) -> list[str]:
        return [line for line in self.lines if line.startswith("rep ")]

    def quit_seconds(self) -> float:
        """SIGTERM, as at logout: seconds until the process has ended."""
        asked = time.monotonic()
        self.app.proc.terminate()
        self.app.proc.wait(timeout=30)
        return time.monotonic() - asked


@contextmanager
def routine_started(data: Path, stack: SoundStack) -> Iterator[Traced]:
    """A traced app that has been waiting, with no audio helpers yet, whose routine is then
    started the way a person's second click starts it; closed after."""
    app = Traced(data, stack)
    try:
        app.app.wait_painted(60)
        assert app.app.children() == [], "audio helpers started before a session"
        app.app.launch_again("--start")
        yield app
    finally:
        app.app.close()


def test_each_cue_sounds_at_its_phase_change_and_the_voice_speaks_between(tmp_path: Path):
    # Long enough for three phrases after a voice that took 8 s to start (a busy machine).
    tiny_routine(tmp_path / "data", count=3)
    with SoundStack(tmp_path, voice_apart=True) as stack:
        recording, voice = stack.record(), stack.record(VOICE_SINK)
        with routine_started(tmp_path / "data", stack) as app:
            assert app.wait_for(lambda _: "done.wav" in str(app.cues("play")), 60), app.lines
            app.wait_for(lambda _: False, 1.5)  # the last words are still being spoken
            samples, start = recording.stop()
            spoken, spoken_start = voice.stop()
    plays, says = app.cues("play"), app.cues("say")
    countdown = ["tick.wav"] * 3  # the last three seconds of getting ready
    assert app.cues("dropped") == [], "a cue came before its helper was ready"
    assert [what for _, what in plays] == [*countdown, *["hold.wav", "release.wav"] * 3, "done.wav"]
    found = [(name, *find_cue(samples, start, asked, name)) for asked, name in plays]
    # The recording's clock is good to about 20 ms. The cues are recorded apart from the voice
    # (spoken over a tick, the voice brought its likeness down to 0.40 on a busy machine): a
    # cue played whole matches its own shape at 0.97 or more; played with a gap of up to 80 ms
    # in it (a busy machine) at 0.58 or more; another cue in its place scores 0.27 at most,
    # silence 0.
    for name, delay, likeness in found:
        assert -0.03 <= delay < 0.25 and likeness > 0.4, (name, delay, likeness)
    # Speech, recorded on a sink of its own: each phrase is heard between its asking and the
    # next one ("Hold." sounds for 0.45 s; a longer phrase on a busy machine may start late
    # and be cut by the next, down to 0.3 s). Words asked for while the voice starts wait for
    # it, each replacing the one before: the one waiting when it is ready is spoken from then.
    ready = next(asked for asked, what in app.cues("helper") if what == "voice ready")
    ends = [asked for asked, _ in says[1:]] + [plays[-1][0] + 1.5]
    heard = [
        (text, (loudness(spoken, spoken_start, max(asked, ready), end) > SILENCE).sum())
        for (asked, text), end in zip(says, ends, strict=True)
        if end - max(asked, ready) > 1  # not replaced, nor cut short at once by the next
    ]  # fmt: skip
    assert len(heard) >= 3 and heard[-1][0] == says[-1][1], (ready, says)
    for text, frames in heard:
        assert frames * FRAME / RATE > 0.2, (text, frames)
    assert app.wait_for(lambda _: len(app.reps()) == 3, 5), app.reps()


def test_a_frozen_speech_daemon_never_holds_up_the_session_or_quitting(tmp_path: Path):
    tiny_routine(tmp_path / "data", count=3)
    with SoundStack(tmp_path) as stack, routine_started(tmp_path / "data", stack) as app:
        second: App | None = None
        try:
            assert app.wait_for(lambda _: "Hold." in str(app.cues("say")), 30), app.lines
            stack.stop_speech()
            assert app.wait_for(lambda _: "done.wav" in str(app.cues("play")), 60), app.lines
            plays = [asked for asked, name in app.cues("play") if name != "tick.wav"]
            planned = [0, 2, 4, 6, 8, 10, 12]  # hold, release, ... then done, in seconds
            assert [round(t - plays[0], 1) for t in plays] == pytest.approx(planned, abs=0.3)
            assert app.wait_for(lambda _: len(app.reps()) == 3, 5), app.reps()
            # Frozen while the voice was still starting (a busy machine), it is given up
            # once its start is late.
            assert app.wait_for(
                lambda _: any("voice is not answering" in s for s in app.statuses()),
                START_MS / 1000 + 5,
            ), app.statuses()
            quit_s = app.quit_seconds()
            left = stack.helpers_left()
            second = App(tmp_path / "data", "--start", **app.env)  # right after the quit
            assert quit_s < 2, quit_s
            assert left == [], "the app's audio helpers outlived it"
            second.wait_painted(60)
            assert wait_until(lambda: len(stack.helpers_left()) == 2, second.proc, 30)
            assert second.proc.poll() is None  # the data folder was free: it started
            second.close()  # while its helpers may still be starting, with the voice frozen
            second = None
            gone = wait_until(lambda: stack.helpers_left() == [], stack.procs[0], 5)
            assert gone, "helpers outlived an app killed while they started"
        finally:
            if second is not None:
                second.close()


def test_the_sounds_and_the_voice_come_back_after_the_sound_server_and_the_speech_daemon_died(
    tmp_path: Path,
):
    """PulseAudio killed mid-session takes the sound helper with it, and speech-dispatcher
    (0.11 plays the voice itself) aborts at the next words it is given; the server is back a
    moment later, and so, once the helpers are started anew, are the cues, and the voice: the
    new voice helper starts a new speech-dispatcher, as on a desktop, and that one reaches the
    new server. Later in the same session speech-dispatcher is killed, and the voice comes back
    once more. Nothing on the Session page says they are gone meanwhile. The voice plays into
    a sink of its own, so the cues and the words are each heard alone."""
    tiny_routine(tmp_path / "data", count=12)  # longer than a slow machine needs: not waited out
    with (
        SoundStack(tmp_path, spawned=True, voice_apart=True) as stack,
        routine_started(tmp_path / "data", stack) as app,
    ):
        # Killed once the first voice has spoken through it: one still starting would reach
        # only the server started again.
        assert app.wait_for(lambda _: spoke_in_full(app, 1), 60), "\n".join(app.lines)
        stack.kill_sound()
        stack.restart_sound()
        recording, voice = stack.record(), stack.record(VOICE_SINK)
        assert app.wait_for(lambda _: spoke_in_full(app, 2), 60), "\n".join(app.lines)
        assert stack.kill_speech(), "no speech-dispatcher to kill"
        assert app.wait_for(lambda _: spoke_in_full(app, 3), 60), "\n".join(app.lines)
        stopped = time.monotonic()
        samples, start = recording.stop()
        words, words_start = voice.stop()
    readies = [asked for asked, what in app.cues("helper") if what == "sound ready"]
    assert len(readies) == 2, app.lines  # the first helper, and the one started anew
    recorded = [(asked, name) for asked, name in app.cues("play") if asked < stopped - 1]
    after = [(asked, name) for asked, name in recorded if asked > readies[1]]
    likeness = [(name, find_cue(samples, start, asked, name)[1]) for asked, name in after]
    assert len(likeness) >= 3 and all(alike > 0.4 for _, alike in likeness), likeness
    assert len(voices_ready(app)) == 3, app.lines  # the first, and each one started anew
    for ready_at in voices_ready(app)[1:]:  # each new voice is heard: its first words sound
        asked, text = said_after(app, ready_at)[0]
        loud = loudness(words, words_start, asked, asked + 1.5) > SILENCE
        sounding = loud.sum() * FRAME / RATE
        assert sounding > (0.3 if len(text.split()) > 2 else 0.1), (text, sounding)
    assert app.cues("silence") == [], app.lines


def spoke_in_full(app: Traced, helper: int) -> bool:
    """The `helper`-th voice helper is ready and a phrase of its was said in full: the next
    phrase came after it."""
    readies = voices_ready(app)
    return len(readies) >= helper and len(said_after(app, readies[helper - 1])) >= 2


def voices_ready(app: Traced) -> list[float]:
    return [asked for asked, what in app.cues("helper") if what == "voice ready"]


def said_after(app: Traced, moment: float) -> list[tuple[float, str]]:
    return [(asked, text) for asked, text in app.cues("say") if asked > moment]


def test_with_no_sound_server_the_session_runs_and_settings_says_why(tmp_path: Path):
    tiny_routine(tmp_path / "data", count=1)
    with (
        SoundStack(tmp_path, sound=False) as stack,
        routine_started(tmp_path / "data", stack) as app,
    ):
        said = lambda lines: any("No sound output was found" in s for s in lines)  # noqa: E731
        assert app.wait_for(said, 60), app.lines
        assert app.wait_for(lambda _: len(app.reps()) == 1, 30), app.lines
        # And the Session page, that the countdown on screen is all there is.
        gone = [what for _, what in app.cues("silence")]
        assert gone and gone[0].startswith("The sounds "), app.lines
