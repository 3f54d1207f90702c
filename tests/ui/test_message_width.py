"""A question box is as wide as a comfortable line of its text: Qt wraps at 500 px whatever
the text size, and at 200 % text the offer to carry on stood narrow and tall."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

from foot_coach.store import log
from foot_coach.store.settings import Settings
from foot_coach.ui.widgets.message_width import LINE_CHARS


@pytest.mark.parametrize("text_size", [100, 200], indirect=True, ids=lambda p: f"{p}pct")
def test_the_offer_to_carry_on_is_wide_enough_to_read(
    qtbot, make_coach, language: str, text_size: int, artifacts
) -> None:
    coach = make_coach(Settings(muted=True), language=language)
    coach.window.resize(1366, 768)
    coach.window.show()
    session_id = log.start_session(coach.ctx.store.conn, coach.ctx.wall(), ["heel-to-toe-walk"])
    box = coach.sessions.offer_resume(session_id)
    assert box is not None
    qtbot.waitExposed(box)
    QApplication.processEvents()
    box.grab().save(str(artifacts / f"carry-on-{language}-{text_size}pct.png"))
    text = box.findChild(QLabel, "qt_msgbox_label")
    line = text.fontMetrics()
    box.reject()
    free = QGuiApplication.primaryScreen().availableGeometry().width()
    wide = min((LINE_CHARS - 10) * line.averageCharWidth(), free * 3 // 4 - line.averageCharWidth())
    assert text.width() >= wide, text.width()
    assert box.width() > box.height(), box.size()
