"""Screenshots of the carousel and the session view in light and dark, large and small."""

from __future__ import annotations

import pytest
from conftest import themed
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from foot_coach.actions import own_exercises
from foot_coach.app import Coach
from foot_coach.core import care
from foot_coach.core.care import Moment
from foot_coach.core.session import Stop
from foot_coach.store.settings import Reminder
from foot_coach.ui import help as help_ui
from foot_coach.ui import theme
from foot_coach.ui.checkin import CheckInDialog
from foot_coach.ui.first_run import FirstRunDialog
from foot_coach.ui.reminder_prompt import ReminderPrompt

SIZES = [(1280, 800), (800, 500)]
MODES = [theme.Mode.LIGHT, theme.Mode.DARK]


def distinct_colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def no_clipped_labels(root) -> list[str]:
    """Labels whose text needs more room than they were given (word-wrapped ones excepted)."""
    clipped = []
    for label in root.findChildren(QLabel):
        visible = label.isVisible() and not label.wordWrap() and label.text()
        if visible and label.sizeHint().width() > label.width() + 1:
            clipped.append(label.text())
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and button.sizeHint().width() > button.width() + 1:
            clipped.append(button.text())
    return clipped


def matches_mode(image: QImage, mode: theme.Mode) -> bool:
    """The window background (a corner pixel) is dark in dark mode and light in light mode."""
    lightness = QColor(image.pixel(2, image.height() - 3)).lightnessF()
    return lightness < 0.5 if mode is theme.Mode.DARK else lightness > 0.5


