"""The end of a routine in a short window at 200 % text (800x500 on a screen as small, its
title bar taken): what it says scrolls, and Tab brings each part of it into view, as
the mouse wheel does, while Back to exercises stays on screen."""

from __future__ import annotations

from datetime import date, timedelta
from random import Random

import pytest
from conftest import themed
from layout_walk import settle
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel
from test_laptop_fit import on_screen

from foot_coach.store.seed import seed_first_days, seed_history
from foot_coach.store.settings import Settings
from foot_coach.ui import theme


def seen_by_tab(window, area) -> list[tuple[int, int]]:
    """The stretches of the area's content in view as the page opens, and as Tab goes once
    round the window."""
    bar = area.verticalScrollBar()
    seen, first = [(bar.value(), bar.value() + area.viewport().height())], None
    for _ in range(60):
        window.focusNextChild()
        settle(window)
        focused = QApplication.focusWidget()
        if focused is first:
            break
        first = first or focused
        seen.append((bar.value(), bar.value() + area.viewport().height()))
    return seen


@pytest.mark.parametrize("history", ["first-days", "ten-years"])
def test_tab_brings_every_part_of_the_end_into_view(
    make_coach, scheduler, qtbot, artifacts, language: str, history: str
) -> None:
    with themed(theme.Mode.LIGHT, 200):
        coach = make_coach(Settings(muted=True, pain_checkins=False), language=language)
        yesterday = date.today() - timedelta(days=1)
        if history == "first-days":  # three good days: the amounts go up, a line each
            seed_first_days(coach.ctx.store.conn, 3, yesterday, Random(1))
        else:
            seed_history(coach.ctx.store.conn, 3650, yesterday, Random(10))
        coach.window.setMinimumSize(800, 456)  # as window_place leaves it on an 800x500 screen
        coach.window.resize(800, 456)
        coach.window.show()
        qtbot.waitExposed(coach.window)
        coach.reminders.start()  # the end says when the next reminder comes
        coach.sessions.start(list(coach.ctx.catalog.ids))
        scheduler.run_until_idle()
        settle(coach.window)
        coach.window.grab().save(str(artifacts / f"end-800x456-{history}-{language}.png"))
        page = coach.ctx.pages.session
        area, body = page.scroll_bar.parentWidget().parentWidget(), page.scrolled.parentWidget()
        assert page.scroll_bar.maximum() > 0, "all of it fits: nothing to check"
        seen = seen_by_tab(coach.window, area)
        for label in body.findChildren(QLabel):
            if label.isVisible() and label.text():
                top = label.mapTo(body, QPoint(0, 0)).y()
                line = top + label.fontMetrics().height()
                assert any(a <= top and line <= b for a, b in seen), label.text()[:40]
        assert on_screen(page.buttons["pause"], coach.window), "Back to exercises is cut"
