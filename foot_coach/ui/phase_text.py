"""The words for each phase, on screen and spoken, all translatable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from foot_coach.core.catalog import Catalog, Counting, Direction, Posture, Side
from foot_coach.core.routine import Phase, PhaseKind, Plan


def tr(text: str) -> str:
    return QCoreApplication.translate("PhaseText", text)


def side_words(side: Side) -> str:
    return {Side.BOTH: tr("Both feet"), Side.RIGHT: tr("Right foot"), Side.LEFT: tr("Left foot")}[
        side
    ]


def direction_words(direction: Direction) -> str:
    return {
        Direction.NONE: "",
        Direction.FORWARD: tr("Walking forward"),
        Direction.BACK: tr("Walking back"),
        Direction.CLOCKWISE: tr("Clockwise"),
        Direction.ANTICLOCKWISE: tr("Anticlockwise"),
    }[direction]


def posture_words(posture: Posture) -> str:
    return {
        Posture.SEATED: tr("Seated"),
        Posture.STANDING: tr("Standing"),
        Posture.SEATED_OR_LYING: tr("Seated or lying down"),
    }[posture]


def exercise_name(plan: Plan, phase: Phase) -> str:
    if phase.kind is PhaseKind.DONE:
        return tr("All exercises done") if len(plan.items) > 1 else tr("Exercise done")
    return tr(plan.items[phase.exercise_index].exercise.name)


def title(plan: Plan, phase: Phase) -> str:
    """The big words above the countdown."""
    kind = phase.kind
    if kind is PhaseKind.GET_READY:
        return tr("Get ready: %1").replace("%1", exercise_name(plan, phase))
    if kind is PhaseKind.REST:
        return tr("Rest — next: %1").replace("%1", exercise_name(plan, phase).lower())
    if kind is PhaseKind.SWITCH_SIDE:
        return (
            tr("Switch to the left foot")
            if phase.side is Side.LEFT
            else tr("Switch to the right foot")
        )
    if kind is PhaseKind.SWITCH_DIRECTION:
        walking = plan.items[phase.exercise_index].exercise.counting is Counting.PACED_STEPS
        return tr("Turn around and walk back") if walking else tr("Now circle the other way")
    return {
        PhaseKind.HOLD: tr("Hold"),
        PhaseKind.RELEASE: tr("Release"),
        PhaseKind.MOVE: tr("Step") if _walking(plan, phase) else tr("Circle"),
        PhaseKind.DONE: tr("Well done!"),
    }[kind]


def _walking(plan: Plan, phase: Phase) -> bool:
    return plan.items[phase.exercise_index].exercise.counting is Counting.PACED_STEPS


def rep_line(phase: Phase) -> str:
    if phase.rep <= 0:
        return ""
    return tr("%1 of %2").replace("%1", str(phase.rep)).replace("%2", str(phase.reps))


def spoken(plan: Plan, phase: Phase, catalog: Catalog | None = None) -> str:
    """A short prompt to speak when the phase starts."""
    kind = phase.kind
    if kind is PhaseKind.RELEASE:
        return tr("And release. %1.").replace("%1", rep_line(phase))
    if kind is PhaseKind.HOLD:
        return tr("Hold.")
    if kind is PhaseKind.MOVE:
        return str(phase.rep)
    if kind is PhaseKind.GET_READY:
        exercise = plan.items[phase.exercise_index].exercise
        return f"{title(plan, phase)}. {posture_words(exercise.posture)}."
    return title(plan, phase) + "."
