"""The words for each phase, on screen and spoken, all translatable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from foot_coach.core.catalog import Catalog, Counting, Direction, Posture, Side
from foot_coach.core.phase_kind import PhaseKind
from foot_coach.core.words import fill
from foot_coach.system.i18n import tr

if TYPE_CHECKING:  # the routine's compiler loads with the session, after the first paint
    from foot_coach.core.routine import Phase, Plan


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
    return plan.items[phase.exercise_index].exercise.name


def heading(plan: Plan, phase: Phase) -> str:
    """The line above the big words: the exercise, or during a rest the one that comes next
    (the big words then say "Rest", so the name is never shown twice)."""
    if phase.kind is PhaseKind.REST:
        return fill(tr("Next: %1"), exercise_name(plan, phase))
    return exercise_name(plan, phase)


def detail(plan: Plan, phase: Phase) -> str:
    """Which foot and which way; before an exercise done one foot at a time, which foot
    starts. Nothing at the end, where no foot is meant."""
    if phase.kind is PhaseKind.DONE:
        return ""
    if phase.kind in (PhaseKind.GET_READY, PhaseKind.REST):
        sides = plan.items[phase.exercise_index].exercise.sides
        if len(sides) > 1:
            return tr("Left foot first") if sides[0] is Side.LEFT else tr("Right foot first")
        return side_words(sides[0])
    parts = [side_words(phase.side), direction_words(phase.direction)]
    return " · ".join(p for p in parts if p)


def title(plan: Plan, phase: Phase) -> str:
    """The big words above the countdown."""
    kind = phase.kind
    if kind is PhaseKind.GET_READY:
        return tr("Get ready")
    if kind is PhaseKind.REST:
        return tr("Rest")
    if kind is PhaseKind.SWITCH_SIDE:
        return (
            tr("Switch to the left foot")
            if phase.side is Side.LEFT
            else tr("Switch to the right foot")
        )
    counting = _counting(plan, phase)
    if kind is PhaseKind.SWITCH_DIRECTION:
        return {
            Counting.PACED_STEPS: tr("Turn around and walk back"),
            Counting.PACED_CIRCLES: tr("Now circle the other way"),
        }.get(counting, tr("Now the other way"))
    timed = counting is Counting.TIMED
    return {
        PhaseKind.HOLD: tr("Keep going") if timed else tr("Hold"),
        PhaseKind.RELEASE: tr("Rest") if timed else tr("Release"),
        PhaseKind.MOVE: {
            Counting.PACED_STEPS: tr("Step"),
            Counting.PACED_CIRCLES: tr("Circle"),
        }.get(counting, tr("Move")),
        PhaseKind.DONE: tr("Well done!"),
    }[kind]


def _counting(plan: Plan, phase: Phase) -> Counting:
    return plan.items[phase.exercise_index].exercise.counting


def rep_line(phase: Phase) -> str:
    if phase.rep <= 0:
        return ""
    return fill(tr("%1 of %2"), str(phase.rep), str(phase.reps))


def spoken(plan: Plan, phase: Phase, catalog: Catalog | None = None) -> str:
    """A short prompt to speak when the phase starts."""
    kind = phase.kind
    timed = kind is not PhaseKind.DONE and _counting(plan, phase) is Counting.TIMED
    if kind is PhaseKind.RELEASE:
        text = tr("And rest. %1.") if timed else tr("And release. %1.")
        return fill(text, rep_line(phase))
    if kind is PhaseKind.HOLD:
        return tr("Keep going.") if timed else tr("Hold.")
    if kind is PhaseKind.MOVE:
        return str(phase.rep)
    if kind is PhaseKind.GET_READY:
        exercise = plan.items[phase.exercise_index].exercise
        said = fill(tr("Get ready: %1"), exercise.name)
        return f"{said}. {posture_words(exercise.posture)}."
    if kind is PhaseKind.REST:
        return fill(tr("Rest — next: %1"), exercise_name(plan, phase)) + "."
    said = title(plan, phase)
    return said if said.endswith(("!", ".", "?")) else said + "."  # not "Well done!."
