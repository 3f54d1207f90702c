"""A private, real sound stack for system tests and benchmarks: a PulseAudio server whose only
output is a null sink, and speech-dispatcher speaking with espeak-ng, both in a runtime folder
of their own (no system services). The sink's monitor is recorded with parec, each chunk
stamped on arrival, so sounds can be placed on the same clock as the app's time.monotonic().
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import threading
import time
import wave
from pathlib import Path

import numpy as np

from foot_coach.core.catalog import Prescription, parse_catalog
from foot_coach.core.record import replace
from foot_coach.store.own_exercises import OwnExercises, OwnExercisesFile
from foot_coach.system import assets
from foot_coach.system.paths import Paths

RATE = 22050  # the cue sounds' own rate: recorded without resampling them twice
SINK = "fc_out"
VOICE_SINK = "fc_voice"  # with voice_apart, speech-dispatcher plays here: measured on its own
FRAME = RATE // 200  # 5 ms
SILENCE = 1e-5  # mean square of a frame: about -50 dB
SEARCH_S = 0.5
TINY = "tiny-curls"
TOOLS = ("pulseaudio", "parec", "speech-dispatcher")
DEBIAN = "pulseaudio pulseaudio-utils speech-dispatcher speech-dispatcher-espeak-ng espeak-ng"


def missing_tools() -> list[str]:
    return [t for t in TOOLS if shutil.which(t) is None]


def _wait_for(path: Path, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{proc.args[0]} did not start: no {path}")
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=0.02)


class SoundStack:
    """Start with `with SoundStack(folder, sound=..., speech=...) as stack:`; `stack.env`
    holds what an app needs to use it."""

    def __init__(
        self, folder: Path, sound: bool = True, speech: bool = True, voice_apart: bool = False,
        spawned: bool = False,
    ) -> None:  # fmt: skip
        self.run = folder / "run"
        self.run.mkdir(mode=0o700, parents=True)
        (folder / "home").mkdir(exist_ok=True)
        self.env = {"XDG_RUNTIME_DIR": str(self.run), "HOME": str(folder / "home")}
        self.env["PULSE_SERVER"] = f"unix:{self.run}/pulse/native"
        # spawned: no speech-dispatcher here; the first program that speaks starts one (at
        # the usual place in this runtime folder), as on a desktop, where it is not a service.
        if not spawned:
            self.env["SPEECHD_ADDRESS"] = f"unix_socket:{self.run}/speechd.sock"
        elif voice_apart:  # each one it starts plays into VOICE_SINK, the sounds stay in SINK
            self.env["SPEECHD_CMD"] = str(self._voice_apart_command(folder))
        self.sound, self.speech, self.voice_apart = sound, speech and not spawned, voice_apart
        self.procs: list[subprocess.Popen] = []
        self.speechd: subprocess.Popen | None = None

    @staticmethod
    def _voice_apart_command(folder: Path) -> Path:
        """What libspeechd runs to start speech-dispatcher (SPEECHD_CMD): the real one with
        PULSE_SINK in its environment, as a started one gets it from _start."""
        command = folder / "speech-dispatcher-apart"
        real = shutil.which("speech-dispatcher") or "speech-dispatcher"
        command.write_text(f'#!/bin/sh\nPULSE_SINK={VOICE_SINK} exec {real} "$@"\n')
        command.chmod(0o755)
        return command

    def _start(
        self, argv: list[str], stdout: int = subprocess.DEVNULL, **env: str
    ) -> subprocess.Popen:
        proc = subprocess.Popen(
            argv, env={**os.environ, **self.env, **env}, start_new_session=True,
            stdout=stdout, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self.procs.append(proc)
        return proc

    def __enter__(self) -> SoundStack:
        try:
            if self.sound:
                self.env["PULSE_SINK"] = SINK
                self._start_sound()
            if self.speech:
                self.speechd = self._start([
                    "speech-dispatcher", "--run-single", "-t", "0",
                    "-c", "unix_socket", "-S", str(self.run / "speechd.sock"),
                    "-L", str(self.run),
                ], **({"PULSE_SINK": VOICE_SINK} if self.voice_apart else {}))  # fmt: skip
                _wait_for(self.run / "speechd.sock", self.speechd, 10)
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start_sound(self) -> None:
        sinks = [SINK, VOICE_SINK] if self.voice_apart else [SINK]
        self.pulse = self._start([
            "pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "-n",
            *(f"--load=module-null-sink sink_name={s} rate={RATE}" for s in sinks),
            "--load=module-native-protocol-unix", "--log-target=stderr",
        ])  # fmt: skip
        _wait_for(self.run / "pulse" / "native", self.pulse, 10)

    def kill_sound(self) -> None:
        """The sound server dies, as PulseAudio does when it crashes or is killed."""
        os.killpg(self.pulse.pid, signal.SIGKILL)
        self.pulse.wait(timeout=60)
        (self.run / "pulse" / "native").unlink(missing_ok=True)

    def restart_sound(self) -> None:
        """The sound server starts again, as the desktop starts it after a crash."""
        self._start_sound()

    def stop_speech(self) -> None:
        """Freeze speech-dispatcher and its modules, as a hung daemon would be."""
        assert self.speechd is not None
        os.killpg(self.speechd.pid, signal.SIGSTOP)

    def kill_speech(self) -> list[int]:
        """speech-dispatcher and its modules die at once, as in a crash; which ones did."""
        killed = [pid for pid, command in self._ours() if b"speech-dispatcher" in command]
        for pid in killed:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        return killed

    def helpers_left(self) -> list[int]:
        """Audio helper processes still running that were started on this stack."""
        return [pid for pid, command in self._ours() if b"--audio-worker" in command]

    def _ours(self) -> list[tuple[int, bytes]]:
        """Processes started on this stack, by us or by what we started (a spawned
        speech-dispatcher leaves its parent), with their command lines."""
        found = []
        for proc in Path("/proc").iterdir():
            try:
                command = (proc / "cmdline").read_bytes()
                environ = (proc / "environ").read_bytes().split(b"\0")
            except OSError:
                continue
            if f"XDG_RUNTIME_DIR={self.run}".encode() in environ and proc.name != str(os.getpid()):
                found.append((int(proc.name), command))
        return found

    def record(self, sink: str = SINK) -> Recording:
        """What `sink` plays: all of it, or with voice_apart=True, VOICE_SINK for the voice
        alone and SINK for the cue sounds alone. Returns once the recording runs: parec
        takes seconds to start on a busy machine, and what played before is not in it."""
        recording = Recording(self._start(
            ["parec", "-d", f"{sink}.monitor", "--raw", "--format=s16le", f"--rate={RATE}",
             "--channels=1", "--latency-msec=5"], subprocess.PIPE,
        ))  # fmt: skip
        assert recording.started.wait(timeout=30), f"parec recorded nothing from {sink}"
        return recording

    def close(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                for sig in (signal.SIGCONT, signal.SIGKILL):
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(proc.pid, sig)  # the daemons' helpers too
            proc.wait(timeout=60)
        self.procs.clear()
        for pid, _ in self._ours():  # a spawned speech-dispatcher and its modules
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


class Recording:
    """What the sink played, as samples, and the monotonic time of sample 0.

    Each chunk is stamped when it arrives; a chunk can only arrive late, never early, so the
    earliest of (arrival - samples before its end) / RATE is the best estimate of the start.
    """

    def __init__(self, proc: subprocess.Popen) -> None:
        self.proc = proc
        self._chunks: list[bytes] = []
        self._start = float("inf")
        self.started = threading.Event()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        fd, total = self.proc.stdout.fileno(), 0
        while chunk := os.read(fd, 4096):
            now = time.monotonic()
            self._chunks.append(chunk)
            total += len(chunk)
            self._start = min(self._start, now - total / 2 / RATE)
            self.started.set()

    def stop(self) -> tuple[np.ndarray, float]:
        """Samples in -1..1 and the monotonic time of the first one."""
        self.proc.kill()
        self._thread.join(timeout=5)
        data = b"".join(self._chunks)
        samples = np.frombuffer(data[: len(data) // 2 * 2], dtype="<i2").astype(np.float32)
        return samples / 32768, self._start


def tiny_routine(data: Path, count: int, hold_s: int = 2, release_s: int = 2) -> None:
    """One own exercise of `count` short holds as the saved routine, the welcome done: a
    session of 5 s to get ready and then `count` times hold and release."""
    catalog = parse_catalog(assets.read_text("exercises.toml"))
    tiny = replace(
        catalog.get("toe-curls"), id=TINY, name="Tiny curls", own=True, grows=False,
        prescription=Prescription(count, hold_s, release_s), count_range=(1, count),
    )  # fmt: skip
    paths = Paths(data)
    paths.ensure()
    OwnExercisesFile(paths.own_exercises, paths.pictures_dir, catalog).save(OwnExercises((tiny,)))
    paths.settings.write_text(
        f'first_run_done = true\nvolume = 100\nroutine = ["{TINY}"]\n', encoding="utf-8"
    )


def cue_shape(name: str) -> np.ndarray:
    """A cue sound's samples in -1..1, as shipped."""
    with wave.open(str(assets.path(f"sounds/{name}"))) as sound:
        raw = sound.readframes(sound.getnframes())
    return np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768


