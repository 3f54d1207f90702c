"""Words for screen readers that are not tied to focus: a session's phases and its progress.

Qt's Linux bridge drops QAccessible Alert events and Orca ignores name changes on labels, so
announcements go out as QAccessibleAnnouncementEvent (Qt 6.8+), which AT-SPI carries as
"object:announcement" with its politeness.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from foot_coach.core.phase_kind import PhaseKind
from foot_coach.core.words import fill
from foot_coach.system.i18n import tr
from foot_coach.ui import phase_text

if TYPE_CHECKING:  # the routine's compiler loads with the session, after the first paint
    from foot_coach.core.routine import Phase, Plan
    from foot_coach.core.session import Status

Politeness = QAccessible.AnnouncementPoliteness


def announce(source: QWidget, text: str, politeness: Politeness = Politeness.Polite) -> None:
    """Assertive interrupts what the screen reader is saying (the step to do now); polite
    waits its turn (how far along the routine is)."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(politeness)
    QAccessible.updateAccessibility(event)


def phase_started(source: QWidget, plan: Plan, phase: Phase) -> int:
    """Say the words the voice says, so the screen reader alone is enough; before each
    exercise, politely, how far along the routine is. Gives the exercises done."""
    announce(source, phase_text.spoken(plan, phase), Politeness.Assertive)
    total = len(plan.items)
    done = total if phase.kind is PhaseKind.DONE else phase.exercise_index
    if phase.kind in (PhaseKind.GET_READY, PhaseKind.REST):
        announce(source, fill(tr("Exercise %1 of %2"), done + 1, total))
    return done


def status_changed(source: QWidget, was: Status, now: Status) -> None:
    """Pausing, carrying on and stopping are said as a step is: the page only showed them,
    so a screen reader heard the countdown stop with no word why."""
    from foot_coach.core.session import Status  # loaded with the session, as the caller is

    if now is Status.PAUSED:
        said = tr("Paused. Press Space or Resume to carry on.")
    elif now is Status.RUNNING and was is Status.PAUSED:
        said = tr("Carrying on.")
    elif now is Status.STOPPED:
        said = tr("Stopped. Everything you did is saved.")
    else:
        return
    announce(source, said, Politeness.Assertive)
