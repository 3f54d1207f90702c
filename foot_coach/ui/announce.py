"""Words for screen readers that are not tied to focus: a session's phases and its progress.

Qt's Linux bridge drops QAccessible Alert events, Orca ignores name changes on labels, and
Orca 43 does not hear QAccessibleAnnouncementEvent, so announcements go out as a notice (see
widgets/notice.py), which Orca speaks wherever the focus is. Each caller names what kind of
words it says (core/announcing.py Kind); whether they cut in or wait is decided there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from foot_coach.core.announcing import Kind, phase_kind
from foot_coach.core.phase_kind import PhaseKind
from foot_coach.core.words import fill
from foot_coach.system.i18n import tr
from foot_coach.ui import phase_text
from foot_coach.ui.widgets import notice

if TYPE_CHECKING:  # the routine's compiler loads with the session, after the first paint
    from foot_coach.core.routine import Phase, Plan
    from foot_coach.core.session import Status


def announce(source: QWidget, text: str, kind: Kind) -> None:
    """Said a moment later, with what else was said in that moment, so all of it is heard;
    words that cut in (the step to do now) before those that wait (how far along)."""
    if text:
        notice.bar_of(source).say(text, kind)


def phase_started(source: QWidget, plan: Plan, phase: Phase) -> int:
    """Say the words the voice says, so the screen reader alone is enough; before each
    exercise, after them, how far along the routine is. Gives the exercises done."""
    announce(source, phase_text.spoken(plan, phase), phase_kind(phase.kind))
    total = len(plan.items)
    done = total if phase.kind is PhaseKind.DONE else phase.exercise_index
    if phase.kind in (PhaseKind.GET_READY, PhaseKind.REST):
        announce(source, fill(tr("Exercise %1 of %2"), done + 1, total), Kind.PROGRESS)
    return done


def status_changed(source: QWidget, was: Status, now: Status, begun: bool = True) -> None:
    """Pausing, carrying on and stopping are said as a step is: the page only showed them,
    so a screen reader heard the countdown stop with no word why."""
    from foot_coach.core.session import Status  # loaded with the session, as the caller is

    if now is Status.PAUSED:
        said = tr("Paused. Press Space or Resume to carry on.")
    elif now is Status.RUNNING and was is Status.PAUSED:
        said = tr("Carrying on.")
    elif now is Status.STOPPED and not begun:
        said = tr("Stopped before it started. Nothing was counted.")
    elif now is Status.STOPPED:
        said = tr("Stopped. Everything you did is saved.")
    else:
        return
    announce(source, said, Kind.STATE)
