"""A screen reader's view of Foot Coach, through AT-SPI with Debian's pyatspi.

Run by test_atspi.py with the system Python (pyatspi is not on PyPI), inside the
private desktop of private_desktop.sh. It starts the app given on its command line, presses
each page tab through AT-SPI, walks what shows, then starts one exercise and listens to the
announcements until the last phase: notifications that show, which Orca speaks. It prints
one JSON object for the test to judge.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

PAGES = ("Exercises", "History", "Routine", "Reminders", "Settings")


def pump(seconds: float) -> None:
    """Let D-Bus traffic through for a while: pyatspi answers events from the GLib loop."""
    context = GLib.MainContext.default()
    over: list[bool] = []
    GLib.timeout_add(max(1, int(seconds * 1000)), lambda: over.append(True))
    while not over:
        context.iteration(True)  # sleeps until an event or the timeout arrives


def find_app(pid: int, timeout: float) -> pyatspi.Accessible:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.get_process_id() == pid and app.childCount:
                return app
        pump(0.1)
    raise SystemExit(f"the app (pid {pid}) did not appear on the accessibility bus")


def showing(node: pyatspi.Accessible) -> list[pyatspi.Accessible]:
    """Every object on screen under `node`, depth first (the reading order)."""
    found = []
    for child in node:
        if child is None:
            continue
        states = child.getState()
        if not states.contains(pyatspi.STATE_SHOWING):
            continue
        found.append(child)
        found += showing(child)
    return found


def describe(node: pyatspi.Accessible) -> dict[str, object]:
    states = node.getState()
    relations = [r.getRelationType() for r in node.getRelationSet()]
    return {
        "role": node.getRoleName(),
        "name": node.name,
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "selected": states.contains(pyatspi.STATE_SELECTED),
        "labelled": pyatspi.RELATION_LABELLED_BY in relations,
        "text": text_of(node),
    }


def text_of(node: pyatspi.Accessible) -> str | None:
    """What the Text interface holds, or None when the object has none."""
    try:
        text = node.queryText()
    except NotImplementedError:
        return None
    return str(text.getText(0, -1))


def reading_of(node: pyatspi.Accessible) -> dict[str, object]:
    """A label with a number: its name, its Text and its Value, as a screen reader reads them."""
    value = node.queryValue()
    return {
        "name": node.name,
        "text": text_of(node),
        "value": value.currentValue,
        "maximum": value.maximumValue,
    }


def press(app: pyatspi.Accessible, role: int, name: str) -> None:
    for node in showing(app):
        if node.getRole() == role and node.name == name:
            action = node.queryAction()
            names = [action.getName(i) for i in range(action.nActions)]
            action.doAction(names.index("Press") if "Press" in names else 0)
            pump(0.3)
            return
    raise SystemExit(f"no {name!r} to press")


def main() -> None:
    command = sys.argv[1:]
    app_proc = subprocess.Popen(command)
    heard: list[tuple[str, str, int]] = []

    def on_announcement(event: pyatspi.Event) -> None:
        notice = event.source
        if notice.getRole() == pyatspi.ROLE_NOTIFICATION:
            heard.append((notice.name, notice.parent.getRoleName(), int(event.detail1)))

    try:
        app = find_app(app_proc.pid, 30)
        # Listening starts before the walk: the app learns of a new listener through the
        # registry a moment later, and the walk gives it that moment.
        pyatspi.Registry.registerEventListener(on_announcement, "object:state-changed:showing")
        pump(0.5)
        pages = {}
        for page in PAGES:
            press(app, pyatspi.ROLE_PAGE_TAB, page)
            pages[page] = [describe(node) for node in showing(app)]
        press(app, pyatspi.ROLE_PAGE_TAB, "Exercises")
        heard.clear()
        press(app, pyatspi.ROLE_PUSH_BUTTON, "Practise this exercise")
        end = time.monotonic() + 30
        countdown: list[dict[str, object]] = []
        count: list[dict[str, object]] = []
        # Until the last words: what today added up to, said after "Well done!".
        while time.monotonic() < end and not any("Today" in t for t, _, _ in heard):
            pump(0.1)
            if any(t == "Hold." for t, _, _ in heard) and not countdown:  # a hold: its number
                shown = showing(app)
                countdown = [reading_of(n) for n in shown if n.name.startswith("Seconds left")]
                count = [reading_of(n) for n in shown if re.fullmatch(r"\d+ of \d+", n.name)]
        pump(0.3)
        print(json.dumps({"pages": pages, "heard": heard, "countdown": countdown, "count": count}))
    finally:
        app_proc.terminate()
        app_proc.wait(10)


if __name__ == "__main__":
    main()
