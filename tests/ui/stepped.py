"""Time that moves only when told: a fake session clock and a scheduler holding the one pending
callback, which advance() jumps to and fires. For UI tests, and for the screenshot script
(scripts/make_screenshots.py), neither of which waits on the real clock."""

from __future__ import annotations

from collections.abc import Callable


class FakeClock:
    """Session time in ms that moves only when a test moves it."""

    def __init__(self, start: int = 0) -> None:
        self.now = start

    def __call__(self) -> int:
        return self.now

    def real_ms_until(self, target_ms: int) -> int:
        return max(0, target_ms - self.now)

    def real_ms(self, duration_ms: int) -> int:
        return duration_ms


class FakeScheduler:
    """Holds the one pending callback; advance() jumps the clock to it and fires it."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.pending: tuple[int, Callable[[], None]] | None = None
        self.armed = 0

    def arm(self, delay_ms: int, callback: Callable[[], None]) -> None:
        self.pending = (self.clock.now + delay_ms, callback)
        self.armed += 1

    def cancel(self) -> None:
        self.pending = None

    def advance(self, late_ms: int = 0) -> bool:
        if self.pending is None:
            return False
        due, callback = self.pending
        self.pending = None
        self.clock.now = max(self.clock.now, due) + late_ms
        callback()
        return True

    def run_until_idle(self, limit: int = 100_000) -> int:
        fired = 0
        while fired < limit and self.advance():
            fired += 1
        return fired
