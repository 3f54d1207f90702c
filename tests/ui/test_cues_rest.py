"""The audio helpers run only while they may be needed: started when a session may start,
held while it runs, stopped `linger_ms` after, or at once; stepped on a fake clock."""

from __future__ import annotations

import pytest
import shiboken6
from audio_fakes import Helpers
from PySide6.QtCore import QCoreApplication, QEvent

from foot_coach.core.cue_health import FIRST_WAIT_MS, TRIES, WINDOW_MS
from foot_coach.core.prompts import Sound
from foot_coach.system.audio import State
from foot_coach.ui.cues import Cues

LINGER = 60_000


@pytest.fixture
def cues(qtbot, helpers: Helpers) -> Cues:
    return helpers.cues(volume=50, linger_ms=LINGER)


def deleted_later() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_prepared_helpers_stop_after_a_while_when_no_session_comes(
    cues: Cues, helpers: Helpers
) -> None:
    cues.prepare()
    helpers.ready()
    helpers.clock.now = 10_000
    cues.prepare()  # the pointer came back to Start: the time runs from now
    assert helpers.idle.pending[0] == 10_000 + LINGER
    assert helpers.idle.advance()
    assert cues.running() == []
    assert helpers.channel("sound").killed == helpers.channel("voice").killed == 1


def test_a_session_holds_the_helpers_and_its_end_lets_them_go_later(
    cues: Cues, helpers: Helpers
) -> None:
    cues.prepare()
    cues.hold()
    assert helpers.idle.pending is None
    cues.rest()  # nothing stops them while a session runs
    assert cues.running() == ["sound", "voice"]
    cues.let_go()
    assert helpers.idle.pending[0] == LINGER
    assert helpers.idle.advance()
    assert cues.running() == [] and helpers.channel("voice").killed == 1


def test_let_go_at_once_stops_them_now(cues: Cues, helpers: Helpers) -> None:
    cues.hold()
    cues.let_go(at_once=True)
    assert cues.running() == [] and helpers.idle.pending is None
    assert helpers.channel("sound").killed == 1


def test_the_next_session_starts_new_helpers(cues: Cues, helpers: Helpers) -> None:
    cues.hold()
    first = helpers.channel("sound")
    cues.let_go(at_once=True)
    cues.hold()
    assert helpers.started("sound") == helpers.started("voice") == 2
    assert helpers.channel("sound") is not first and helpers.channel("sound").started == 1


def test_a_voice_that_did_not_answer_is_tried_again_with_the_next_session(
    cues: Cues, helpers: Helpers
) -> None:
    cues.hold()
    assert helpers.deadline("voice").advance()  # never got ready
    assert "keeps trying to start the voice again while a session runs" in cues.voice_status()
    cues.say("Hold.")
    assert helpers.channel("voice").written == []
    cues.let_go(at_once=True)
    cues.hold()
    helpers.ready()
    cues.say("Hold.")
    assert helpers.channel("voice").written[-1]["text"] == "Hold."


def test_a_helper_that_failed_is_tried_again_by_a_session_that_comes_before_the_rest(
    cues: Cues, helpers: Helpers
) -> None:
    cues.hold()
    assert helpers.deadline("voice").advance()  # the voice never got ready
    cues.let_go()  # the session ended; the helpers linger
    cues.hold()  # the next one, within the while
    assert helpers.started("voice") == 2 and helpers.started("sound") == 1
    assert cues.voice_status() == "Getting the voice ready…"


def test_after_a_rest_settings_says_when_they_start_and_what_was_found(
    cues: Cues, helpers: Helpers
) -> None:
    cues.hold()
    helpers.ready()
    changes: list[None] = []
    cues.sig_changed.connect(lambda: changes.append(None))
    cues.let_go(at_once=True)
    assert changes
    assert cues.sound_status() == (
        "The sounds start when a session starts. Last time they played through: Speakers"
    )
    assert cues.voice_status() == (
        "The voice starts when a session starts. Last time it spoke: Deutsch"
    )


def test_a_problem_found_last_time_is_still_named_after_a_rest(
    cues: Cues, helpers: Helpers
) -> None:
    cues.hold()
    helpers.ready(output="", engine="")
    cues.let_go(at_once=True)
    assert cues.sound_status().startswith("No sound output was found")
    assert "Install speech-dispatcher" in cues.voice_status()


def test_helpers_stopped_before_they_were_ready_are_not_said_to_be_getting_ready(
    cues: Cues, helpers: Helpers
) -> None:
    cues.prepare()  # e.g. a reminder came, then the window was closed to the tray at once
    cues.let_go(at_once=True)
    assert cues.sound_status() == "The sounds start when a session starts."
    assert cues.voice_status() == "The voice starts when a session starts."


def test_what_an_earlier_session_found_outlasts_helpers_stopped_while_starting(
    cues: Cues, helpers: Helpers
) -> None:
    cues.hold()
    helpers.ready()
    cues.let_go(at_once=True)
    cues.prepare()
    cues.let_go(at_once=True)
    assert cues.sound_status().endswith("Last time they played through: Speakers")


def test_muted_starts_no_helper_until_the_sound_is_turned_on(cues: Cues, helpers: Helpers) -> None:
    cues.configure(50, True, True)
    cues.hold()
    assert cues.running() == []
    assert cues.sound_status() == "The sounds are off."
    assert cues.voice_status() == "The voice is off."
    cues.configure(50, False, False)  # during the session
    assert cues.running() == ["sound"]
    cues.configure(50, False, True)
    assert cues.running() == ["sound", "voice"]


