"""Real Foot Coach processes for system tests, offscreen, each in its own data folder.

These tests run real processes in real time. Waiting is event-driven where the app can
signal (its first paint is written into a FIFO the test blocks on with select), and
otherwise a bounded check that ends the moment the condition holds.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2]


def app_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FOOT_COACH_TTS_ENGINE="mock")
    env["PYTHONPATH"] = str(SOURCE)
    env.update(extra)
    return env


class App:
    def __init__(self, data_dir: Path, *args: str, **env: str) -> None:
        self.data_dir, self.env = data_dir, env
        self._unended = b""  # of the app's output: the start of a line still being written
        self.fifo = data_dir.parent / f"ready-{os.getpid()}-{id(self)}"
        os.mkfifo(self.fifo)
        # Opened before the child starts, so its write finds a reader and never blocks.
        self.ready_fd = os.open(self.fifo, os.O_RDONLY | os.O_NONBLOCK)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "foot_coach", "--data-dir", str(data_dir), *args],
            env=app_env(FOOT_COACH_READY_FILE=str(self.fifo), **env),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    def wait_painted(self, timeout: float = 30.0) -> None:
        readable, _, _ = select.select([self.ready_fd], [], [], timeout)
        if not readable or not os.read(self.ready_fd, 100):
            self.proc.kill()
            _, err = self.proc.communicate(timeout=60)
            raise AssertionError(f"no first paint within {timeout} s: {err.decode()[-2000:]}")

    def read_stdout_for(self, seconds: float, until: str | None = None) -> list[str]:
        """Lines the app prints during the next `seconds` (blocking on its output), or until
        one starting with `until` has come. A line not yet ended waits for the next call."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        os.set_blocking(fd, False)
        lines: list[str] = []
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            if until is not None and any(line.startswith(until) for line in lines):
                break
            readable, _, _ = select.select([fd], [], [], left)
            if readable:
                chunk = os.read(fd, 65536)
                if not chunk:
                    break  # the app ended
                *ended, self._unended = (self._unended + chunk).split(b"\n")
                lines += [line.decode() for line in ended]
        return lines

    def launch_again(self, *args: str) -> None:
        """A later launch into the same data folder, as a person's second click makes: it hands
        `args` to this app and ends at once, with 0."""
        command = [sys.executable, "-m", "foot_coach", "--data-dir", str(self.data_dir), *args]
        later = subprocess.run(command, env=app_env(**self.env), capture_output=True, timeout=60)
        assert later.returncode == 0, later.stderr.decode()[-2000:]

    def children(self) -> list[int]:
        """The app's child processes: its audio helpers."""
        tasks = Path(f"/proc/{self.proc.pid}/task").iterdir()
        return [int(child) for task in tasks for child in (task / "children").read_text().split()]

    def log(self) -> str:
        path = self.data_dir / "foot-coach.log"
        return path.read_text(encoding="utf-8") if path.exists() else ""

    def close(self) -> None:
        os.close(self.ready_fd)
        self.fifo.unlink(missing_ok=True)
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.communicate(timeout=60)


def wait_until(condition: Callable[[], bool], proc: subprocess.Popen, timeout: float) -> bool:
    """True as soon as `condition` holds; False if `proc` ends or the time runs out."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        try:
            proc.wait(timeout=0.02)  # returns early if the app dies, which is also news
            return condition()
        except subprocess.TimeoutExpired:
            continue
    return True