def find_cue(samples: np.ndarray, start: float, asked: float, name: str) -> tuple[float, float]:
    """Where a cue begins in the recording, searched from when it was asked for until
    SEARCH_S later: (seconds after `asked`, likeness 0..1 to the cue's own shape)."""
    shape = cue_shape(name)
    first = max(0, int((asked - start - 0.02) * RATE))
    window = samples[first : first + int(SEARCH_S * RATE) + len(shape)]
    if len(window) < len(shape):
        return float("nan"), 0.0
    match = np.correlate(window, shape, mode="valid")
    best = int(np.argmax(match))
    found = window[best : best + len(shape)]
    likeness = match[best] / (np.linalg.norm(shape) * np.linalg.norm(found) + 1e-9)
    return (first + best) / RATE + start - asked, float(likeness)


def loudness(samples: np.ndarray, start: float, begin: float, end: float) -> np.ndarray:
    """Mean square of each 5 ms frame between two monotonic times."""
    part = samples[max(0, int((begin - start) * RATE)) : max(0, int((end - start) * RATE))]
    frames = len(part) // FRAME
    return (part[: frames * FRAME].reshape(frames, FRAME) ** 2).mean(axis=1)


def sound_onset(samples: np.ndarray, start: float, begin: float, end: float) -> float:
    """Seconds after `begin` of the first 5 ms frame that is not silence; nan if none."""
    loud = np.nonzero(loudness(samples, start, begin, end) > SILENCE)[0]
    return float(loud[0]) * FRAME / RATE if len(loud) else float("nan")
