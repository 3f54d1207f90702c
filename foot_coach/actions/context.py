"""What every action is given: the running parts, built once by the composition root.

A frozen dataclass, so no action can swap a part for the others. The parts that change while
the app runs change inside themselves and have one writer each: the history file
(`store.replaced()` after a restore), the settings (`settings.change()`), the own exercises and
with them the catalogue (`own.save()`, then `own.catalog`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from foot_coach.core.catalog import Catalog
from foot_coach.core.words import Words
from foot_coach.store.db import Store
from foot_coach.store.own_exercises import OwnExercisesFile
from foot_coach.store.settings import SettingsFile
from foot_coach.system.autostart import Autostart
from foot_coach.system.paths import Paths
from foot_coach.ui.cues import Cues
from foot_coach.ui.main_window import MainWindow
from foot_coach.ui.pages.book import Pages
from foot_coach.ui.runner import Runner
from foot_coach.ui.tray import Tray

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance


class Schedule(Protocol):
    """The reminder schedule as actions use it (actions.reminders.Reminders)."""

    def refresh(self) -> None: ...
    def next_text(self) -> str: ...
    def paused_today(self) -> bool: ...
    def snooze(self, minutes: int) -> Words | None: ...
    def pause_today(self, paused: bool = True) -> Words | None: ...


class Notifications(Protocol):
    """Desktop notifications with buttons (system.notifications.Notifier, or system.desktop's
    OnDemand, which finds it when first asked)."""

    sig_action: SignalInstance  # the key of the button pressed
    sig_failed: SignalInstance  # not shown after all: another way is needed

    def available(self) -> bool: ...
    def show(self, title: str, body: str, buttons: list[tuple[str, str]]) -> None: ...
    def close(self) -> None: ...


@dataclass(frozen=True)
class Context:
    paths: Paths
    portable: bool  # --data-dir was given: start at login keeps the same folder
    store: Store
    settings: SettingsFile
    own: OwnExercisesFile
    wall: Callable[[], datetime]
    window: MainWindow
    pages: Pages
    runner: Runner
    cues: Cues
    reminders: Schedule
    autostart: Autostart
    tray: Tray | None
    notifier: Notifications | None  # available() where a notification server answers

    @property
    def catalog(self) -> Catalog:
        """The built-in exercises and the person's own, as they are now."""
        return self.own.catalog

    @property
    def builtin(self) -> Catalog:
        return self.own.builtin

    def routine_ids(self) -> tuple[str, ...]:
        """The saved routine, leaving out exercises that no longer exist."""
        ids = tuple(i for i in self.settings.value.routine if i in self.catalog.ids)
        return ids or self.builtin.ids
