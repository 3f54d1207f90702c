"""Settings: sound, voice, look and language, the routine's order and rest, start at login.

Each change is saved through the settings file and shown back; the pages only show and
forward. A change that cannot be saved is kept for this run and the person is told.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from foot_coach.actions import coaching
from foot_coach.actions.context import Context
from foot_coach.actions.messages import tell
from foot_coach.core.words import fill
from foot_coach.store.settings import Settings
from foot_coach.system.autostart import launch_command
from foot_coach.system.i18n import tr
from foot_coach.ui import theme


class Look:
    """The theme and text size last applied: the app is restyled only when they change."""

    def __init__(self, value: Settings) -> None:
        self.applied = (value.theme, value.larger_text)  # applied at start, before any page

    def follow(self, value: Settings) -> None:
        look = (value.theme, value.larger_text)
        app = QApplication.instance()
        if look != self.applied and isinstance(app, QApplication):
            theme.apply(app, theme.Mode(value.theme), value.larger_text)
            self.applied = look


def wire(ctx: Context) -> None:
    ctx.pages.when_made("settings", lambda: connect_settings(ctx))
    ctx.settings.listeners.append(lambda _: apply_settings(ctx))
    ctx.settings.listeners.append(Look(ctx.settings.value).follow)
    ctx.pages.when_made("routine", lambda: ctx.pages.routine.sig_saved.connect(
        lambda ids, rest: change(ctx, routine=tuple(ids), rest_s=rest)
    ))  # fmt: skip
    ctx.pages.when_made("reminders", lambda: ctx.pages.reminders.sig_start_at_login.connect(
        lambda on: set_start_at_login(ctx, on)
    ))  # fmt: skip
    ctx.autostart.on_answer = lambda allowed: start_at_login_answered(ctx, allowed)
    ctx.pages.when_made("reminders", lambda: show_reminder_values(ctx))
    ctx.pages.when_made("settings", lambda: show_setting_values(ctx))


def connect_settings(ctx: Context) -> None:
    page = ctx.pages.settings
    page.sig_sound.connect(
        lambda volume, muted, voice: change(ctx, volume=volume, muted=muted, voice=voice)
    )
    page.sig_try_sound.connect(ctx.cues.try_sound)
    page.sig_look.connect(lambda mode, size: change(ctx, theme=mode, larger_text=size))
    page.sig_language.connect(lambda code: set_language(ctx, code))


def change(ctx: Context, **changes: object) -> None:
    """Saved at once. A disk that refuses is told once, not at every step of the volume
    or every tick, until a save works again (the line on the Reminders page stays)."""
    told = ctx.settings.unsaved
    problem = ctx.settings.change(**changes)
    if problem is None or not told:
        tell(ctx, problem)
    ctx.reminders.refresh()


def set_language(ctx: Context, code: str) -> None:
    """Saved now, used from the next start: rebuilding every page mid-use would lose places."""
    if code != ctx.settings.value.language:
        change(ctx, language=code)
        ctx.pages.settings.show_language_note()


def show_settings(ctx: Context) -> None:
    """The saved values on the pages made so far; the others show them when made."""
    coaching.show_amounts(ctx)
    ctx.pages.if_made("reminders", lambda: show_reminder_values(ctx))
    ctx.pages.if_made("settings", lambda: show_setting_values(ctx))
    apply_settings(ctx)


def show_reminder_values(ctx: Context) -> None:
    value = ctx.settings.value
    at_login = ctx.autostart.enabled()  # None in a Flatpak: the saved setting counts
    ctx.pages.reminders.show_values(
        value.reminders, value.skip_if_done, ctx.reminders.paused_today(),
        value.start_at_login if at_login is None else at_login,
    )  # fmt: skip
    ctx.pages.reminders.holds.show_values(
        hold_when_locked=value.hold_when_locked, hold_when_away=value.hold_when_away,
        hold_when_full_screen=value.hold_when_full_screen,
    )  # fmt: skip


def show_setting_values(ctx: Context) -> None:
    value = ctx.settings.value
    ctx.pages.settings.show_values(
        value.volume, value.muted, value.voice, value.theme, value.larger_text, value.language
    )
    ctx.pages.settings.show_status(ctx.cues.sound_status(), ctx.cues.voice_status())


def apply_settings(ctx: Context) -> None:
    value = ctx.settings.value
    ctx.cues.configure(value.volume, value.muted, value.voice)
    show_status(ctx)


def follow_cues(ctx: Context) -> None:
    """After the first paint: Settings follows what the audio helpers say. They start only
    when a session may start (ui/cues.py), not here."""
    ctx.cues.sig_changed.connect(lambda: show_status(ctx))
    show_status(ctx)


def show_status(ctx: Context) -> None:
    """What the sound and voice helpers found, on the Settings page if it is made."""
    cues = ctx.cues
    ctx.pages.if_made(
        "settings", lambda: ctx.pages.settings.show_status(cues.sound_status(), cues.voice_status())
    )


def start_at_login_answered(ctx: Context, allowed: bool) -> None:
    """Inside a Flatpak the desktop asks the person; a no comes back later, here."""
    if ctx.settings.value.start_at_login and not allowed:
        change(ctx, start_at_login=False)
        tell(ctx, tr("Your desktop did not allow Foot Coach to start at login."))


def set_start_at_login(ctx: Context, on: bool) -> None:
    try:
        ctx.autostart.set(on, launch_command(ctx.paths.data_dir if ctx.portable else None))
    except OSError as exc:
        tell(ctx, fill(tr("Start at login could not be changed: %1"), str(exc)))
        return
    change(ctx, start_at_login=on)
