"""Qt test helpers: the looks and languages screens are checked in, a coach on a stepped clock
(stepped.py), and fake audio helpers."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from stepped import FakeClock, FakeScheduler

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale
    from wall_fakes import Steps

    from foot_coach.app import Coach
    from foot_coach.ui.theme import Mode

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FOOT_COACH_TTS_ENGINE", "mock")

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
BERLIN = ZoneInfo("Europe/Berlin")


def _page_keys() -> tuple[str, ...]:
    from typing import get_args

    from foot_coach.ui.pages.book import Key

    return get_args(Key)


PAGES = _page_keys()  # the main window's pages in their order, as the app declares them


@pytest.fixture(autouse=True, scope="session")
def english(qapp) -> None:
    """English as the app runs it: with its plural forms ("1 day", "2 days")."""
    from foot_coach.system import i18n

    i18n.install(qapp, "en")


@pytest.fixture(params=["en", "de", "es"])
def language(request, qapp):
    """Each language the app speaks: German and Spanish words run longer than English, and a
    screen that fits in English may not (a pain check-in's question on two lines cut its
    numbers). Asked for before a coach, its pages are made in the language."""
    from foot_coach.system import i18n

    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")


# For tests that look for English left over: German and Spanish only.
NOT_ENGLISH = pytest.mark.parametrize("language", ["de", "es"], indirect=True)


@pytest.fixture(autouse=True)
def _no_real_audio_helper(monkeypatch) -> None:
    """UI tests hand the app fake audio helpers (audio_fakes.py): a real helper process would
    slow every session down and could outlive its test."""
    from foot_coach.system.audio import ProcessChannel

    def refuse(self) -> None:
        raise AssertionError("a UI test started a real audio helper: pass cues=...")

    monkeypatch.setattr(ProcessChannel, "start", refuse)


@contextmanager
def themed(mode: Mode, percent: int = 100) -> Iterator[None]:
    """The app's look in `mode` with text at `percent`; back to light at 100 % after, which
    every other test takes for granted (the look belongs to the application, not a widget)."""
    from PySide6.QtWidgets import QApplication

    from foot_coach.ui import theme

    app = QApplication.instance()
    theme.apply(app, mode, percent)
    try:
        yield
    finally:
        theme.apply(app, theme.Mode.LIGHT)


@contextmanager
def english_dates(country: QLocale.Country) -> Iterator[None]:
    """Dates as English in `country` writes them, whatever the machine's own language."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, country))
    try:
        yield
    finally:
        QLocale.setDefault(before)


@pytest.fixture(params=[100, 200], ids=lambda percent: f"{percent}pct")
def text_size(request, qapp) -> Iterator[int]:
    """Text at 100 % and at 200 %, in the light look."""
    from foot_coach.ui import theme

    with themed(theme.Mode.LIGHT, request.param):
        qapp.processEvents()  # the new font reaches widgets already made through the event loop
        yield request.param
    qapp.processEvents()


@pytest.fixture
def large_text(qapp) -> Iterator[None]:
    """Text at 200 %, in the light look."""
    from foot_coach.ui import theme

    with themed(theme.Mode.LIGHT, 200):
        yield


LOOKS = [(mode, percent) for mode in ("light", "dark") for percent in (100, 200)]


@pytest.fixture(params=LOOKS, ids=[f"{mode}-{percent}" for mode, percent in LOOKS])
def look(request, qapp) -> Iterator[tuple[Mode, int]]:
    """Each look a control is checked in: light and dark, with text at 100 % and 200 %."""
    from foot_coach.ui import theme

    mode, percent = theme.Mode(request.param[0]), request.param[1]
    with themed(mode, percent):
        yield mode, percent


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1_000)


@pytest.fixture
def scheduler(clock: FakeClock) -> FakeScheduler:
    return FakeScheduler(clock)


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def helpers() -> object:
    """Fake audio helpers (audio_fakes.py), answered for by the test."""
    from audio_fakes import Helpers

    return Helpers()


def quiet_cues() -> object:
    """Cues whose audio helpers are fakes that never answer: cues asked for are recorded."""
    from audio_fakes import Helpers

    return Helpers().cues()


@pytest.fixture
def make_coach(qtbot, tmp_path: Path, catalog, clock, scheduler):
    """Builds the real composition root on a stepped clock, with no tray, in a fresh folder."""
    from foot_coach.app import Coach
    from foot_coach.cli import Options
    from foot_coach.store.db import Store
    from foot_coach.store.settings import Settings, SettingsFile
    from foot_coach.system import i18n
    from foot_coach.system.paths import Paths

    stores: list[Store] = []

    def make(settings: Settings | None = None, language: str = "en", **extra: object) -> Coach:
        """`language` picks the exercises' texts; the words of the app are i18n.install's."""
        paths = Paths(tmp_path / "data")
        paths.ensure()
        store = Store.open(paths.database)
        stores.append(store)
        keeper = SettingsFile(paths.settings, settings or Settings(muted=True))
        # The wall clock is real here: on a real timer, a reminder owed at this hour of the day
        # would fire in a later test, into this test's deleted widgets.
        extra.setdefault("reminder_scheduler", FakeScheduler(clock))
        extra.setdefault("cues", quiet_cues())
        extra.setdefault("tray_available", False)
        exercises = i18n.catalog(catalog, language)
        coach = Coach(Options(None, False, 1.0), paths, store, exercises, clock, scheduler,
                      settings_file=keeper, **extra)  # fmt: skip
        qtbot.addWidget(coach.window)
        return coach

    yield make
    for store in stores:
        store.close()


@pytest.fixture
def build(make_coach):
    """A coach with a tray or without and these settings' `values`, its reminders started, on
    a stepped wall clock at 8:00 in Berlin; with the steps that clock takes."""

    from wall_fakes import Steps, Wall

    from foot_coach.store.settings import Settings

    def make(tray: bool, **values) -> tuple[Coach, Steps]:
        wall = Wall(datetime(2026, 11, 24, 8, 0, tzinfo=BERLIN))
        steps = Steps(wall)
        coach = make_coach(
            Settings(**values), tray_available=tray, wall=wall, zone=lambda: BERLIN,
            reminder_scheduler=steps,
        )  # fmt: skip
        coach.reminders.start()
        return coach, steps

    return make
