"""Opening what a person saved (a report, a folder) with the program their computer has for it.

On Linux Qt's opener starts xdg-open and learns only that it started: with nothing on the
computer for PDFs, "Open the report" did nothing at all, and nothing said why. xdg-open tells
by how it ends (3: "no method available"), so it is started here and its end is watched
through a process file descriptor: no polling, and the window is never held up. Where that
cannot be done (another system, no xdg-open), Qt's opener is used."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable

from PySide6.QtCore import QSocketNotifier, QUrl
from PySide6.QtGui import QDesktopServices

LOG = logging.getLogger("foot_coach")
COMMAND = "xdg-open"
# Kept while their opener runs; a notifier nobody holds would be collected and never fire.
_watching: set[QSocketNotifier] = set()


def open_path(path: str, failed: Callable[[], None], command: str = COMMAND) -> None:
    """Ask the desktop to open `path`; `failed` runs once it is known that nothing opens it."""
    opener = shutil.which(command) if sys.platform.startswith("linux") else None
    if opener is None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            failed()
        return
    try:
        # A session of its own: the program it opens stays open when Foot Coach quits.
        child = subprocess.Popen(
            [opener, path],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError as exc:
        LOG.warning("could not start %s for %s: %s", opener, path, exc)
        failed()
        return
    try:
        ended = os.pidfd_open(child.pid)
    except (AttributeError, OSError):  # an old kernel: it opens or not, unwatched
        return
    notifier = QSocketNotifier(ended, QSocketNotifier.Type.Read)

    def done() -> None:
        notifier.setEnabled(False)
        _watching.discard(notifier)
        os.close(ended)
        code = child.wait()  # at once: it has ended
        if code != 0:
            LOG.info("%s found nothing to open %s with (exit status %d)", opener, path, code)
            failed()

    notifier.activated.connect(done)
    _watching.add(notifier)
