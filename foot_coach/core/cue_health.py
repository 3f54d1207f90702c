"""When the sounds or the voice cannot be heard in a session, the line that says so, and when
a helper that failed is started anew.

Someone following along by ear hears only silence when the sound server or the speech daemon
is gone: nothing tells them that the countdown on screen is all there is now. A helper that
fails in a session is started anew, each time a little later than the time before, and at
most `TRIES` times in any `WINDOW_MS`: a speech daemon that dies at once every time would
otherwise be started again and again, taking the computer's time from the session. Once those
tries are spent it is tried again only when the oldest leaves the window, and until it is
heard again the part counts as silent. A part is also silent once it is up with nothing to
play through (no sound output, no speech engine). While it is starting, or about to be
started anew, nothing is said yet: a line that comes and goes within seconds would only
alarm.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from foot_coach.core.words import QT_TR_NOOP

FIRST_WAIT_MS = 2_000  # a moment: a restarted sound server is back within it
TRIES = 4  # so the longest wait between two tries is 2 s * 2^4, half a minute
WINDOW_MS = 10 * 60_000


@dataclass(frozen=True)
class Revival:
    """How one helper has been started anew in this session. Times are ms on a clock that
    only moves forward."""

    tries: tuple[int, ...] = ()  # when it was started anew, the latest `TRIES` at most
    given_up: bool = False  # its tries ran out, and it has not been heard since

    def failed(self, now: int) -> tuple[Revival, int]:
        """It failed at `now`: how it stands, and in how many ms to start it anew."""
        recent = self._recent(now)
        wait = FIRST_WAIT_MS * 2 ** len(recent)
        if len(recent) < TRIES:
            return Revival(recent, self.given_up), wait
        room = recent[-TRIES] + WINDOW_MS - now  # when the oldest try leaves the window
        return Revival(recent, given_up=True), max(wait, room)

    def started(self, now: int) -> Revival:
        return Revival((*self._recent(now), now)[-TRIES:], self.given_up)

    def heard(self) -> Revival:
        """It is up and working again: the line goes; its tries still count."""
        return Revival(self.tries)

    def _recent(self, now: int) -> tuple[int, ...]:
        return tuple(at for at in self.tries if now - at < WINDOW_MS)


@dataclass(frozen=True)
class Heard:
    """What one part, the sounds or the voice, amounts to for the person now."""

    wanted: bool = False  # on in Settings, not muted, and a session runs
    ready: bool = False  # its helper has said it is ready
    failed: bool = False  # its helper ended, stopped answering, or its engine fell into error
    given_up: bool = False  # its tries in this session ran out and it has not come back
    output: bool = True  # it has something to play through: a sound output, a working engine


def plays_through(role: str, info: Mapping[str, object]) -> bool:
    """Whether a helper, by what it last reported (`info`), has something to play through:
    the sounds' ("sound") an output and its cue sounds loaded, the voice's a working engine."""
    if role == "sound":
        return bool(info.get("output")) and not info.get("failed")
    return bool(info.get("engine")) and info.get("state") != "Error"


def silent(part: Heard) -> bool:
    if not part.wanted:
        return False
    if part.given_up:
        return True
    return part.ready and not part.output and not part.failed  # failed: started anew soon


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
