"""Preferences wired in: settings, the routine editor, the welcome and Help. Each change is
saved through the settings keeper and shown back; the pages only show and forward."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from foot_coach import APP_NAME, __version__, coaching, i18n, settings
from foot_coach.autostart import launch_command
from foot_coach.core import progression
from foot_coach.core.catalog import Prescription
from foot_coach.core.prompts import Sound
from foot_coach.core.words import Words
from foot_coach.i18n import tr
from foot_coach.store import log
from foot_coach.ui import help as help_ui
from foot_coach.ui import theme
from foot_coach.ui.first_run import FirstRunDialog, Welcome

if TYPE_CHECKING:
    from foot_coach.app import Coach


def show_help(coach: Coach, kind: str) -> None:
    if kind == "welcome":
        welcome(coach)
        return
    dialog = {
        "shortcuts": lambda: help_ui.shortcuts_dialog(coach.window),
        "troubleshooting": lambda: help_ui.troubleshooting_dialog(coach.window),
        "about": lambda: help_ui.about_dialog(coach.window, __version__, coach.paths.data_dir),
        "footwear": lambda: help_ui.footwear_dialog(coach.window),
    }[kind]()
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def welcome(coach: Coach) -> FirstRunDialog:
    """The three-step welcome; answers are saved when it closes, whichever way."""
    value = coach.keeper.value
    dialog = FirstRunDialog(value.volume, coach.window)
    dialog.sig_try_sound.connect(lambda volume: try_sound(coach, volume))
    dialog.sig_try_voice.connect(lambda: coach.cues.say(tr("Hold… and release. Four of twelve.")))
    dialog.finished.connect(lambda _: apply_welcome(coach, dialog.result_welcome()))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def try_sound(coach: Coach, volume: int) -> None:
    coach.cues.configure(volume, False, coach.cues.voice)
    coach.cues.play(Sound.HOLD)


def apply_welcome(coach: Coach, answers: Welcome) -> None:
    changes: dict[str, object] = {"first_run_done": True}
    if answers.reminder is not None:
        at = answers.reminder.toString("HH:mm")
        if all(r.time != at for r in coach.keeper.value.reminders):
            changes["reminders"] = (*coach.keeper.value.reminders, settings.Reminder(at))
    if answers.volume is not None:
        changes["volume"] = answers.volume
    if answers.sound_on is not None:
        changes["muted"] = not answers.sound_on
    if answers.voice_on is not None:
        changes["voice"] = answers.voice_on
    change(coach, **changes)
    show_settings(coach)


def wire_preferences(coach: Coach) -> None:
    page, reminders = coach.reminders_page, coach.reminders
    page.sig_reminders.connect(lambda value: change(coach, reminders=value))
    page.sig_skip_if_done.connect(lambda on: change(coach, skip_if_done=on))
    page.sig_pause_today.connect(lambda on: tell(coach, reminders.pause_today(on)))
    page.sig_start_at_login.connect(lambda on: set_start_at_login(coach, on))
    page.sig_add_to_calendar.connect(lambda path: add_to_calendar(coach, path))
    page.holds.sig_hold.connect(lambda key, on: change(coach, **{key: on}))
    reminders.sig_next.connect(page.show_next)
    reminders.sig_waiting.connect(page.waiting.show_reason)
    coach.settings_page.sig_sound.connect(
        lambda volume, muted, voice: change(coach, volume=volume, muted=muted, voice=voice)
    )
    coach.settings_page.sig_try_sound.connect(lambda: coach.cues.play(Sound.HOLD))
    coach.settings_page.sig_look.connect(
        lambda mode, size: change(coach, theme=mode, larger_text=size)
    )
    coach.settings_page.sig_language.connect(lambda code: set_language(coach, code))
    coach.keeper.listeners.append(lambda _: apply_settings(coach))
    coach.routine_page.sig_saved.connect(
        lambda ids, rest: change(coach, routine=tuple(ids), rest_s=rest)
    )
    coach.routine_page.sig_manual.connect(lambda *amount: set_by_hand(coach, *amount))
    coach.routine_page.sig_automatic.connect(
        lambda exercise_id: back_to_automatic(coach, exercise_id)
    )


def set_language(coach: Coach, code: str) -> None:
    """Saved now, used from the next start: rebuilding every page mid-use would lose places."""
    if code != coach.keeper.value.language:
        change(coach, language=code)
        coach.settings_page.language_note.show()


def set_by_hand(coach: Coach, exercise_id: str, count: int, hold_s: int) -> None:
    exercise = coach.catalog.get(exercise_id)
    rx = progression.clamp_manual(exercise, Prescription(count, hold_s))
    coaching.record(coach, exercise_id, rx, "manual", "set by hand")
    show_prescriptions(coach)


def back_to_automatic(coach: Coach, exercise_id: str) -> None:
    rx = coach.prescriptions()[exercise_id]
    coaching.record(coach, exercise_id, rx, "reset", "back to automatic")
    show_prescriptions(coach)


def show_prescriptions(coach: Coach) -> None:
    latest = log.latest_prescriptions(coach.store.conn)
    current = coach.prescriptions(latest)
    coach.exercises.show_prescriptions(current)
    manual = {i for i, row in latest.items() if row.source == "manual"}
    row = coach.routine_page.list.currentRow()
    value = coach.keeper.value
    coach.routine_page.show_values(coach.routine_ids(), value.rest_s, current, manual)
    coach.routine_page.list.setCurrentRow(max(row, 0))


def show_settings(coach: Coach) -> None:
    value = coach.keeper.value
    show_prescriptions(coach)
    coach.reminders_page.show_values(
        value.reminders, value.skip_if_done, coach.reminders.paused_today(),
        coach.autostart.enabled(),
    )  # fmt: skip
    coach.reminders_page.holds.show_values(
        hold_when_locked=value.hold_when_locked, hold_when_away=value.hold_when_away,
        hold_when_full_screen=value.hold_when_full_screen,
    )  # fmt: skip
    coach.settings_page.show_values(
        value.volume, value.muted, value.voice, value.theme, value.larger_text, value.language
    )
    apply_settings(coach)


def apply_settings(coach: Coach) -> None:
    value = coach.keeper.value
    coach.cues.configure(value.volume, value.muted, value.voice)
    coach.settings_page.show_status(coach.cues.sound_status(), coach.cues.voice_status())
    look = (value.theme, value.larger_text)
    app = QApplication.instance()
    if look != coach.look and isinstance(app, QApplication):
        theme.apply(app, theme.Mode(value.theme), value.larger_text)
        coach.look = look


def change(coach: Coach, **changes: object) -> None:
    tell(coach, coach.keeper.change(**changes))
    coach.reminders.refresh()


def tell(coach: Coach, problem: Words | str | None) -> None:
    text = i18n.explain(problem) if problem else ""
    coach.reminders_page.show_message(text)
    if text:
        QMessageBox.warning(coach.window, APP_NAME, text)


def add_to_calendar(coach: Coach, path: str) -> None:
    problem = coach.reminders.save_calendar(Path(path))
    if problem is not None:
        tell(coach, problem)
        return
    saved = tr(
        "Saved as %1. Open this file with your calendar, or send it to your phone, and it "
        "reminds you at the same times. After changing the times, add the new file again."
    )
    coach.reminders_page.show_message(saved.replace("%1", path))


def set_start_at_login(coach: Coach, on: bool) -> None:
    try:
        coach.autostart.set(
            on, launch_command(coach.paths.data_dir if coach.options.data_dir else None)
        )
    except OSError as exc:
        tell(coach, tr("Start at login could not be changed: %1").replace("%1", str(exc)))
        return
    change(coach, start_at_login=on)
