"""Which words cut into a screen reader and which wait, none twice in a row, none piling up."""

from __future__ import annotations

import pytest

from foot_coach.core.announcing import (
    REPEAT_MS,
    Kind,
    Pacer,
    Politeness,
    Utterance,
    phase_kind,
    place_heard_ms,
    plain,
    politeness,
    speaking_ms,
)
from foot_coach.core.phase_kind import PhaseKind

POLITE, ASSERTIVE = Politeness.POLITE, Politeness.ASSERTIVE
STEP = "And release. 3 of 10."


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (Kind.STEP, ASSERTIVE),  # a phase changed: what to do now
        (Kind.STATE, ASSERTIVE),  # paused, carrying on, stopped ("Stop — it hurts")
        (Kind.PROBLEM, ASSERTIVE),  # an error
        (Kind.COUNT, POLITE),
        (Kind.PROGRESS, POLITE),
        (Kind.STATUS, POLITE),
    ],
)
def test_what_needs_saying_now_cuts_in_and_the_rest_waits(kind: Kind, expected: Politeness):
    assert politeness(kind) is expected


@pytest.mark.parametrize("phase", list(PhaseKind))
def test_a_beat_is_a_count_and_every_other_phase_a_step(phase: PhaseKind) -> None:
    expected = Kind.COUNT if phase is PhaseKind.MOVE else Kind.STEP
    assert phase_kind(phase) is expected


def test_the_same_words_are_not_said_twice_in_a_row() -> None:
    pacer = Pacer()
    assert pacer.offer([("Hold.", Kind.STEP)], 0) == Utterance(("Hold.",), ASSERTIVE)
    assert pacer.offer([("Hold.", Kind.STEP)], 1000) is None
    assert pacer.offer([(STEP, Kind.STEP)], 2000) is not None
    assert pacer.offer([("Hold.", Kind.STEP)], 4000) is not None  # not in a row any more


def test_the_same_words_long_after_are_said_again() -> None:
    pacer = Pacer()
    pacer.offer([("Saved.", Kind.STATUS)], 0)
    assert pacer.offer([("Saved.", Kind.STATUS)], REPEAT_MS) == Utterance(("Saved.",), POLITE)


def test_words_said_twice_in_one_moment_are_said_once() -> None:
    said = Pacer().offer([("Saved.", Kind.STATUS), ("Saved.", Kind.STATUS)], 0)
    assert said == Utterance(("Saved.",), POLITE)


def test_polite_words_wait_until_what_was_said_has_been_heard() -> None:
    pacer = Pacer()
    pacer.offer([(STEP, Kind.STEP)], 0)
    assert pacer.offer([("Exercise 2 of 3", Kind.PROGRESS)], 100) is None
    heard_at = speaking_ms(STEP)
    assert pacer.due() == heard_at
    assert pacer.release(heard_at - 1) is None
    assert pacer.release(heard_at) == Utterance(("Exercise 2 of 3",), POLITE)
    assert pacer.due() is None


def test_polite_words_in_a_quiet_moment_go_at_once() -> None:
    pacer = Pacer()
    pacer.offer([(STEP, Kind.STEP)], 0)
    later = speaking_ms(STEP) + 1
    assert pacer.offer([("7", Kind.COUNT)], later) == Utterance(("7",), POLITE)


def test_counts_every_second_do_not_pile_up_behind_long_words() -> None:
    """Only the newest count is said once the long words are heard: none cuts another."""
    pacer = Pacer()
    summary = "Today: 1 exercise, 10 repetitions, 10 holds and 1 minute of exercise."
    pacer.offer([(summary, Kind.STATUS)], 0)
    assert all(pacer.offer([(str(n), Kind.COUNT)], n * 1000) is None for n in range(1, 4))
    assert pacer.release(speaking_ms(summary)) == Utterance(("3",), POLITE)


def test_counts_a_second_apart_each_go_when_each_is_heard_in_time() -> None:
    pacer = Pacer()
    said = [pacer.offer([(str(n), Kind.COUNT)], n * 1000) for n in range(1, 6)]
    assert said == [Utterance((str(n),), POLITE) for n in range(1, 6)]


def test_a_newer_count_does_not_push_out_a_waiting_status() -> None:
    pacer = Pacer()
    pacer.offer([(STEP, Kind.STEP)], 0)
    pacer.offer([("How did Toe curls feel?", Kind.STATUS)], 10)
    pacer.offer([("1", Kind.COUNT)], 20)
    pacer.offer([("2", Kind.COUNT)], 30)
    said = pacer.release(speaking_ms(STEP))
    assert said == Utterance(("How did Toe curls feel?", "2"), POLITE)


def test_a_step_cuts_in_at_once_and_overtakes_what_waited() -> None:
    pacer = Pacer()
    pacer.offer([(STEP, Kind.STEP)], 0)
    pacer.offer([("9", Kind.COUNT)], 100)
    stopped = "Stopped. Everything you did is saved."
    assert pacer.offer([(stopped, Kind.STATE)], 200) == Utterance((stopped,), ASSERTIVE)
    assert pacer.due() is None  # the stale count is never said after the stop


