"""The entry point (`foot-coach`, `python -m foot_coach`): reads the command line, then runs the
self-check, installs or removes the menu entry, or runs the app. Qt is imported only after
parsing, so --help and --version need no display."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from foot_coach import cli


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == [cli.AUDIO_WORKER]:
        # Before anything else: a helper needs none of the app, only its audio part.
        from foot_coach.system.audio_worker import main as audio_worker

        return audio_worker(args[1:])
    options = cli.parse(args)
    if options.desktop is not None:
        from foot_coach.system import desktop_entry

        return desktop_entry.main(remove=options.desktop == "uninstall")
    if options.self_check:
        from foot_coach.system.selfcheck import main as self_check

        return self_check()
    # Start-up makes some 30,000 objects that live as long as the app (modules, classes, the
    # window), and Python's cycle collector would walk them again and again while they are
    # made: 52 collections, 6 ms, before the first paint, with little to find. It runs
    # again once the window has painted (app.show), or at once when the app waits in the tray.
    gc.disable()
    from foot_coach.system import qt_messages

    os.environ["QT_LOGGING_RULES"] = qt_messages.rules(os.environ.get("QT_LOGGING_RULES"))
    from foot_coach.system.paths import Paths
    from foot_coach.system.support_bytecode import import_pyside

    # First: PySide's import hook is in place before those of the modules below run.
    support = import_pyside(Paths.from_arg(options.data_dir).support_cache)
    from foot_coach.system import after_pyside

    after_pyside.prepare()
    from foot_coach.start import run

    try:
        return run(options, sys.argv[:1], composition)
    finally:
        # On the way out: nothing waits for it, and a first start's folder exists by now. The
        # folder is let go already, which this one file may ignore: it is written whole under
        # a temporary name, and whoever reads it checks each module against PySide's source.
        support.save()


def composition() -> ModuleType:
    """The composition root, imported when the window is first built: not at all while the
    app waits in the tray."""
    from foot_coach import app

    return app


if __name__ == "__main__":
    sys.exit(main())
