"""Start-up up to the window: the application, the data folder and its one owner, the log,
the settings and language, the catalogue and the history. Then the composition root (app.py)
builds the window and wires the actions, or, started hidden in the tray with nothing to show
or ask, only the tray and the reminder clock wait (tray_start.py) and the window is built
when first wanted.

Nothing here imports the window's modules: the entry point hands in how to import app.py,
which is done when the window is built, so the app waiting in the tray never loads them.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, NamedTuple, Protocol, cast

from PySide6.QtWidgets import QApplication

from foot_coach import APP_ID, APP_NAME, __version__
from foot_coach.cli import Options
from foot_coach.core.catalog import catalog_from
from foot_coach.core.words import Words, fill
from foot_coach.resources import exercises_table
from foot_coach.store import startup
from foot_coach.store.db import Store
from foot_coach.store.errors import StoreError, reason
from foot_coach.store.own_exercises import OwnExercisesFile
from foot_coach.store.settings import SettingsFile
from foot_coach.store.settings import load as load_settings
from foot_coach.system import assets, desktop, i18n
from foot_coach.system.clock import stamp
from foot_coach.system.i18n import tr
from foot_coach.system.logfile import start_log
from foot_coach.system.paths import Paths
from foot_coach.system.single_instance import SingleInstance
from foot_coach.ui import collector, theme

if TYPE_CHECKING:
    from foot_coach.actions.context import Context
    from foot_coach.actions.session import Sessions
    from foot_coach.core.catalog import Catalog
    from foot_coach.tray_start import TrayStart  # loaded only to wait in the tray

LOG = logging.getLogger("foot_coach")


class Coach(Protocol):
    """The composition root's Coach (app.py), as start-up uses it."""

    ctx: Context  # once finished(): built just after the window's first paint
    sessions: Sessions

    def later_launch(self, line: str) -> None: ...
    def finished(self) -> bool: ...
    def quit(self) -> None: ...


def run(options: Options, qt_argv: Sequence[str], composition: Callable[[], ModuleType]) -> int:
    """Start; the exit code. `composition` imports app.py, when the window is first built."""
    app = theme.application(qt_argv, APP_ID, APP_NAME, __version__)
    os.umask(0o077)  # every file and folder Foot Coach makes is the person's alone
    owned = own_folder(options)
    if isinstance(owned, int):
        return owned
    data = open_data(app, *owned)
    if data is None:
        return 1
    return _window_or_tray(app, options, owned, data, composition)


def _window_or_tray(
    app: QApplication, options: Options, owned: tuple[Paths, SingleInstance], data: Data,
    composition: Callable[[], ModuleType],
) -> int:  # fmt: skip
    """Started hidden with nothing to show or ask, wait in the tray; else open the window."""
    paths, instance = owned
    services = desktop.OnDemand(app.platformName())
    tray = tray_available() if options.minimized else None  # the window's Coach asks no more
    build = partial(_coach, composition, options, paths, data, services, tray, instance)
    quiet = options.start is None and not data.notices and not data.interrupted  # nothing to ask
    if tray and quiet:  # wait there with nothing else made
        from foot_coach.tray_start import TrayStart

        waiting: TrayStart[Coach] = TrayStart(
            data.kept, data.store, services, options.time_scale, app
        )  # fmt: skip
        return wait_in_tray(app, waiting, lambda w: composition().opened(app, build(w)), instance)
    coach = build(later=True)  # the parts the first paint does not show come after it
    LOG.info("started %s %s", APP_NAME, __version__)
    resume = data.interrupted[-1] if data.interrupted else None
    composition().show(app, coach, options, data.notices, resume)
    return until_quit(app, lambda: coach if coach.finished() else None, data.store, instance)


def _coach(
    composition: Callable[[], ModuleType], options: Options, paths: Paths, data: Data,
    services: desktop.OnDemand, tray: bool | None, instance: SingleInstance,
    waiting: TrayStart[Coach] | None = None, later: bool = False,
) -> Coach:  # fmt: skip
    """The composition root's Coach on the data start-up opened; a later launch tells it."""
    coach: Coach = composition().Coach(
        options, paths, data.store, data.catalog, settings_file=data.kept, own=data.own,
        notifier=services, probe=services, tray_available=tray, waiting=waiting, later=later,
    )  # fmt: skip
    instance.sig_message.connect(coach.later_launch)
    return coach


def own_folder(options: Options) -> tuple[Paths, SingleInstance] | int:
    """The data folder, made if new, with this launch as its one owner; or the exit code, when
    the folder cannot be made or a copy already running took this launch's wish."""
    paths = Paths.from_arg(options.data_dir)
    try:
        paths.ensure()
    except OSError as exc:
        text = tr("Foot Coach cannot open %1: %2.")
        critical(None, APP_NAME, fill(text, paths.data_dir, i18n.explain(reason(exc))))
        return 1
    instance = SingleInstance(paths.data_dir, paths.instance_lock)
    if not instance.claim():
        code = instance.hand_over(options.start, tell_not_answering)
        if code is not None:  # None: the owner quit instead of answering; this launch owns it
            return code
    return paths, instance


