"""Audio helpers without processes: a fake channel the test answers for, and a factory that
builds Cues' workers on such channels with stepped deadlines, handing out each one's parts."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QObject, Signal
from stepped import FakeClock, FakeScheduler

from foot_coach.system.audio import Worker
from foot_coach.ui.cues import Cues


class FakeChannel(QObject):
    sig_line = Signal(str)
    sig_ended = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.started = self.killed = 0
        self.written: list[dict] = []

    def start(self) -> None:
        self.started += 1

    def write(self, line: str) -> None:
        self.written.append(json.loads(line))

    def kill(self) -> None:
        self.killed += 1

    def answer(self, **message: object) -> None:
        self.sig_line.emit(json.dumps(message))


class Helpers:
    """Makes workers on fake channels; `made` keeps every one, `parts` the latest per role."""

    def __init__(self, clock: FakeClock | None = None) -> None:
        self.clock = clock or FakeClock(0)
        self.parts: dict[str, tuple[FakeChannel, FakeScheduler, str]] = {}
        self.made: list[tuple[str, Worker]] = []

    def __call__(self, role: str, argument: str) -> Worker:
        channel, deadline = FakeChannel(), FakeScheduler(self.clock)
        self.parts[role] = (channel, deadline, argument)
        worker = Worker(channel, deadline)
        self.made.append((role, worker))
        return worker

    def channel(self, role: str) -> FakeChannel:
        return self.parts[role][0]

    def deadline(self, role: str) -> FakeScheduler:
        return self.parts[role][1]

    def started(self, role: str) -> int:
        return sum(1 for r, _ in self.made if r == role)

    def ready(
        self,
        output: str = "Speakers",
        engine: str = "speechd",
        *,
        locale: str = "de_DE",
        language_found: bool = True,
        failed: tuple[str, ...] = (),
    ) -> None:
        """Both helpers say they are ready: sounds through `output` (`failed` the files that
        did not load), a voice on `engine` ("" for none) in `locale`."""
        self.channel("sound").answer(ready={"output": output, "failed": list(failed)})
        voice = {"engine": engine, "language_found": language_found, "locale": locale}
        self.channel("voice").answer(ready={**voice, "state": "Ready"})

    def cues(self, **options: Any) -> Cues:
        """Cues on these helpers, with their rest and revival timers on the same stepped
        clock."""
        self.idle, self.revive = FakeScheduler(self.clock), FakeScheduler(self.clock)
        return Cues(
            make_worker=self, idle=self.idle, revive=self.revive, clock=self.clock, **options
        )