def test_turning_the_sound_on_outside_a_session_starts_nothing(
    cues: Cues, helpers: Helpers
) -> None:
    cues.configure(50, True, True)
    cues.configure(50, False, True)
    assert cues.running() == [] and helpers.made == []


def test_quit_stops_the_rest_timer_and_nothing_starts_after(cues: Cues, helpers: Helpers) -> None:
    cues.prepare()
    cues.shut_down()
    assert helpers.idle.pending is None
    cues.hold()
    assert helpers.started("sound") == 1


def test_a_stopped_helper_is_deleted_only_once_its_process_has_ended(
    cues: Cues, helpers: Helpers
) -> None:
    cues.hold()
    [(_, sound), (_, voice)] = helpers.made
    helpers.channel("voice").sig_ended.emit()  # the voice had already ended by itself
    cues.let_go(at_once=True)
    deleted_later()
    assert shiboken6.isValid(sound) and not shiboken6.isValid(voice)
    assert sound.state is State.ENDED
    sound.channel.sig_ended.emit()  # the killed process is reaped
    deleted_later()
    assert not shiboken6.isValid(sound)


def test_a_cue_before_the_sounds_are_ready_is_traced_as_dropped(
    helpers: Helpers, qtbot, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("FOOT_COACH_TRACE_CUES", "1")
    cues = helpers.cues()
    cues.hold()
    cues.play(Sound.TICK)
    helpers.ready()
    cues.play(Sound.TICK)
    kinds = [line.split()[2] for line in capsys.readouterr().out.splitlines()]
    assert [k for k in kinds if k in ("play", "dropped")] == ["dropped", "play"]
    assert "helper" in kinds


def test_a_helper_that_fails_in_a_session_is_started_anew_each_time_it_fails(
    cues: Cues, helpers: Helpers
) -> None:
    """PulseAudio killed and started again, or speech-dispatcher killed and back: the helper
    on the old one dies; a new one a moment later brings the sounds and the voice back, and
    so again each time, after twice as long as the time before."""
    cues.hold()
    helpers.ready()
    helpers.channel("sound").sig_ended.emit()  # the sound server went away under it
    helpers.channel("voice").answer(status={"state": "Error", "error": "no connection"})
    # Settings says what happens next, as it happens: within this session, not the next
    assert cues.sound_status().endswith("keeps trying to start them again while a session runs.")
    assert helpers.revive.advance() and helpers.clock.now == FIRST_WAIT_MS
    assert helpers.started("sound") == helpers.started("voice") == 2
    helpers.ready()
    cues.play(Sound.HOLD)
    assert helpers.channel("sound").written[-1] == {"id": 2, "do": "play", "sound": "hold.wav"}
    failed_at = helpers.clock.now = 10_000
    helpers.channel("sound").sig_ended.emit()  # and again
    assert helpers.revive.advance() and helpers.clock.now == failed_at + 2 * FIRST_WAIT_MS
    assert helpers.started("sound") == 3 and helpers.started("voice") == 2
    cues.let_go()
    cues.hold()
    assert helpers.started("sound") == 3  # alive: the next session keeps it


def test_each_helper_is_started_anew_on_its_own_time(cues: Cues, helpers: Helpers) -> None:
    cues.hold()
    helpers.ready()
    helpers.channel("voice").sig_ended.emit()
    assert helpers.revive.advance()  # the voice's first try: it fails again at once
    helpers.channel("voice").sig_ended.emit()
    helpers.channel("sound").sig_ended.emit()
    now = helpers.clock.now
    assert helpers.revive.advance() and helpers.clock.now == now + FIRST_WAIT_MS
    assert (helpers.started("sound"), helpers.started("voice")) == (2, 2)
    assert helpers.revive.advance() and helpers.clock.now == now + 2 * FIRST_WAIT_MS
    assert (helpers.started("sound"), helpers.started("voice")) == (2, 3)
    assert not helpers.revive.advance()


def test_a_helper_that_keeps_failing_is_not_started_again_and_again(
    cues: Cues, helpers: Helpers
) -> None:
    """A speech daemon that dies at once every time: a few tries, then none until the
    window has room again, and the sounds are left alone."""
    cues.hold()
    helpers.ready()
    for _ in range(TRIES):
        helpers.channel("voice").sig_ended.emit()
        assert helpers.revive.advance()
    helpers.channel("voice").sig_ended.emit()
    assert helpers.revive.pending is not None
    assert helpers.revive.pending[0] == FIRST_WAIT_MS + WINDOW_MS  # the first try's + window
    assert helpers.started("voice") == TRIES + 1 and helpers.started("sound") == 1
    assert cues.heard("voice").given_up and not cues.heard("sound").given_up


def test_a_helper_that_fails_after_the_session_is_not_started_anew(
    cues: Cues, helpers: Helpers
) -> None:
    cues.hold()
    helpers.ready()
    cues.let_go()
    helpers.channel("sound").sig_ended.emit()
    assert not helpers.revive.advance()
    assert helpers.started("sound") == 1


def test_a_voice_in_error_from_its_start_is_not_started_anew(cues: Cues, helpers: Helpers) -> None:
    """No speech daemon at all: a new helper would find the same, at the cost of a start."""
    cues.hold()
    helpers.channel("voice").answer(ready={"engine": "speechd", "state": "Error", "error": "x"})
    helpers.channel("voice").answer(status={"state": "Error", "error": "still"})
    assert not helpers.revive.advance()
    assert helpers.started("voice") == 1
