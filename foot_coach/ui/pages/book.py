"""The six pages of the main window, made together and added in the order of their buttons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from foot_coach.core.catalog import Catalog
from foot_coach.system.i18n import tr
from foot_coach.ui.main_window import MainWindow
from foot_coach.ui.pages.exercises_page import ExercisesPage
from foot_coach.ui.pages.history_page import HistoryPage, Loader
from foot_coach.ui.pages.reminders_page import RemindersPage
from foot_coach.ui.pages.routine_page import RoutinePage
from foot_coach.ui.pages.session_page import SessionPage
from foot_coach.ui.pages.settings_page import SettingsPage


@dataclass(frozen=True)
class Pages:
    exercises: ExercisesPage
    session: SessionPage
    history: HistoryPage
    routine: RoutinePage
    reminders: RemindersPage
    settings: SettingsPage

    @classmethod
    def build(
        cls, window: MainWindow, catalog: Catalog, history: Loader, today: Callable[[], date]
    ) -> Pages:
        """Every page, added to `window`; the amounts and values are shown once wired."""
        pages = cls(
            ExercisesPage(catalog, {}),
            SessionPage(),
            HistoryPage(history, today, catalog.names()),
            RoutinePage(catalog),
            RemindersPage(),
            SettingsPage(),
        )
        for key, title, page in (
            ("exercises", tr("Exercises"), pages.exercises),
            ("session", tr("Session"), pages.session),
            ("history", tr("History"), pages.history),
            ("routine", tr("Routine"), pages.routine),
            ("reminders", tr("Reminders"), pages.reminders),
            ("settings", tr("Settings"), pages.settings),
        ):
            window.add_page(key, title, page)
        return pages