@pytest.fixture
def coach(make_coach, mode):
    with themed(mode):
        QApplication.processEvents()  # palette changes reach widgets through the event loop
        yield make_coach()
    QApplication.processEvents()


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_carousel_and_session_screens(qtbot, coach: Coach, scheduler, artifacts, mode, size):
    coach.window.resize(*size)
    coach.window.show()
    qtbot.waitExposed(coach.window)
    tag = f"{mode.value}-{size[0]}x{size[1]}"
    carousel = coach.window.grab().toImage()
    carousel.save(str(artifacts / f"carousel-{tag}.png"))
    assert distinct_colours(carousel) > 20
    assert matches_mode(carousel, mode)
    assert no_clipped_labels(coach.window) == []
    coach.sessions.start(coach.ctx.catalog.ids)
    for _ in range(7):  # into the first hold
        scheduler.advance()
    picture = coach.ctx.pages.session.picture
    qtbot.waitUntil(lambda: not picture.animating, timeout=2000)
    assert picture.current_pose == "toe-curls-active"
    session = coach.window.grab().toImage()
    session.save(str(artifacts / f"session-{tag}.png"))
    assert distinct_colours(session) > 20
    assert no_clipped_labels(coach.window) == []
    countdown = coach.ctx.pages.session.countdown
    assert countdown.fontMetrics().height() >= coach.window.height() / 4 * 0.8


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
@pytest.mark.parametrize("page", ["reminders", "settings", "routine"])
def test_reminders_and_settings_pages(qtbot, coach: Coach, artifacts, mode, page):
    coach.ctx.pages.reminders.show_values(
        (Reminder("08:30", (0, 1, 2, 3, 4)), Reminder("18:00", enabled=False)), True, False, False
    )
    coach.window.resize(800, 500)
    coach.window.show()
    coach.window.show_page(page)
    qtbot.waitExposed(coach.window)
    image = coach.window.grab().toImage()
    image.save(str(artifacts / f"{page}-{mode.value}-800x500.png"))
    assert distinct_colours(image) > 10
    assert matches_mode(image, mode)
    assert no_clipped_labels(coach.window) == []


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
def test_welcome_prompt_and_shortcuts(qtbot, coach: Coach, artifacts, mode):
    shots = {
        "welcome-1": FirstRunDialog(70),
        "reminder-prompt": ReminderPrompt(),
        "shortcuts": help_ui.shortcuts_dialog(None),
        "checkin": CheckInDialog(Moment.AFTER),
        "footwear": help_ui.footwear_dialog(None),
    }
    shots["checkin"].set_value("back", 4)
    shots["checkin"].set_value("knee", 2)
    welcome = FirstRunDialog(70)
    welcome.answer()
    shots["welcome-2"] = welcome
    welcome3 = FirstRunDialog(70)
    welcome3.answer()
    welcome3.answer()
    shots["welcome-3"] = welcome3
    for name, dialog in shots.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        image = dialog.grab().toImage()
        image.save(str(artifacts / f"{name}-{mode.value}.png"))
        assert distinct_colours(image, 3) > 5, name
        assert matches_mode(image, mode), name
        assert no_clipped_labels(dialog) == [], name


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
def test_session_end_with_rating_notice_and_changes(
    qtbot, coach: Coach, scheduler, artifacts, mode
):
    coach.window.resize(800, 500)
    coach.window.show()
    coach.sessions.start(["toe-curls"])
    scheduler.run_until_idle()
    page = coach.ctx.pages.session
    page.show_changes(
        ["Toe curls: now 11 times, hold 3 s each (was 10 times) — three sessions in a row "
         "finished and none felt too hard."]
    )  # fmt: skip
    page.notice.tell(care.TEXTS[care.Why.RISING])
    qtbot.waitExposed(coach.window)
    assert page.rating.isVisible() and page.notice.isVisible()
    for _ in range(3):
        QApplication.processEvents()
    image = coach.window.grab().toImage()
    image.save(str(artifacts / f"session-end-{mode.value}-800x500.png"))
    assert matches_mode(image, mode)
    assert no_clipped_labels(coach.window) == []


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
def test_exercise_editor_and_an_own_exercise_card(qtbot, coach: Coach, artifacts, mode):
    editor = own_exercises.copy(coach.ctx, "ankle-circles")
    qtbot.addWidget(editor)
    qtbot.waitExposed(editor)
    image = editor.grab().toImage()
    image.save(str(artifacts / f"exercise-editor-{mode.value}.png"))
    assert matches_mode(image, mode)
    assert no_clipped_labels(editor) == []
    editor.accept()
    coach.window.resize(800, 500)
    coach.window.show()
    coach.ctx.pages.exercises.show_card(coach.ctx.catalog.ids.index("ankle-circles-my-version"))
    qtbot.waitExposed(coach.window)
    card = coach.window.grab().toImage()
    card.save(str(artifacts / f"own-card-{mode.value}-800x500.png"))
    assert distinct_colours(card) > 10
    assert no_clipped_labels(coach.window) == []


def wrapped_labels_cut(root) -> list[str]:
    """Word-wrapped labels given less height than their lines need."""
    return [
        label.text()
        for label in root.findChildren(QLabel)
        if label.isVisible() and label.wordWrap() and label.text()
        and label.height() + 1 < label.heightForWidth(label.width())
    ]  # fmt: skip


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_session_at_200_percent_text_cuts_nothing(qtbot, make_coach, scheduler, artifacts, size):
    with themed(theme.Mode.LIGHT, 200):
        QApplication.processEvents()
        coach = make_coach()
        try:
            coach.window.resize(*size)
            coach.window.show()
            coach.sessions.start(["heel-to-toe-walk"])
            qtbot.waitExposed(coach.window)
            for _ in range(3):  # get ready, then the first steps
                QApplication.processEvents()
                assert wrapped_labels_cut(coach.ctx.pages.session) == []
                assert no_clipped_labels(coach.ctx.pages.session) == []
                scheduler.advance()
            coach.window.grab().save(str(artifacts / f"session-200pct-{size[0]}x{size[1]}.png"))
            countdown = coach.ctx.pages.session.countdown
            assert countdown.height() >= countdown.fontMetrics().height() * 0.9
        finally:
            coach.ctx.runner.send(Stop())
            coach.window.close()
    QApplication.processEvents()