def test_a_status_still_waiting_when_a_step_cuts_in_is_said_after_it() -> None:
    """ "The sounds are not working" waited behind "Get ready" (about 5 s), and the first "Hold."
    cut in before then: the line was dropped, and a person following by ear never heard why
    the voice had gone."""
    pacer = Pacer()
    pacer.offer([("Get ready: Toe curls. Seated.", Kind.STEP)], 0)
    silence = "The sounds are not working. Follow the countdown on screen."
    pacer.offer([(silence, Kind.STATUS), ("Exercise 1 of 5", Kind.PROGRESS)], 1000)
    pacer.offer([("2", Kind.COUNT)], 1500)
    said = pacer.offer([("Hold.", Kind.STEP), ("3", Kind.COUNT)], 2000)
    assert said == Utterance(("Hold.", silence, "3"), ASSERTIVE)
    assert pacer.due() is None


def test_in_one_moment_what_cuts_in_comes_first_then_the_rest_in_order() -> None:
    said = Pacer().offer(
        [
            ("How did Toe curls feel?", Kind.STATUS),
            ("Rest — next: Arch raises.", Kind.STEP),
            ("Exercise 2 of 2", Kind.PROGRESS),
        ],
        0,
    )
    assert said == Utterance(
        ("Rest — next: Arch raises.", "How did Toe curls feel?", "Exercise 2 of 2"), ASSERTIVE
    )


def test_empty_words_are_never_said() -> None:
    pacer = Pacer()
    assert pacer.offer([("", Kind.STEP)], 0) is None
    assert pacer.due() is None


def test_the_parts_are_said_as_sentences_each_ended_once() -> None:
    utterance = Utterance(("3", "Turn around!", "Step 2 of 4", "Next:", "Wait…"), POLITE)
    assert utterance.text == "3. Turn around! Step 2 of 4. Next. Wait."  # see plain()


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Rest — next: Heel-to-toe walk.", "Rest, next, Heel to toe walk."),
        ("Get ready: Toe curls. Seated.", "Get ready, Toe curls. Seated."),
        (
            "Pause. Weiter mit der Leertaste oder „Weiter“.",
            "Pause. Weiter mit der Leertaste oder Weiter.",
        ),
        ("En pausa. Pulse «Seguir» para seguir.", "En pausa. Pulse Seguir para seguir."),
        ("¡Muy bien!", "Muy bien!"),
        (
            "Today: 1 exercise.\nYour first day: well begun.",
            "Today, 1 exercise. Your first day, well begun.",  # one line: see one_line
        ),
        ("Problem:", "Problem"),
        ("Add to calendar…", "Add to calendar"),
    ],
)
def test_punctuation_a_screen_reader_would_name_is_left_out(text: str, said: str) -> None:
    assert plain(text) == said


@pytest.mark.parametrize("text", ["At 12:30", "5-10 times", "It's done.", "1, 2, 3"])
def test_times_ranges_and_what_is_read_as_a_pause_stay(text: str) -> None:
    assert plain(text) == text


# Measured with espeak-ng through Speech Dispatcher as Orca 43 drives it, from sending the words
# (without the punctuation it would name) to the end of their speech: the slowest of two, in ms.
SPOKEN_MS = [
    ("1", 643), ("2", 904), ("4", 787), ("10", 854),  # en, de, es, de: the slowest counts
    ("Hold.", 755), ("Mantenga.", 860), ("Gut gemacht!", 1015), ("Es geht weiter.", 1136),
    ("And release. 10 of 10.", 1912), ("Und lösen. 10 von 10.", 2391),
    ("Turn around and walk back.", 2186), ("Dé la vuelta y camine de regreso.", 2109),
    ("Pause. Weiter mit der Leertaste oder „Weiter“.", 2957),
    ("Get ready: Toe curls. Seated. Exercise 1 of 5", 4028),
    ("Bereit machen: Zehen krallen. Im Sitzen. Übung 1 von 5", 4471),
    ("Rest — next: Toe spreading. Exercise 5 of 5", 5009),
    ("Descanso — a continuación: Círculos con el tobillo. Ejercicio 4 de 5", 5552),
]  # fmt: skip
ORCA_MS = 40  # Orca passing a notice on to Speech Dispatcher, at most


@pytest.mark.parametrize(("text", "spoken_ms"), SPOKEN_MS)
def test_words_are_never_thought_heard_before_they_have_been_said(text: str, spoken_ms: int):
    """Too short, and what waits goes while the words before are still being said: Orca 43
    then queues it, and every word after comes late."""
    assert speaking_ms(text) >= spoken_ms + ORCA_MS


@pytest.mark.parametrize(("text", "spoken_ms"), SPOKEN_MS)
def test_words_that_wait_do_not_wait_much_longer_than_needed(text: str, spoken_ms: int):
    assert speaking_ms(text) <= 2.2 * spoken_ms


def test_a_count_is_thought_heard_within_a_beat_of_a_second() -> None:
    """The quickest pace is a beat a second: each count is said, none waits past the next."""
    assert all(speaking_ms(str(n)) <= 1000 for n in range(1, 10))


def test_where_a_session_starts_counts_the_window_s_name_twice_when_it_came_forward() -> None:
    assert place_heard_ms("Session") == speaking_ms("Session")
    assert place_heard_ms("Session", "Foot Coach") == speaking_ms("Foot Coach Foot Coach Session")


def test_a_notice_of_several_lines_is_said_as_one() -> None:
    """Orca 43 said nothing of a notice whose words held a line break: the day's summary."""
    summary = "Today: 5 exercises.\nYour first day: well begun\nDay 1 of a new streak."
    said = Utterance((summary,), Politeness.POLITE).text
    assert "\n" not in said
    assert said == "Today, 5 exercises. Your first day, well begun. Day 1 of a new streak."
