"""Session time in integer milliseconds, optionally sped up for demos and tests.

The clock source is given from outside (system.clock in the app, a counter in tests), so the
core never reads a real clock itself.
"""

from __future__ import annotations

import math
from collections.abc import Callable

Clock = Callable[[], int]


class ScaledClock:
    """A monotonic clock running `scale` times faster than `source` (nanoseconds), from 0."""

    def __init__(self, scale: float, source: Callable[[], int]) -> None:
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

    def real_ms(self, duration_ms: int) -> int:
        """How long `duration_ms` of session time lasts in real time, for animations."""
        return max(1, math.ceil(duration_ms / self.scale))
