"""Help: the Help menu's dialogs and the three-step welcome, with its answers saved (and,
for an install no package brought, the menu entry the welcome offers)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from foot_coach import __version__
from foot_coach.actions import settings
from foot_coach.actions.context import Context
from foot_coach.actions.messages import tell
from foot_coach.store.settings import Reminder
from foot_coach.system.i18n import tr
from foot_coach.ui.main_window import HelpTopic

if TYPE_CHECKING:  # the dialogs load when first opened, not at start
    from foot_coach.ui.first_run import FirstRunDialog, Welcome


def wire(ctx: Context) -> None:
    ctx.window.sig_help.connect(lambda topic: show_help(ctx, topic))


def show_help(ctx: Context, topic: HelpTopic) -> None:
    if topic is HelpTopic.WELCOME:
        welcome(ctx)
        return
    from foot_coach.ui import help as help_ui

    dialog = {
        HelpTopic.SHORTCUTS: lambda: help_ui.shortcuts_dialog(ctx.window),
        HelpTopic.TROUBLESHOOTING: lambda: help_ui.troubleshooting_dialog(ctx.window),
        HelpTopic.ABOUT: lambda: help_ui.about_dialog(ctx.window, __version__, ctx.paths.data_dir),
        HelpTopic.FOOTWEAR: lambda: help_ui.footwear_dialog(ctx.window),
    }[topic]()
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def welcome(ctx: Context) -> FirstRunDialog:
    """The three-step welcome; answers are saved when it closes, whichever way."""
    from foot_coach.system import desktop_entry
    from foot_coach.ui.first_run import FirstRunDialog

    offer = desktop_entry.offered(os.environ, Path.home())
    dialog = FirstRunDialog(ctx.settings.value.volume, ctx.window, offer_menu_entry=offer)
    dialog.sig_try_sound.connect(lambda volume: try_sound(ctx, volume))
    dialog.sig_try_voice.connect(
        lambda: ctx.cues.try_voice(tr("Hold… and release. Four of twelve."))
    )
    dialog.finished.connect(lambda _: apply_welcome(ctx, dialog.result_welcome()))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def try_sound(ctx: Context, volume: int) -> None:
    ctx.cues.configure(volume, False, ctx.cues.voice)
    ctx.cues.try_sound()


def apply_welcome(ctx: Context, answers: Welcome) -> None:
    changes: dict[str, object] = {"first_run_done": True}
    if answers.reminder is not None:
        at = answers.reminder.toString("HH:mm")
        if all(r.time != at for r in ctx.settings.value.reminders):
            changes["reminders"] = (*ctx.settings.value.reminders, Reminder(at))
    if answers.volume is not None:
        changes["volume"] = answers.volume
    if answers.sound_on is not None:
        changes["muted"] = not answers.sound_on
    if answers.voice_on is not None:
        changes["voice"] = answers.voice_on
    settings.change(ctx, **changes)
    if answers.menu_entry:
        add_menu_entry(ctx)
    settings.show_settings(ctx)


def add_menu_entry(ctx: Context) -> None:
    from foot_coach.system import desktop_entry

    try:
        desktop_entry.install(desktop_entry.data_home(os.environ, Path.home()),
                              desktop_entry.launcher())  # fmt: skip
    except OSError as exc:
        tell(ctx, tr("Foot Coach could not be added to the menu: %1").replace("%1", str(exc)))
