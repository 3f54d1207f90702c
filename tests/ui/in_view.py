"""The window as a person has it in front of them: shown at a size, on a page, settled; and a
turn of the mouse wheel as the desktop sends it."""

from __future__ import annotations

from typing import Any

from layout_walk import settle
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

# What a 1366x768 laptop leaves the window's inside once a panel and the title bar have their
# share.
LAPTOP = (1280, 700)


def shown(coach: Any, qtbot: Any, size: tuple[int, int] = LAPTOP, page: str = "") -> None:
    coach.window.resize(*size)
    coach.window.show()
    if page:
        coach.window.show_page(page)
    qtbot.waitExposed(coach.window)
    settle(coach.window)


def at_the_end(coach: Any, scheduler: Any, qtbot: Any, size: tuple[int, int]) -> None:
    """The whole routine done at once on the scheduler's clock, the end page settled."""
    shown(coach, qtbot, size)
    coach.sessions.start(coach.ctx.routine_ids())
    scheduler.run_until_idle()
    settle(coach.window)


def wheel_down(target: QWidget, at: QPoint | None = None) -> bool:
    """One notch down at `at` (target's centre if None); True if `target` kept the turn. Qt
    hands a turn its receiver did not take on to the parents only when it came from the
    desktop, as here."""
    where = QPointF(at if at is not None else target.rect().center())
    event = QWheelEvent(
        where, QPointF(target.mapToGlobal(where.toPoint())), QPoint(), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(target, event)
    return event.isAccepted()