# A NamedTuple, not a dataclass: defined before the first paint, where a frozen dataclass
# costs 0.3-0.7 ms to define (dataclasses compiles its methods at import).
class Data(NamedTuple):
    """The person's data as start-up opened it, and what it has to tell them about it."""

    kept: SettingsFile
    catalog: Catalog
    store: Store
    own: OwnExercisesFile
    notices: list[str]  # in the chosen language, shown over the window
    interrupted: list[int]  # sessions a crash left running


def open_data(app: QApplication, paths: Paths, instance: SingleInstance) -> Data | None:
    """The log, the settings (with the look and language they choose), the catalogue, the
    history and the own exercises; None once a history that cannot be opened is told."""
    start_log(paths.log_file)
    startup.remove_leftovers(paths.data_dir)
    startup.make_private(paths.data_dir)
    saved, warnings = load_settings(paths.settings, stamp())
    theme.apply(app, theme.Mode(saved.theme), saved.larger_text)
    language = i18n.chosen(saved.language)
    i18n.install(app, language)
    # Shown in the chosen language, so only once its translation is in.
    notices = settings_notice(warnings)
    source = str(assets.path("exercises.toml"))
    catalog = i18n.catalog(catalog_from(exercises_table.TABLE, source), language)
    try:
        store, moved = startup.open_history(paths.database, paths.backups_dir, stamp())
    except StoreError as exc:
        # Let go first: a launch while the box is up then meets the problem itself and says
        # so, instead of handing its wish to a copy that is only showing this box.
        instance.release()
        critical(None, APP_NAME, i18n.explain(exc))
        return None
    notices += ["\n\n".join(map(i18n.explain, moved))] if moved else []
    interrupted, problems = startup.mark_interrupted(store)
    notices += [i18n.explain(p) for p in problems]
    own = OwnExercisesFile(paths.own_exercises, paths.pictures_dir, catalog)
    if problems := own.load(stamp()):
        notices.append("\n\n".join(map(i18n.explain, problems)))
    return Data(SettingsFile(paths.settings, saved), catalog, store, own, notices, interrupted)


def settings_notice(warnings: Sequence[Words]) -> list[str]:
    """What a person is told of settings that could not be read: plainly first, then what was
    wrong, which names a file format and a line (for whoever helps them with the computer)."""
    if not warnings:
        return []
    plainly = tr(
        "Foot Coach could not read all of its settings and uses its usual ones in their place. "
        "Your exercise history is not affected. The old settings file is kept next to the new "
        "one, its name ending in .bak and the date.\n\nWhat was wrong:"
    )
    return ["\n\n".join([plainly, *map(i18n.explain, warnings)])]


def wait_in_tray(
    app: QApplication, waiting: TrayStart[Coach], build: Callable[[TrayStart[Coach]], Coach],
    instance: SingleInstance,
) -> int:  # fmt: skip
    """Only the tray and the reminder clock run until the window is wanted; a later launch
    wants it too."""
    from foot_coach.system.signals import QuitOnSignal

    collector.enable()  # paused by the entry point until the window's first paint: there is none
    theme.give_icon(app)  # for the window, once it is wanted
    waiting.wait(build, instance.sig_message)
    QuitOnSignal(
        lambda: waiting.built().quit() if waiting.is_built() else waiting.quit(),
        app,
    )  # fmt: skip
    LOG.info("started %s %s in the tray", APP_NAME, __version__)
    built = lambda: waiting.built() if waiting.is_built() else None  # noqa: E731
    return until_quit(app, built, waiting.store, instance)


def until_quit(
    app: QApplication, coach: Callable[[], Coach | None], store: Store, instance: SingleInstance
) -> int:
    try:
        return app.exec()
    finally:
        if (made := coach()) is not None:
            made.ctx.cues.shut_down()  # killed, not waited for: quitting never hangs on audio
        try:
            store.put_back(stamp())  # gone while open: written back, or lost with the process
        except StoreError as exc:
            LOG.warning("the history file was deleted and cannot be put back: %s", exc)
        store.close()
        instance.release()  # last: nothing after this can still be using the data


def tray_available() -> bool:
    """Asked only for a start in the tray: the tray module and the question (an X11 round
    trip) are not needed before a window's first paint; a window opened instead is told."""
    from foot_coach.ui.tray import Tray

    return Tray.available()


def critical(parent: None, title: str, text: str) -> None:
    """A start-up that cannot go on says why; QMessageBox (1.5 ms to load) only then."""
    from PySide6.QtWidgets import QMessageBox

    theme.give_icon(cast(QApplication, QApplication.instance()))  # no window has given it
    QMessageBox.critical(parent, title, text)


def tell_not_answering(data_dir: Path) -> None:
    from foot_coach.ui import not_answering  # widgets and settings: rarely needed

    theme.give_icon(cast(QApplication, QApplication.instance()))  # no window has given it
    not_answering.tell(data_dir)
