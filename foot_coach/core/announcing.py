"""When a screen reader is told something: which words may cut in, and which wait their turn.

A screen reader is often in the middle of a sentence (the button just reached, the step before)
when the app has something new to say. What needs doing now (a new step, pausing or stopping,
a problem) is assertive and goes at once; everything else (a count, how far along, what an
action came to) is polite: it waits until what was said last has had time to be heard, and a
newer count or position replaces an older one still waiting, so a count every second cannot
pile up or cut itself short. Words that cut in take along what still waits, unless it is a
count or position they made stale. The same words are not said twice in a row. Times are plain
milliseconds from any steady clock, given by the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum, auto

from foot_coach.core.phase_kind import PhaseKind
from foot_coach.core.words import one_line


class Politeness(Enum):
    POLITE = auto()  # after what the screen reader is saying
    ASSERTIVE = auto()  # now, cutting in


class Kind(Enum):
    """What a piece of words is, as far as interrupting goes."""

    STEP = auto()  # a session's phase began: what to do now
    STATE = auto()  # paused, carrying on, stopped (also "Stop — it hurts")
    PROBLEM = auto()  # something went wrong or was refused
    COUNT = auto()  # a beat's number
    PROGRESS = auto()  # how far along, or what came into view
    STATUS = auto()  # what an action came to, a question, a note, a summary


POLITENESS = {
    Kind.STEP: Politeness.ASSERTIVE,
    Kind.STATE: Politeness.ASSERTIVE,
    Kind.PROBLEM: Politeness.ASSERTIVE,
    Kind.COUNT: Politeness.POLITE,
    Kind.PROGRESS: Politeness.POLITE,
    Kind.STATUS: Politeness.POLITE,
}
# A newer one of these makes an older one still waiting wrong, not only late.
SUPERSEDED = frozenset({Kind.COUNT, Kind.PROGRESS})

REPEAT_MS = 10_000  # the same words again within this are left out
# How long a screen reader takes to say words, from sending them until it could say the next.
# Measured for each step, count, rest, pause and end of a session in English, German and
# Spanish (espeak-ng through Speech Dispatcher as Orca 43 drives it: its default rate, the
# punctuation level "most", the language's voice; Orca passed each notice on within 5-40 ms):
# 0.46-0.53 s and then 68-74 ms a character, the language changing that by under a tenth, so
# one rule serves all three. A count took 0.60-0.90 s, far more than its one or two characters
# suggest. The estimate errs long: Orca 43 never cuts itself short but queues what comes while
# it speaks, so words sent too soon make all after them late (on a clock twice as fast, counts
# queued behind the words before them and the next step came 1.8 s late). 0.9 s and 0.1 s a
# character is above every measurement: the slowest count by 0.1 s, the slowest line by 0.2 s.
START_MS = 900
PER_CHAR_MS = 100
ENDS = (".", "!", "?", ":", "…")  # what ends a sentence, as a screen reader pauses after it


# Orca reads through Speech Dispatcher at the punctuation level "most", which says these by
# name: "Get ready colon Heel dash to dash toe walk", "Rest em dash next colon" (Speech
# Dispatcher's log under Orca 43; German and Spanish name them too, and the quotes around
# „Weiter“ took 3.4 s). Words for a screen reader go without them: a pause where one stood
# between words, a space inside a word, nothing where quotes or ¡ ¿ only framed the words.
PAUSES = re.compile(r"\s*[—–]\s*|:(?:\s+|$)")
HYPHEN = re.compile(r"(?<=[^\W\d])-(?=[^\W\d])")  # between letters: Heel-to-toe
FRAMES = re.compile('["„“”«»‹›¡¿…]')


def plain(text: str) -> str:
    """The words as a screen reader should say them, without punctuation said by name, on one
    line: Orca 43 said nothing of a notice whose words held a line break (the day's summary)."""
    text = HYPHEN.sub(" ", FRAMES.sub("", one_line(text)))
    return PAUSES.sub(", ", text).rstrip(", ")


def politeness(kind: Kind) -> Politeness:
    return POLITENESS[kind]


def phase_kind(phase: PhaseKind) -> Kind:
    """A beat's bare number is a count; every other phase is a step to do now."""
    return Kind.COUNT if phase is PhaseKind.MOVE else Kind.STEP


def speaking_ms(text: str) -> int:
    return START_MS + PER_CHAR_MS * len(text)


def place_heard_ms(page: str, window: str | None = None) -> int:
    """How long a screen reader takes to say where a session starts: the window's name when
    the window came forward with it, then the page's as the focus moves there. Orca 43 says
    them before anything the app says, which waits behind them, and in most starts says the
    window's name twice ("Foot Coach frame. Foot Coach. Session.": the focus reached the page
    after the window was named). Estimated as one line with the name twice, as erring long
    only lets the countdown start a moment after its words (measured: "Session." after
    Ctrl+P ended 1.75 s after the session started, estimate 1.6 s; with the window, the
    names ended 3.1-3.6 s after it came forward, 2.3-2.5 s when said once, estimate 3.8 s)."""
    return speaking_ms(" ".join(n for n in (window, window, page) if n))


@dataclass(frozen=True)
class Utterance:
    """Words to hand to the screen reader now."""

    parts: tuple[str, ...]
    politeness: Politeness

    @property
    def text(self) -> str:
        """The parts as one thing to say, each ended as a sentence, so that one part is not
        read on into the next, and without punctuation a screen reader would name (plain)."""
        return " ".join(t if t.endswith(ENDS) else f"{t}." for t in map(plain, self.parts))


Part = tuple[str, Kind]


class Pacer:
    """Decides, for each moment's words, whether they go now, wait, or are left out."""

    def __init__(self) -> None:
        self.said: tuple[str, ...] = ()
        self.said_at = -REPEAT_MS
        self.quiet_at = 0  # when what was said last has been heard
        self.waiting: list[Part] = []

    def offer(self, parts: list[Part], now: int) -> Utterance | None:
        """One moment's words, in the order they came. Gives what to say now, if anything."""
        fresh = self._fresh(parts, now)
        if any(politeness(k) is Politeness.ASSERTIVE for _, k in fresh):
            first = [p for p in fresh if politeness(p[1]) is Politeness.ASSERTIVE]
            for part in fresh:
                if part not in first:
                    self._wait(part)
            # A count or position that waited is wrong by now; anything else that waited
            # (the sounds are gone, a question) goes after what must be said now, not never.
            kept = [p for p in self.waiting if p[1] not in SUPERSEDED or p in fresh]
            self.waiting = []
            return self._say(first + kept, now, Politeness.ASSERTIVE)
        for part in fresh:
            self._wait(part)
        return self.release(now)

    def due(self) -> int | None:
        """When the words waiting may go, or None if nothing waits."""
        return self.quiet_at if self.waiting else None

    def release(self, now: int, anyway: bool = False) -> Utterance | None:
        """The waiting words, once what was said before has been heard (or `anyway`)."""
        if not self.waiting or (now < self.quiet_at and not anyway):
            return None
        parts, self.waiting = self.waiting, []
        return self._say(parts, now, Politeness.POLITE)

    def _fresh(self, parts: list[Part], now: int) -> list[Part]:
        recent = self.said if now - self.said_at < REPEAT_MS else ()
        fresh: list[Part] = []
        for text, kind in parts:
            if text and text not in recent and all(text != t for t, _ in fresh):
                fresh.append((text, kind))
        return fresh

    def _wait(self, part: Part) -> None:
        text, kind = part
        if kind in SUPERSEDED:
            self.waiting = [p for p in self.waiting if p[1] is not kind]
        if all(text != t for t, _ in self.waiting):
            self.waiting.append(part)

    def _say(self, parts: list[Part], now: int, how: Politeness) -> Utterance:
        texts = tuple(t for t, _ in parts)
        self.said, self.said_at = texts, now
        self.quiet_at = now + speaking_ms(" ".join(texts))
        return Utterance(texts, how)
