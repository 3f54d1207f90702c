"""A screen reader that listens for AT-SPI announcements, as newer Orca does, with pyatspi.

Run by test_atspi_announcements.py with the system Python inside the private desktop of
private_desktop.sh. It listens for "object:announcement" before it starts the app given on its
command line (which starts one exercise at once), and prints, as JSON, each announcement's
words and politeness (AT-SPI's detail1: 1 polite, 2 assertive) until the session's end.
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

    def on_announcement(event: pyatspi.Event) -> None:
        heard.append((str(event.any_data), int(event.detail1)))

    pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
    app = subprocess.Popen(sys.argv[1:])
    try:
        end = time.monotonic() + 40
        while time.monotonic() < end and not any("Today" in t for t, _ in heard):
            pump(0.1)
        print(json.dumps({"heard": heard}))
    finally:
        app.terminate()
        app.wait(10)


if __name__ == "__main__":
    main()
