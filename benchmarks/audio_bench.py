"""Cue timing and wake-ups on a real sound stack (tests/system/sound_stack.py: PulseAudio with
a null sink and speech-dispatcher with espeak-ng, private to this run), under Xvfb.

- cue_latency_p99_ms: from the moment the app asks for a phase's cue (it does so as the phase
  changes) to the start of that sound in a recording of the sink. Floor: a bare QSoundEffect
  played on a timer in its own process (floor_cue_latency_p99_ms), recorded the same way.
- speech_latency_ms: from the phase change to the start of the spoken words (median and
  worst), once the voice is running: the session's first words wait for the voice helper to
  start, and are measured apart (first_words_after_start_ms). For this run speech-dispatcher
  plays into a sink of its own, recorded apart from the cues' sink, so words are found even
  where they start under a cue.
- first_cue_*: the session is started in an app that has been waiting (the way a person
  clicks Start, the helpers not yet running): how long until the sound helper is ready, and
  the first cue sound's delay (the countdown's first tick, 2 s in), or whether it was dropped.
- session_wakeups_audio_per_s: context switches per second of the app and its audio helpers
  while a routine runs with sounds and voice on; idle_wakeups_audio_per_s: the same on the
  end screen just after, the helpers still loaded, waiting.
- rss/pss_session_with_helpers_mb: the app and its helpers' memory during that session.
- cue_latency_under_load_p99_ms / _max_ms, cue_likeness_under_load_min, cues_dropped_under_load:
  the same cues while every core is kept busy by a loop of its own (a session of 1 s holds
  and releases on a clock twice as fast): how late each sound starts, and how like its own
  shape it sounds (1: whole; a sound cut or stuttering reads lower).

The recording's clock is placed on the app's from the arrival of parec's chunks, to within
about 5 ms, so a delay can read a little below zero. A null sink takes sound as soon as it is
handed over; a real sound card adds its own output latency to cue and floor alike.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests" / "system")]

from json_line import report  # noqa: E402
from percentile import p99  # noqa: E402
from sound_stack import VOICE_SINK, SoundStack, find_cue, sound_onset, tiny_routine  # noqa: E402
from xvfb import family_pss_mb, family_rss_mb, wakeups, xvfb_display  # noqa: E402

SOURCE = HERE.parent
COUNT = 6  # holds in the benchmark's routine: 5 s to get ready, then 4 s each
LOAD_COUNT = 30  # holds under load, 1 s each and 1 s to let go: 64 cues


def traced(path: Path) -> list[tuple[float, str, str]]:
    found = [
        line.split(" ", 3) for line in path.read_text().splitlines() if line.startswith("cue ")
    ]
    return [(float(t), kind, what) for _, t, kind, what in found]


def run_floor(stack: SoundStack, folder: Path) -> list[float]:
    """Delays of a bare QSoundEffect played on a timer, recorded the same way."""
    out = folder / "floor.txt"
    recording = stack.record()
    env = {**os.environ, **stack.env, "PYTHONPATH": str(SOURCE)}
    with out.open("w") as sink:
        subprocess.run([sys.executable, str(HERE / "bare_cue.py"), "16"], env=env,
                       stdout=sink, stderr=subprocess.DEVNULL, check=True, timeout=120)  # fmt: skip
    samples, start = recording.stop()
    return [find_cue(samples, start, asked, name)[0] for asked, _, name in traced(out)]


class Session:
    """The app on the benchmark's display, its cue trace written to a file."""

    def __init__(self, stack: SoundStack, display: str, folder: Path, *args: str) -> None:
        self.trace, self.data = folder / "app.txt", folder / "data"
        self.painted = folder / "painted"
        self.env = {**os.environ, **stack.env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
                    "PYTHONPATH": str(SOURCE), "FOOT_COACH_TTS_ENGINE": "speechd",
                    "FOOT_COACH_TRACE_CUES": "1", "LANG": "C.UTF-8",
                    "FOOT_COACH_READY_FILE": str(self.painted)}  # fmt: skip
        self.out = self.trace.open("w")
        self.proc = subprocess.Popen(self.command(*args), env=self.env, stdout=self.out,
                                     stderr=subprocess.DEVNULL)  # fmt: skip

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "foot_coach", "--data-dir", str(self.data), *args]

    def wait_for(self, text: str, timeout: float, path: Path | None = None) -> None:
        end = time.monotonic() + timeout
        while not (path or self.trace).exists() or text not in (path or self.trace).read_text():
            if time.monotonic() > end:
                raise TimeoutError(f"no {text!r} from the app within {timeout} s")
            time.sleep(0.05)

    def wakeups(self) -> int:
        """Context switches so far of the app and its helper processes."""
        children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text()
        return sum(wakeups(pid) for pid in [self.proc.pid, *map(int, children.split())])

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)
        self.out.close()


def per_second(session: Session, seconds: float) -> float:
    before, t0 = session.wakeups(), time.monotonic()
    time.sleep(seconds)
    return (session.wakeups() - before) / (time.monotonic() - t0)


