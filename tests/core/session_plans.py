"""Sessions of the catalogue's exercises for the session machine's tests: a plan, a session
started at 0 ms, and one run to its end on time."""

from __future__ import annotations

from foot_coach.core.catalog import Catalog, Prescription
from foot_coach.core.routine import Plan, RoutineItem, Timing, compile_routine
from foot_coach.core.session import PhaseStarted, Session, Start, Tick


def plan_of(catalog: Catalog, ids: list[str], count: int = 2, timing: Timing | None = None) -> Plan:
    items = []
    for exercise_id in ids:
        rx = catalog.get(exercise_id).prescription
        items.append(
            RoutineItem(
                catalog.get(exercise_id), Prescription(count, rx.hold_s, rx.release_s, rx.pace_s)
            )
        )
    return compile_routine(items, timing or Timing(get_ready_s=5, switch_s=4, rest_s=10))


def started(catalog: Catalog, ids: list[str], count: int = 2) -> Session:
    """A session of `ids` (`count` each), started at 0 ms."""
    session = Session(plan_of(catalog, ids, count))
    session.apply(Start(), 0)
    return session


def run_to_end(session: Session, start: int = 0) -> tuple[list[int], int]:
    """Start and let every deadline pass exactly on time; return phase indexes seen and end."""
    seen = [n.index for n in session.apply(Start(), start) if isinstance(n, PhaseStarted)]
    now = start
    while (deadline := session.next_deadline()) is not None:
        now = deadline
        seen += [n.index for n in session.apply(Tick(), now) if isinstance(n, PhaseStarted)]
    return seen, now
