"""Start-up shows the window first and builds the other parts just after its first paint:
they are there before the person can act, and a later launch heard in between is not lost."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QApplication

from foot_coach.app import Coach, show
from foot_coach.cli import Options
from foot_coach.store.settings import Settings

SETTLED = Settings(first_run_done=True, muted=True, voice=False, pain_checkins=False)


def test_the_parts_come_after_the_first_paint_and_a_click_works_at_once(make_coach, qtbot):
    coach: Coach = make_coach(SETTLED, later=True)
    show(QApplication.instance(), coach, Options(None, False, 1.0), [])
    assert coach.window.made("exercises") and not coach.finished()  # the window paints first
    qtbot.waitUntil(coach.finished)
    coach.ctx.pages.exercises.start.click()
    assert coach.ctx.runner.active() and coach.window.current_page() == "session"


def test_a_later_launch_heard_before_the_parts_are_built_waits_for_them(make_coach, qtbot):
    coach: Coach = make_coach(SETTLED, later=True)
    coach.later_launch("start toe-curls")
    assert not coach.window.isVisible()
    coach.finish()
    assert coach.window.isVisible() and coach.ctx.runner.active()


def test_quitting_before_the_parts_are_built_just_quits(make_coach, qtbot, monkeypatch):
    coach: Coach = make_coach(SETTLED, later=True)
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    coach.quit()
    assert quits == [True] and not coach.finished()


def test_parts_that_cannot_be_built_end_the_app_with_the_reason_logged(
    make_coach, qtbot, monkeypatch, caplog
) -> None:
    """Otherwise the window stays with nothing behind it: its buttons do nothing, and quitting
    reaches for parts that were never made (as a window built from the tray that fails)."""
    from foot_coach.ui import runner

    def broken(*_: object) -> None:
        raise RuntimeError("a part is missing")

    coach: Coach = make_coach(SETTLED, later=True)
    monkeypatch.setattr(runner, "Runner", broken)
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", exits.append)
    show(QApplication.instance(), coach, Options(None, False, 1.0), [])
    qtbot.waitUntil(lambda: exits == [1])
    assert not coach.finished() and not coach.window.isVisible()
    assert "could not be built" in caplog.text and "a part is missing" in caplog.text


def test_the_cycle_collector_paused_for_start_up_runs_again_after_the_first_paint(
    make_coach, qtbot
) -> None:
    """The entry point pauses it while start-up makes what lives as long as the app; left
    paused, every cycle made while the app runs would be kept until it quits."""
    coach: Coach = make_coach(SETTLED, later=True)
    gc.disable()
    try:
        show(QApplication.instance(), coach, Options(None, False, 1.0), [])
        assert not gc.isenabled()  # not yet: the window has not painted
        qtbot.waitUntil(coach.finished)
        assert gc.isenabled()
    finally:
        gc.enable()


def test_the_entry_point_pauses_the_cycle_collector_before_start_up(monkeypatch) -> None:
    from foot_coach import __main__, start

    seen: list[bool] = []
    monkeypatch.setattr(start, "run", lambda *_: seen.append(gc.isenabled()) or 0)
    try:
        assert __main__.main(["--data-dir", "unused"]) == 0
    finally:
        gc.enable()
    assert seen == [False]
