"""A wall clock that moves only when a test says, and a scheduler that steps it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta


class Wall:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


class Steps:
    """One pending callback; advance() moves the wall clock by its delay and fires it."""

    def __init__(self, wall: Wall) -> None:
        self.wall = wall
        self.pending: tuple[int, Callable[[], None]] | None = None
        self.delays: list[int] = []

    def arm(self, delay_ms: int, callback: Callable[[], None]) -> None:
        self.pending = (delay_ms, callback)
        self.delays.append(delay_ms)

    def cancel(self) -> None:
        self.pending = None

    def advance(self, extra: timedelta = timedelta()) -> None:
        assert self.pending is not None
        delay, callback = self.pending
        self.pending = None
        self.wall.now += timedelta(milliseconds=delay) + extra
        callback()

    def run_to(self, when: datetime) -> None:
        while self.pending and self.wall.now < when:
            self.advance()
