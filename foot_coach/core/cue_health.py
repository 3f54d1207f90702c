"""When the sounds or the voice cannot be heard in a session, and the line that says so.

Someone following along by ear hears only silence when the sound server or the speech daemon
is gone: nothing tells them that the countdown on screen is all there is now. A part counts
as silent once nothing in this session will bring it back (its helper failed and was already
started anew once), or once it is up with nothing to play through (no sound output, no speech
engine, an engine in error). While it is starting, or about to be started anew, nothing is
said yet: a line that comes and goes within seconds would only alarm.
"""

from __future__ import annotations

from dataclasses import dataclass

from foot_coach.core.words import QT_TR_NOOP


@dataclass(frozen=True)
class Heard:
    """What one part, the sounds or the voice, amounts to for the person now."""

    wanted: bool = False  # on in Settings, not muted, and a session runs
    ready: bool = False  # its helper has said it is ready
    failed: bool = False  # its helper ended, stopped answering, or its engine fell into error
    again: bool = False  # a new helper is to be started in this session
    output: bool = True  # it has something to play through: a sound output, a working engine


def silent(part: Heard) -> bool:
    if not part.wanted:
        return False
    if part.failed:
        return not part.again
    return part.ready and not part.output


def silence_line(sounds: Heard, voice: Heard) -> str:
    """The marked English line for what cannot be heard, or "" when all that is wanted is."""
    if silent(sounds) and silent(voice):
        return QT_TR_NOOP(
            "The sounds and the voice are not working. Follow the countdown on screen."
        )
    if silent(voice):
        return QT_TR_NOOP("The voice is not working. Follow the countdown on screen.")
    if silent(sounds):
        return QT_TR_NOOP("The sounds are not working. Follow the countdown on screen.")
    return ""
