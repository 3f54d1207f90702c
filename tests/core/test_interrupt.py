"""Hold, deliver or let go: every combination of what the desktop says, which checks are on,
and where in the grace window the moment falls."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foot_coach.core.interrupt import (
    CHECK_EVERY,
    IDLE_AFTER,
    Checks,
    Reason,
    Seen,
    Verdict,
    decide,
)

DUE = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
GRACE = timedelta(hours=2)
LAST = DUE + GRACE
SEEN = [
    Seen(locked, idle, full)
    for locked, idle, full in itertools.product(
        (None, False, True), (None, timedelta(0), IDLE_AFTER - timedelta(seconds=1), IDLE_AFTER),
        (None, False, True),
    )
]  # fmt: skip
CHECKS = [Checks(*on) for on in itertools.product((True, False), repeat=3)]
MOMENTS = [DUE, DUE + timedelta(minutes=1), LAST - timedelta(seconds=1), LAST, LAST + timedelta(1)]


def heeded(seen: Seen, checks: Checks) -> list[Reason]:
    """The reasons present and switched on, written out plainly, in order of priority."""
    found = []
    if seen.locked is True and checks.locked:
        found.append(Reason.LOCKED)
    if seen.idle is not None and seen.idle >= IDLE_AFTER and checks.away:
        found.append(Reason.AWAY)
    if seen.full_screen is True and checks.full_screen:
        found.append(Reason.FULL_SCREEN)
    return found


@pytest.mark.parametrize("checks", CHECKS, ids=str)
@pytest.mark.parametrize("now", MOMENTS, ids=lambda n: n.strftime("%H:%M:%S"))
def test_every_combination(checks: Checks, now: datetime) -> None:
    for seen in SEEN:
        reasons = heeded(seen, checks)
        decision = decide(DUE, now, GRACE, seen, checks)
        if not reasons:
            expected = Verdict.DELIVER if now <= LAST else Verdict.DROP
            assert (decision.verdict, decision.reason) == (expected, None), seen
        elif now >= LAST:
            assert (decision.verdict, decision.reason) == (Verdict.DROP, reasons[0]), seen
        else:
            assert (decision.verdict, decision.reason) == (Verdict.HOLD, reasons[0]), seen
            assert decision.check_again == min(now + CHECK_EVERY, LAST)


def test_nothing_known_never_holds() -> None:
    assert decide(DUE, DUE, GRACE, Seen(), Checks()).verdict is Verdict.DELIVER


def test_back_from_a_film_the_held_reminder_comes() -> None:
    film = Seen(locked=False, idle=timedelta(seconds=3), full_screen=True)
    held = decide(DUE, DUE, GRACE, film, Checks())
    assert (held.verdict, held.reason) == (Verdict.HOLD, Reason.FULL_SCREEN)
    assert held.check_again is not None
    after = decide(DUE, held.check_again, GRACE, Seen(False, timedelta(0), False), Checks())
    assert after.verdict is Verdict.DELIVER


def test_a_grace_of_zero_never_holds_it_lets_go() -> None:
    decision = decide(DUE, DUE, timedelta(0), Seen(locked=True), Checks())
    assert (decision.verdict, decision.reason) == (Verdict.DROP, Reason.LOCKED)


def test_the_idle_threshold_is_the_persons() -> None:
    seen = Seen(idle=timedelta(minutes=2))
    assert decide(DUE, DUE, GRACE, seen, Checks()).verdict is Verdict.DELIVER
    strict = Checks(idle_after=timedelta(minutes=1))
    assert decide(DUE, DUE, GRACE, seen, strict).reason is Reason.AWAY


@given(
    st.timedeltas(timedelta(0), timedelta(hours=13)),
    st.timedeltas(timedelta(0), timedelta(hours=12)),
    st.timedeltas(timedelta(seconds=1), timedelta(hours=1)),
)
def test_a_held_reminder_is_looked_at_again_before_its_grace_ends(
    late: timedelta, grace: timedelta, every: timedelta
) -> None:
    decision = decide(DUE, DUE + late, grace, Seen(locked=True), Checks(), every)
    if decision.verdict is Verdict.HOLD:
        assert decision.check_again is not None
        assert DUE + late < decision.check_again <= DUE + grace
        assert decision.check_again - (DUE + late) <= every
    else:
        assert decision.verdict is Verdict.DROP and late >= grace
