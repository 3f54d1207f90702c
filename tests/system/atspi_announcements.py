"""A screen reader that listens for AT-SPI announcements, as newer Orca does, with pyatspi.

Run by test_atspi_announcements.py with the system Python inside the private desktop of
private_desktop.sh. It starts the app given on its command line (which starts one exercise at
once) and, like a screen reader started after the app, begins to listen for
"object:announcement" only once the app's first words have gone out as a notice: the app then
learns of the new listener from the accessibility registry alone. It prints, as JSON, each
announcement's words and politeness (AT-SPI's detail1: 1 polite, 2 assertive) until the
session's end.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi
from atspi_client import pump


def main() -> None:
    heard: list[tuple[str, int]] = []
    notices: list[str] = []

    def on_announcement(event: pyatspi.Event) -> None:
        heard.append((str(event.any_data), int(event.detail1)))

    def on_showing(event: pyatspi.Event) -> None:
        if event.detail1 and event.source.getRole() == pyatspi.ROLE_NOTIFICATION:
            notices.append(str(event.source.name))

    pyatspi.Registry.registerEventListener(on_showing, "object:state-changed:showing")
    app = subprocess.Popen(sys.argv[1:])
    try:
        end = time.monotonic() + 40
        while time.monotonic() < end and not notices:
            pump(0.1)
        pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
        while time.monotonic() < end and not any("Today" in t for t, _ in heard):
            pump(0.1)
        print(json.dumps({"heard": heard}))
    finally:
        app.terminate()
        app.wait(10)


if __name__ == "__main__":
    main()
