"""A button whose words change tells a screen reader the new words, and Enter in the welcome
goes on from wherever the keyboard's focus is."""

from __future__ import annotations

from conftest import PAGES
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QPushButton

from foot_coach.core.session import Pause, Resume
from foot_coach.store.settings import Settings
from foot_coach.ui.first_run import FirstRunDialog


def said(button: QPushButton) -> tuple[str, str]:
    face = QAccessible.queryAccessibleInterface(button)
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description).strip()


def test_the_sessions_main_button_is_named_by_what_it_shows(make_coach, scheduler) -> None:
    coach = make_coach(Settings(muted=True, pain_checkins=False))
    coach.window.show()
    coach.window.show_page("session")
    button = coach.ctx.pages.session.buttons["pause"]
    heard = [said(button)]
    coach.sessions.start(["toe-spreading"])
    scheduler.advance()
    heard.append(said(button))
    coach.ctx.runner.send(Pause())
    heard.append(said(button))
    coach.ctx.runner.send(Resume())
    scheduler.run_until_idle()
    heard.append(said(button))
    assert heard == [
        ("Start routine", "Space"), ("Pause", "Space"), ("Resume", "Space"),
        ("Back to exercises", "Space"),
    ]  # fmt: skip


def test_in_focus_mode_its_button_says_how_to_leave_it(make_coach, scheduler) -> None:
    coach = make_coach(Settings(muted=True, pain_checkins=False))
    coach.window.show()
    coach.sessions.start(["toe-spreading"])
    scheduler.advance()
    button = coach.ctx.pages.session.buttons["focus"]
    heard = [said(button)]
    button.click()
    heard.append((*said(button), coach.window.isFullScreen()))
    button.click()
    heard.append((*said(button), coach.window.isFullScreen()))
    assert heard == [
        ("Focus mode", "F"), ("Leave focus mode", "F", True), ("Focus mode", "F", False),
    ]  # fmt: skip


def test_the_welcomes_last_button_is_named_by_what_it_shows(qtbot) -> None:
    dialog = FirstRunDialog(70)
    qtbot.addWidget(dialog)
    names = []
    for _ in range(3):
        names.append(said(dialog.next_button))
        dialog.answer()
    assert names == [("Next", "Go on (Enter)")] * 2 + [("Start using Foot Coach", "Go on (Enter)")]


def test_enter_goes_on_from_the_text_the_time_and_the_volume(qtbot) -> None:
    dialog = FirstRunDialog(70)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # only there does Next lose the focus to them
    steps = []
    for place in (dialog.pages.currentWidget, lambda: dialog.reminder_time, lambda: dialog.volume):
        place().setFocus()  # reached with Tab, away from Next
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        steps.append(dialog.step_label.text())
    assert steps == ["Step 2 of 3", "Step 3 of 3", "Step 3 of 3"]
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted


def repeated(root) -> list[str]:  # type: ignore[no-untyped-def]
    """Tab stops whose description is their name again, or it with their key: "Save push
    button. Save (Enter)"."""
    from PySide6.QtWidgets import QWidget

    found = []
    for stop in root.findChildren(QWidget):
        if not stop.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        face = QAccessible.queryAccessibleInterface(stop)
        name = face.text(QAccessible.Text.Name)
        described = face.text(QAccessible.Text.Description).strip()
        said, again = name.lower(), described.lower()
        if name and (again == said or again.startswith(f"{said} (")):
            found.append(f"{name!r}: {described!r}")
    return found


def test_no_tab_stop_says_its_name_twice(qtbot, make_coach) -> None:
    from dialog_steps import each_step, small_dialogs

    coach = make_coach(Settings(muted=True))
    coach.window.show()
    found = []
    for page in PAGES:
        coach.window.show_page(page)
        found += repeated(coach.window.page(page))
    dialogs = small_dialogs()
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    for dialog in each_step(dialogs):
        found += repeated(dialog)
    assert sorted(set(found)) == []


def test_a_charts_summary_is_said_once(qtbot) -> None:
    from foot_coach.ui.chart_frame import ChartFrame

    frame = ChartFrame("Active minutes")
    qtbot.addWidget(frame)
    frame.set_summary("128 active minutes in this range; one bar per day.")
    assert frame.summary.focusPolicy() & Qt.FocusPolicy.TabFocus  # a stop of its own
    assert repeated(frame) == []


def test_fields_and_days_are_named_in_whole_words_said_once(make_coach) -> None:
    from PySide6.QtWidgets import QFormLayout, QLabel

    coach = make_coach(Settings(muted=True))
    coach.window.show()
    coach.window.show_page("routine")
    routine = coach.ctx.pages.routine
    form = routine.count.parentWidget().findChild(QFormLayout)
    labels = [form.labelForField(f) for f in (routine.count, routine.hold)]
    assert [lab.text() for lab in labels if isinstance(lab, QLabel)] == ["Times", "Hold"]
    assert [routine.count.accessibleName(), routine.hold.accessibleName()] == ["Times", "Hold"]
    coach.window.show_page("reminders")
    reminders = coach.ctx.pages.reminders
    reminders.add_reminder()
    [row] = reminders.rows
    assert [day.accessibleName() for day in row.days] == [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]  # fmt: skip
    assert reminders.next_label.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_tab_reaches_whether_sound_and_voice_work(make_coach) -> None:
    from test_tab_order import tab_stops

    coach = make_coach(Settings(muted=True, voice=False))
    coach.window.show()
    coach.window.show_page("settings")
    page = coach.ctx.pages.settings
    page.show_status("The sounds are off.", "")
    stops = tab_stops(page)
    assert page.sound_status in stops and page.voice_status not in stops  # no silent stop
    assert stops.index(page.voice) < stops.index(page.sound_status) < stops.index(page.theme)


def test_tab_reaches_what_today_added_up_to_in_reading_order(make_coach, scheduler) -> None:
    """Orca 43 says no announcement: at the end it said "Session." and no total."""
    from test_tab_order import backward_steps, tab_stops

    coach = make_coach(Settings(muted=True, pain_checkins=False))
    coach.window.resize(1100, 700)
    coach.window.show()
    coach.sessions.start(["toe-spreading"])
    scheduler.run_until_idle()
    for _ in range(3):  # the places the end's layout settles in, not those on the way there
        QApplication.processEvents()
    page = coach.ctx.pages.session
    stops = tab_stops(page)
    assert page.summary in stops and page.summary.text().startswith("Today: 1 exercise")
    assert backward_steps(page) == []
