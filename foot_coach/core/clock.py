"""Monotonic clocks in integer milliseconds, optionally sped up for demos and tests."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

Clock = Callable[[], int]


def monotonic_ms() -> int:
    return time.monotonic_ns() // 1_000_000


def awake_or_asleep_ns() -> int:
    """A monotonic clock that keeps counting while the computer sleeps, where there is one.

    Linux's CLOCK_MONOTONIC stops during suspend, so a session timer on it could never tell
    that the person's laptop slept mid-hold; CLOCK_BOOTTIME does not stop.
    """
    return time.clock_gettime_ns(BOOTTIME) if BOOTTIME is not None else time.monotonic_ns()


BOOTTIME: int | None = getattr(time, "CLOCK_BOOTTIME", None)


class ScaledClock:
    """A monotonic clock running `scale` times faster than real time, starting at 0."""

    def __init__(self, scale: float = 1.0, source: Callable[[], int] = time.monotonic_ns) -> None:
        if scale <= 0:
            raise ValueError("time scale must be above 0")
        self.scale = scale
        self._source = source
        self._origin = source()

    def __call__(self) -> int:
        return int((self._source() - self._origin) * self.scale) // 1_000_000

    def real_ms_until(self, target_ms: int) -> int:
        """Real milliseconds to wait until this clock shows `target_ms` (0 if already past)."""
        return max(0, math.ceil((target_ms - self()) / self.scale))
