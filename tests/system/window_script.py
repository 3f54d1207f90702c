"""Run on a real X display with a window manager (see test_window_place.py): starts the real
app, waits until the window manager has framed the window, and prints one JSON line of where
the window, its frame, "Start routine" and the session's Stop row are; then it moves the window
if asked, and quits the way a person does, so the place is saved."""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import QApplication, QWidget

import foot_coach.app as app_module
from foot_coach.__main__ import main
from foot_coach.core.session import Stop
from foot_coach.ui.widgets import measure

data_dir, move_to = sys.argv[1], sys.argv[2]  # move_to: "x,y,w,h" or "-"
shown = app_module.show


def box(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def on_screen(widget: QWidget) -> list[int]:
    return box(QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size()))


def report(coach: app_module.Coach) -> dict:
    window = coach.window
    QApplication.processEvents()
    return {
        "free": box(measure.free_area(window.frameGeometry().center())),
        "frame": box(window.frameGeometry()),
        "inner": box(window.geometry()),
        "start": on_screen(coach.ctx.pages.exercises.start),
    }


def when_framed(coach: app_module.Coach, then, deadline: float) -> None:
    """Calls `then` once the window manager's frame is around the window (or time is up)."""
    window = coach.window
    if window.frameGeometry() != window.geometry() or time.monotonic() > deadline:
        QTimer.singleShot(300, then)  # the first fit's move and resize take a round trip
    else:
        QTimer.singleShot(20, lambda: when_framed(coach, then, deadline))


def check(coach: app_module.Coach) -> None:
    result = report(coach)
    coach.sessions.start(coach.ctx.routine_ids())
    QApplication.processEvents()
    page = coach.ctx.pages.session
    result["stop"] = on_screen(page.buttons["stop"])
    result["hurts"] = on_screen(page.buttons["hurts"])
    coach.ctx.runner.send(Stop())
    if move_to != "-":
        x, y, w, h = map(int, move_to.split(","))
        coach.window.resize(w, h)
        coach.window.move(x, y)
    QTimer.singleShot(300, lambda: finish(coach, result))


def finish(coach: app_module.Coach, result: dict) -> None:
    result["left_at"] = box(coach.window.frameGeometry())
    print(json.dumps(result), flush=True)
    coach.sessions.quit()


def show(app, coach, *rest) -> None:  # type: ignore[no-untyped-def]
    shown(app, coach, *rest)
    QTimer.singleShot(0, lambda: when_framed(coach, lambda: check(coach), time.monotonic() + 10))


app_module.show = show
sys.exit(main(["--data-dir", data_dir]))
