"""The professional-help notice appears exactly when the rule says."""

from __future__ import annotations

from datetime import date, timedelta

from foot_coach.core.care import IT_HURTS, CheckIn, Why, after_stop, needs_professional

TODAY = date(2026, 11, 24)


def ago(days: int, back=None, hip=None, knee=None) -> CheckIn:
    return CheckIn(TODAY - timedelta(days=days), back, hip, knee)


def test_nothing_to_say_without_check_ins() -> None:
    assert needs_professional([], TODAY) is None
    assert needs_professional([ago(0)], TODAY) is None  # all skipped


def test_seven_in_any_area_is_severe_six_is_not() -> None:
    assert needs_professional([ago(0, back=6, hip=6, knee=6)], TODAY) is None
    notice = needs_professional([ago(0, knee=7)], TODAY)
    assert notice is not None and notice.why is Why.SEVERE
    assert "doctor or physiotherapist" in notice.text


def test_only_the_newest_check_in_counts_as_severe() -> None:
    assert needs_professional([ago(1, hip=9), ago(0, hip=3)], TODAY) is None


def test_rising_by_a_point_over_two_weeks() -> None:
    before = [ago(10, back=2), ago(9, back=3)]  # mean 2.5
    after = [ago(3, back=3), ago(1, back=4)]  # mean 3.5
    notice = needs_professional([*before, *after], TODAY)
    assert notice is not None and notice.why is Why.RISING


def test_a_smaller_rise_is_quiet() -> None:
    before = [ago(10, back=2), ago(9, back=3)]
    after = [ago(3, back=3), ago(1, back=3)]  # rise 0.5
    assert needs_professional([*before, *after], TODAY) is None


def test_rising_needs_two_check_ins_in_each_week() -> None:
    assert needs_professional([ago(10, back=1), ago(2, back=5), ago(1, back=5)], TODAY) is None


def test_worst_area_is_what_rises() -> None:
    before = [ago(12, back=2, knee=1), ago(8, back=2)]
    after = [ago(5, back=1, knee=4), ago(0, hip=3)]
    notice = needs_professional([*before, *after], TODAY)
    assert notice is not None and notice.why is Why.RISING


def test_weeks_are_bounded_by_day() -> None:
    # Day 7 ago belongs to the earlier week, day 14 ago to neither.
    checkins = [ago(14, back=0), ago(7, back=2), ago(8, back=2), ago(6, back=3), ago(0, back=3)]
    notice = needs_professional(checkins, TODAY)
    assert notice is not None and notice.why is Why.RISING
    # With day 14 outside, the earlier week has one check-in: not enough to call a trend.
    outside = [ago(14, back=0), ago(13, back=0), ago(6, back=3), ago(0, back=3)]
    assert needs_professional(outside, TODAY) is None


def test_a_session_stopped_because_it_hurt_is_answered() -> None:
    notice = after_stop(IT_HURTS)
    assert notice is not None and notice.why is Why.HURT and "doctor" in notice.text
    assert after_stop("stopped") is None and after_stop("quit") is None
