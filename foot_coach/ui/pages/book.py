"""The six pages of the main window, in the order of their buttons, each made when first needed.

Start-up makes only the page on screen (none when the app starts in the tray); the others are
made when shown, or as soon as the pointer or the keyboard reaches their button. Whoever wires
or fills a page says so with `when_made`; a change meant for a page not made yet is left to
those hooks, which show the state as it is when the page is made (`if_made`). Page modules
are imported when their page is made.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Literal, cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from foot_coach.core.catalog import Catalog, Prescription
from foot_coach.system.i18n import tr
from foot_coach.ui.main_window import MainWindow

if TYPE_CHECKING:
    from foot_coach.ui.pages.exercises_page import ExercisesPage
    from foot_coach.ui.pages.history_page import HistoryPage, Loader
    from foot_coach.ui.pages.reminders_page import RemindersPage
    from foot_coach.ui.pages.routine_page import RoutinePage
    from foot_coach.ui.pages.session_page import SessionPage
    from foot_coach.ui.pages.settings_page import SettingsPage

Key = Literal["exercises", "session", "history", "routine", "reminders", "settings"]


class Pages:
    """The pages of `window`; reading one (`pages.history`) makes it if it was not yet."""

    def __init__(
        self,
        window: MainWindow,
        catalog: Callable[[], Catalog],
        history: Loader,
        today: Callable[[], date],
        amounts: Callable[[], Mapping[str, Prescription]] = dict,
    ) -> None:
        self._window = window
        self._catalog, self._history, self._today = catalog, history, today
        self._amounts = amounts  # today's, for the Exercises page's first paint
        self._hooks: dict[str, list[Callable[[], None]]] = {}
        window.sig_page_made.connect(self._made)
        # The pointer or the keyboard on a page's button: the page is made before the click.
        window.sig_nav_near.connect(
            lambda key: QTimer.singleShot(0, window, lambda: window.page(key))
        )
        for key, title, make in (
            ("exercises", tr("Exercises"), self._exercises),
            ("session", tr("Session"), self._session),
            ("history", tr("History"), self._history_page),
            ("routine", tr("Routine"), self._routine),
            ("reminders", tr("Reminders"), self._reminders),
            ("settings", tr("Settings"), self._settings),
        ):
            window.add_page(key, title, make)

    def when_made(self, key: Key, hook: Callable[[], None]) -> None:
        """Run `hook` once the page is made (now, if it is): connect it, fill it."""
        if self._window.made(key):
            hook()
        else:
            self._hooks.setdefault(key, []).append(hook)

    def if_made(self, key: Key, show: Callable[[], None]) -> None:
        """Show a change on the page if it is made; one made later starts from the state."""
        if self._window.made(key):
            show()

    def made(self, key: Key) -> bool:
        return self._window.made(key)

    def _made(self, key: str) -> None:
        for hook in self._hooks.pop(key, []):
            hook()

    # --- the pages, made on first use -------------------------------------------------------
    @property
    def exercises(self) -> ExercisesPage:
        return cast("ExercisesPage", self._window.page("exercises"))

    @property
    def session(self) -> SessionPage:
        return cast("SessionPage", self._window.page("session"))

    @property
    def history(self) -> HistoryPage:
        return cast("HistoryPage", self._window.page("history"))

    @property
    def routine(self) -> RoutinePage:
        return cast("RoutinePage", self._window.page("routine"))

    @property
    def reminders(self) -> RemindersPage:
        return cast("RemindersPage", self._window.page("reminders"))

    @property
    def settings(self) -> SettingsPage:
        return cast("SettingsPage", self._window.page("settings"))

    def _exercises(self) -> QWidget:
        from foot_coach.ui.pages.exercises_page import ExercisesPage

        return ExercisesPage(self._catalog(), self._amounts(), self._window.holder())

    def _session(self) -> QWidget:
        from foot_coach.ui.pages.session_page import SessionPage

        return SessionPage()

    def _history_page(self) -> QWidget:
        from foot_coach.ui.pages.history_page import HistoryPage

        return HistoryPage(self._history, self._today, self._catalog().names())

    def _routine(self) -> QWidget:
        from foot_coach.ui.pages.routine_page import RoutinePage

        return RoutinePage(self._catalog())

    def _reminders(self) -> QWidget:
        from foot_coach.ui.pages.reminders_page import RemindersPage

        return RemindersPage()

    def _settings(self) -> QWidget:
        from foot_coach.ui.pages.settings_page import SettingsPage

        return SettingsPage()
