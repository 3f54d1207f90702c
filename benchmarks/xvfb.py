"""A private Xvfb display and process probes (/proc) shared by the benchmarks."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


@contextmanager
def xvfb_display() -> Iterator[str]:
    """Start Xvfb on a free display number and yield its name (":N")."""
    if not shutil.which("Xvfb"):
        raise RuntimeError("Xvfb is missing: run `make system-deps-test` first")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * PAGE_KB / 1024


def children(pid: int) -> list[int]:
    """Every process started by `pid`, and by those, and so on (the audio helpers)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            found += [int(child), *children(int(child))]
    return found


def family_rss_mb(pid: int) -> float:
    total = 0.0
    for member in [pid, *children(pid)]:
        with contextlib.suppress(FileNotFoundError):  # it ended meanwhile
            total += rss_mb(member)
    return total


def pss_mb(pid: int) -> float:
    """Proportional set size: pages shared with other processes (the helpers share Qt's
    libraries with the app) are split among them, so a family's sum counts each page once."""
    with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
        for line in rollup:
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    return 0.0


def family_pss_mb(pid: int) -> float:
    total = 0.0
    for member in [pid, *children(pid)]:
        with contextlib.suppress(FileNotFoundError, ProcessLookupError):
            total += pss_mb(member)
    return total


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def wakeups(pid: int) -> int:
    """Voluntary plus involuntary context switches of every thread: a proxy for wake-ups."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        for line in (task / "status").read_text().splitlines():
            if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                total += int(line.split()[1])
    return total


class Launched:
    """A GUI process on the benchmark's display that reports its first paint to a file."""

    def __init__(self, argv: list[str], display: str, extra_env: dict[str, str] | None = None):
        self.folder = Path(tempfile.mkdtemp(prefix="foot-coach-bench-"))
        self.ready_file = self.folder / "ready"
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        env["FOOT_COACH_READY_FILE"] = str(self.ready_file)
        env.update(extra_env or {})
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            [sys.executable, *argv],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    def wait_painted(self, timeout: float = 60.0) -> float:
        """Seconds from process start to first paint (the child writes its monotonic time)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.ready_file.exists() and (text := self.ready_file.read_text()):
                return float(text) - self.started
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode() if self.proc.stderr else ""
                raise RuntimeError(f"{self.proc.args} exited early: {err[-2000:]}")
            time.sleep(0.005)
        raise TimeoutError(f"no first paint within {timeout} s")

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.folder, ignore_errors=True)