def run_session(stack: SoundStack, display: str, folder: Path, idle_s: float) -> dict[str, object]:
    tiny_routine(folder / "data", COUNT)
    recording, voice = stack.record(), stack.record(VOICE_SINK)
    session = Session(stack, display, folder)
    try:
        session.wait_for(".", 60, session.painted)
        time.sleep(2.0)  # waiting on the Exercises page, as before a person clicks Start
        subprocess.run(session.command("--start"), env=session.env, check=True, timeout=60)
        session.wait_for("play hold.wav", 30)
        memory = family_rss_mb(session.proc.pid), family_pss_mb(session.proc.pid)
        wakes = per_second(session, 3 * 4)  # three holds and releases
        session.wait_for("done.wav", 60)
        time.sleep(2.0)  # the last words
        idle = per_second(session, idle_s)  # the end screen, helpers still loaded
    finally:
        samples, start = recording.stop()
        spoken, spoken_start = voice.stop()
        session.close()
    trace = traced(session.trace)
    cues = [find_cue(samples, start, t, name)[0] for t, kind, name in trace if kind == "play"]
    says = [t for t, kind, _ in trace if kind == "say"]
    # The first words wait for the voice helper, started with the session: measured apart.
    words = [sound_onset(spoken, spoken_start, t, t + 2) for t in says[1:]]
    first = first_cue(trace, samples, start)
    first["first_words_after_start_ms"] = round(
        1000 * sound_onset(spoken, spoken_start, says[0], says[1])
    )
    return {"cues": cues, "words": words, "wakes": wakes, "idle": idle, "memory": memory,
            "first": first}  # fmt: skip


def first_cue(trace: list[tuple[float, str, str]], samples, start: float) -> dict[str, float]:
    """The session's first sound cue, asked for 2 s after it started (its first words)."""
    began = next(t for t, kind, _ in trace if kind == "say")
    ready = {what: t for t, kind, what in reversed(trace) if kind == "helper"}
    after = lambda what: round(1000 * (ready[what] - began)) if what in ready else -1  # noqa: E731
    dropped = [t for t, kind, _ in trace if kind == "dropped"]
    asked, _, name = next(c for c in trace if c[1] in ("play", "dropped"))
    figures = {
        "first_cue_asked_after_start_ms": round(1000 * (asked - began)),
        "sound_ready_after_start_ms": after("sound ready"),
        "voice_ready_after_start_ms": after("voice ready"),
        "first_cue_dropped": int(asked in dropped),
    }
    if asked not in dropped:
        figures["first_cue_latency_ms"] = round(1000 * find_cue(samples, start, asked, name)[0], 1)
    return figures


def run_under_load(stack: SoundStack, display: str, folder: Path) -> dict[str, float]:
    """The session's cues while busy loops keep every core at work."""
    tiny_routine(folder / "data", LOAD_COUNT, hold_s=1, release_s=1)
    recording = stack.record()
    session = Session(stack, display, folder)
    session.env["FOOT_COACH_TIME_SCALE"] = "2"
    loops: list[subprocess.Popen] = []
    try:
        session.wait_for(".", 60, session.painted)
        busy = [sys.executable, "-c", "while True: pass"]
        loops = [subprocess.Popen(busy) for _ in range(os.cpu_count() or 1)]
        subprocess.run(session.command("--start"), env=session.env, check=True, timeout=60)
        session.wait_for("done.wav", 120)
        time.sleep(1.0)  # the last sound
    finally:
        for loop in loops:
            loop.kill()
        samples, start = recording.stop()
        session.close()
    trace = traced(session.trace)
    found = [find_cue(samples, start, t, name) for t, kind, name in trace if kind == "play"]
    late = [1000 * delay for delay, _ in found]
    return {
        "cue_latency_under_load_p99_ms": round(p99(late), 1),
        "cue_latency_under_load_max_ms": round(max(late), 1),
        "cue_likeness_under_load_min": round(min(like for _, like in found), 3),
        "cues_dropped_under_load": sum(kind == "dropped" for _, kind, _ in trace),
        "cues_measured_under_load": len(found),
    }


def figures(floor: list[float], run: dict) -> dict[str, float]:
    cues, words = run["cues"], run["words"]
    ms = lambda s: round(1000 * s, 1)  # noqa: E731
    return {
        **run["first"],
        "cue_latency_p99_ms": ms(p99(cues)),
        "cue_latency_median_ms": ms(statistics.median(cues)),
        "floor_cue_latency_p99_ms": ms(p99(floor)),
        "floor_cue_latency_median_ms": ms(statistics.median(floor)),
        "speech_latency_median_ms": ms(statistics.median(words)),
        "speech_latency_max_ms": ms(max(words)),
        "cues_measured": len(cues),
        "words_measured": len(words),
        "session_wakeups_audio_per_s": round(run["wakes"], 1),
        "idle_wakeups_audio_per_s": round(run["idle"], 2),
        "rss_session_with_helpers_mb": round(run["memory"][0], 1),
        "pss_session_with_helpers_mb": round(run["memory"][1], 1),
    }


def main() -> int:
    quick = "--quick" in sys.argv
    folder = Path(tempfile.mkdtemp(prefix="foot-coach-audio-bench-"))
    try:
        stack = SoundStack(folder / "stack", voice_apart=True)
        with stack, xvfb_display() as display:
            floor = run_floor(stack, folder)
            (folder / "session").mkdir()
            run = run_session(stack, display, folder / "session", 5 if quick else 15)
            results = figures(floor, run)
            (folder / "load").mkdir()
            results |= run_under_load(stack, display, folder / "load")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return report(results)


if __name__ == "__main__":
    sys.exit(main())
