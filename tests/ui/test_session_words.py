"""Each moment of a session says its own thing once: during a rest the next exercise is named
once and the starting foot is right; the end names no foot; each exercise card shows its own
picture; and a change of pose shows one drawing at a time."""

from __future__ import annotations

from foot_coach.core.catalog import Direction, Side
from foot_coach.core.phase_kind import PhaseKind
from foot_coach.core.routine import compile_routine, items_for
from foot_coach.ui import illustration, phase_text
from foot_coach.ui.illustration import IllustrationView, _Picture


def plan_of(catalog, *ids: str):
    return compile_routine(items_for(catalog, list(ids)))


def first(plan, kind: PhaseKind, exercise_id: str):
    return next(p for p in plan.phases if p.kind is kind and p.exercise_id == exercise_id)


def test_the_rest_before_ankle_circles_names_it_once_and_the_first_foot(catalog) -> None:
    plan = plan_of(catalog, "toe-curls", "ankle-circles")
    rest = first(plan, PhaseKind.REST, "ankle-circles")
    shown = [phase_text.heading(plan, rest), phase_text.title(plan, rest)]
    assert shown == ["Next: Ankle circles", "Rest"]
    assert phase_text.detail(plan, rest) == "Right foot first"
    assert phase_text.spoken(plan, rest) == "Rest — next: Ankle circles."


def test_get_ready_names_the_exercise_once(catalog) -> None:
    plan = plan_of(catalog, "toe-curls")
    ready = plan.phases[0]
    assert [phase_text.heading(plan, ready), phase_text.title(plan, ready)] == [
        "Toe curls", "Get ready",
    ]  # fmt: skip
    assert phase_text.detail(plan, ready) == "Both feet"
    assert phase_text.spoken(plan, ready) == "Get ready: Toe curls. Seated."


def test_the_end_names_no_foot(catalog) -> None:
    plan = plan_of(catalog, "toe-curls", "ankle-circles")
    assert phase_text.detail(plan, plan.phases[-1]) == ""


def test_the_end_is_spoken_with_its_own_mark_only(catalog) -> None:
    plan = plan_of(catalog, "toe-curls")
    assert phase_text.spoken(plan, plan.phases[-1]) == "Well done!"


def test_while_moving_the_foot_and_the_way_are_named(catalog) -> None:
    plan = plan_of(catalog, "ankle-circles")
    move = next(p for p in plan.phases if p.side is Side.LEFT and p.kind is PhaseKind.MOVE)
    assert move.direction is Direction.CLOCKWISE
    assert phase_text.detail(plan, move) == "Left foot · Clockwise"


def test_each_exercise_card_has_its_own_picture(qtbot, catalog) -> None:
    poses = {}
    for exercise in catalog.exercises:
        view = IllustrationView()
        qtbot.addWidget(view)
        view.show_exercise(exercise.id)
        poses[exercise.id] = view.current_pose
        assert exercise.id in view.current_pose
    pictures = [illustration.assets.read_bytes(f"illustrations/{p}.svg") for p in poses.values()]
    assert len(set(pictures)) == len(pictures), poses


def test_a_change_of_pose_shows_one_drawing_at_a_time(qtbot, monkeypatch) -> None:
    view = IllustrationView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    drawn: list[str] = []
    original = _Picture.render
    monkeypatch.setattr(_Picture, "render", lambda self, p, t: (drawn.append(self.title),
                                                                original(self, p, t)))  # fmt: skip
    view.show_phase("toe-curls", PhaseKind.HOLD, 1, Side.BOTH, Direction.NONE, 3000)
    view.show_phase("toe-curls", PhaseKind.RELEASE, 1, Side.BOTH, Direction.NONE, 3000)
    assert view.animating
    for moment in (40, 120, 130, 240):  # within the 250 ms fade
        view._fade.setCurrentTime(moment)
        drawn.clear()
        view.grab()
        assert len(drawn) == 1, (moment, drawn)
        assert ("curled" in drawn[0]) == (moment < 125), (moment, drawn)


def test_todays_amount_counts_in_plural_forms(catalog) -> None:
    from foot_coach.core.record import replace
    from foot_coach.ui.pages.exercises_page import prescription_words

    curls = catalog.get("toe-curls")
    once = replace(curls.prescription, count=1, hold_s=3)
    assert prescription_words(curls, once) == "Today: 1 time, hold 3 s"
    ten = replace(curls.prescription, count=10, hold_s=3)
    assert prescription_words(curls, ten) == "Today: 10 times, hold 3 s each"
    circles = catalog.get("ankle-circles")
    assert prescription_words(circles, replace(circles.prescription, count=8)) == (
        "Today: 8 circles each way, on each foot"
    )
