"""Every progression rule: growing, holding longer, stepping back, bounds and hand-set values."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from foot_coach.core.catalog import Prescription
from foot_coach.core.progression import (
    BY_HAND,
    COUNT_NOW,
    HOLD_NOW,
    WHY_BREAK,
    WHY_GROWN,
    Outcome,
    Rating,
    Reason,
    after_break,
    after_session,
    clamp_manual,
    kept_in_english,
    ladder,
    level_of,
)

DAY = date(2026, 11, 1)


def fine(n: int, rating: Rating | None = Rating.ABOUT_RIGHT) -> list[Outcome]:
    return [Outcome(DAY + timedelta(days=i), True, rating) for i in range(n)]


def test_hold_ladder_grows_count_then_hold(catalog) -> None:
    curls = catalog.get("toe-curls")
    levels = ladder(curls)
    assert levels[0] == curls.prescription  # 10 reps, 3 s hold
    assert [p.count for p in levels[:6]] == [10, 11, 12, 13, 14, 15]
    assert (levels[6].count, levels[6].hold_s) == (10, 5)  # longer hold, fewer reps again
    assert sorted({p.hold_s for p in levels}) == [3, 5, 8, 10]
    assert (levels[-1].count, levels[-1].hold_s) == (15, 10)


def test_paced_exercises_only_grow_their_count(catalog) -> None:
    for exercise_id in ("heel-to-toe-walk", "ankle-circles"):
        levels = ladder(catalog.get(exercise_id))
        assert [p.count for p in levels] == [10, 11, 12, 13, 14, 15]
        assert len({(p.hold_s, p.pace_s) for p in levels}) == 1


def test_three_good_sessions_step_up(catalog) -> None:
    curls = catalog.get("toe-curls")
    change = after_session(curls, curls.prescription, fine(3), manual=False)
    assert change is not None and change.prescription.count == 11
    assert change.told.what == COUNT_NOW  # the amounts say it to the reader, the reason why
    assert change.told.english == "three sessions in a row finished and none felt too hard"


def test_hold_rises_with_its_reason(catalog) -> None:
    curls = catalog.get("toe-curls")
    top = Prescription(15, 3, curls.prescription.release_s)
    change = after_session(curls, top, fine(3), manual=False)
    assert change is not None and change.prescription.hold_s == 5
    told = change.told
    assert (told.what, told.what_value, told.why) == (HOLD_NOW, 5, WHY_GROWN)


def test_a_reason_is_why_alone_the_amounts_say_what_changed() -> None:
    """Said beside the new amount and the one before, "Now 12 times: ..." said it twice."""
    kept = Reason("Raised to %1 each time", 12, WHY_BREAK, 9)
    assert kept.english == "welcome back after 9 days away"
    assert kept.describe(str.upper) == "WELCOME BACK AFTER 9 DAYS AWAY"


def test_a_reason_kept_only_in_english_is_told_as_todays() -> None:
    """A history from before templates kept "Raised to 11 each time: ..." in English: its why
    is found again, to be told in the reader's language, and the amount is left to the
    amounts; words that are not the rules' own stay as they were."""
    assert kept_in_english(f"Raised to 11 each time: {WHY_GROWN}") == Reason(why=WHY_GROWN)
    assert kept_in_english("Hold lowered to 3 s: welcome back after 12 days away") == Reason(
        why=WHY_BREAK, why_value=12
    )
    assert kept_in_english(BY_HAND.why) == BY_HAND
    assert kept_in_english("steady progress") == "steady progress"


def test_two_sessions_are_not_enough(catalog) -> None:
    curls = catalog.get("toe-curls")
    assert after_session(curls, curls.prescription, fine(2), manual=False) is None


def test_an_unfinished_session_blocks_growth(catalog) -> None:
    curls = catalog.get("toe-curls")
    history = [*fine(2), Outcome(DAY + timedelta(days=5), False, None)]
    assert after_session(curls, curls.prescription, history, manual=False) is None
    assert after_session(curls, curls.prescription, [*history, *fine(2)], False) is None


def test_unrated_finished_sessions_count(catalog) -> None:
    curls = catalog.get("toe-curls")
    assert after_session(curls, curls.prescription, fine(3, None), manual=False) is not None


def test_too_hard_steps_back(catalog) -> None:
    curls = catalog.get("toe-curls")
    current = Prescription(13, 3, curls.prescription.release_s)
    change = after_session(curls, current, [Outcome(DAY, True, Rating.TOO_HARD)], False)
    assert change is not None and change.prescription.count == 12
    assert "too hard" in change.told.english


def test_too_hard_among_the_three_blocks_growth(catalog) -> None:
    curls = catalog.get("toe-curls")
    history = [Outcome(DAY, True, Rating.TOO_HARD), *fine(2)]
    assert after_session(curls, curls.prescription, history, manual=False) is None


def test_never_below_the_first_level_nor_above_the_last(catalog) -> None:
    curls = catalog.get("toe-curls")
    hard = [Outcome(DAY, True, Rating.TOO_HARD)]
    assert after_session(curls, curls.prescription, hard, manual=False) is None
    top = ladder(curls)[-1]
    assert after_session(curls, top, fine(3), manual=False) is None


def test_a_week_away_steps_back_one_level(catalog) -> None:
    walk = catalog.get("heel-to-toe-walk")
    current = ladder(walk)[4]
    change = after_break(walk, current, DAY, DAY + timedelta(days=7), manual=False)
    assert change is not None and change.prescription.count == 13
    assert "7 days away" in change.told.english
    assert after_break(walk, current, DAY, DAY + timedelta(days=6), manual=False) is None
    assert after_break(walk, current, None, DAY, manual=False) is None


def test_hand_set_prescription_is_never_overridden(catalog) -> None:
    curls = catalog.get("toe-curls")
    mine = Prescription(12, 6, curls.prescription.release_s)
    hard = [Outcome(DAY, True, Rating.TOO_HARD)]
    assert after_session(curls, mine, fine(3), manual=True) is None
    assert after_session(curls, mine, hard, manual=True) is None
    assert after_break(curls, mine, DAY, DAY + timedelta(days=30), manual=True) is None


def test_clamp_manual_keeps_safe_ranges(catalog) -> None:
    curls = catalog.get("toe-curls")
    wild = clamp_manual(curls, Prescription(500, 99, 1))
    assert (wild.count, wild.hold_s) == (30, 30)
    assert wild.release_s == curls.prescription.release_s  # not the person's to set
    circles = catalog.get("ankle-circles")
    assert clamp_manual(circles, Prescription(0, 7)).hold_s == circles.prescription.hold_s
    assert clamp_manual(circles, Prescription(0, 7)).count == 1


@given(st.integers(1, 30), st.integers(1, 30), st.lists(st.sampled_from(list(Rating)), max_size=6))
def test_changes_stay_on_the_ladder(count: int, hold: int, ratings: list[Rating]) -> None:
    from foot_coach.core.catalog import parse_catalog
    from foot_coach.system import assets

    curls = parse_catalog(assets.read_text("exercises.toml")).get("toe-curls")
    current = Prescription(count, hold, curls.prescription.release_s)
    history = [Outcome(DAY + timedelta(days=i), True, r) for i, r in enumerate(ratings)]
    change = after_session(curls, current, history, manual=False)
    if change is not None:
        assert change.prescription in ladder(curls)
        moved = level_of(curls, change.prescription) - level_of(curls, current)
        assert moved in (-1, 0, 1)
