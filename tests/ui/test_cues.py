"""Cues and their helper processes, with a fake process and stepped deadlines: what the app
does when a helper answers, is late, or ends, and what Settings then says."""

from __future__ import annotations

import pytest
from audio_fakes import Helpers

from foot_coach.core.prompts import Sound
from foot_coach.system.audio import ANSWER_MS, START_MS
from foot_coach.ui.cues import Cues


@pytest.fixture
def cues(qtbot, helpers: Helpers) -> Cues:
    made = helpers.cues(volume=50)
    made.prepare()
    return made


def test_nothing_starts_until_a_session_may_start(qtbot, helpers: Helpers) -> None:
    cues = helpers.cues()
    cues.play(Sound.HOLD)
    cues.say("Hold.")
    assert helpers.parts == {} and cues.played == [Sound.HOLD] and cues.said == ["Hold."]
    assert cues.sound_status() == "The sounds start when a session starts."
    assert cues.voice_status() == "The voice starts when a session starts."


def test_prepare_starts_both_helpers_with_a_start_deadline(cues: Cues, helpers: Helpers) -> None:
    assert helpers.channel("sound").started == helpers.channel("voice").started == 1
    assert helpers.deadline("voice").pending is not None
    assert helpers.deadline("voice").pending[0] == START_MS
    assert cues.voice_status() == "Getting the voice ready…"
    assert cues.sound_status() == "Getting the sounds ready…"


def test_a_cue_sound_asked_for_while_starting_is_dropped_not_played_late(
    cues: Cues, helpers: Helpers
) -> None:
    cues.play(Sound.TICK)
    helpers.ready()
    assert [w["do"] for w in helpers.channel("sound").written] == ["volume"]


def test_words_asked_for_while_starting_wait_and_only_the_latest(
    cues: Cues, helpers: Helpers
) -> None:
    cues.say("Get ready.")
    cues.say("Hold.")
    assert helpers.channel("voice").written == []
    helpers.ready()
    assert helpers.channel("voice").written == [
        {"id": 1, "do": "say", "text": "Hold.", "volume": 0.5}
    ]


def test_a_tried_sound_waits_for_the_helper_and_comes_after_the_volume(
    helpers: Helpers, qtbot
) -> None:
    cues = helpers.cues(volume=50)
    cues.try_sound()
    assert helpers.channel("sound").written == []
    helpers.ready()
    assert helpers.channel("sound").written == [
        {"id": 1, "do": "volume", "volume": 0.5},
        {"id": 2, "do": "play", "sound": "hold.wav"},
    ]


def test_when_ready_cues_reach_the_helpers(cues: Cues, helpers: Helpers) -> None:
    helpers.ready(locale="en_GB")
    cues.play(Sound.RELEASE)
    cues.say("And release.")
    plays = [w for w in helpers.channel("sound").written if w["do"] == "play"]
    assert plays == [{"id": 2, "do": "play", "sound": "release.wav"}]
    assert helpers.channel("voice").written == [
        {"id": 1, "do": "say", "text": "And release.", "volume": 0.5}
    ]
    assert cues.sound_status() == "Sounds are ready. They play through: Speakers"
    assert cues.voice_status() == "The voice is ready. Language: British English"


def test_muted_and_voice_off_send_nothing(cues: Cues, helpers: Helpers) -> None:
    helpers.ready()
    cues.configure(50, True, True)
    cues.play(Sound.HOLD)
    cues.configure(50, False, False)
    cues.say("Hold.")
    assert all(w["do"] == "volume" for w in helpers.channel("sound").written)
    assert helpers.channel("voice").written == []
    assert cues.voice_status() == "The voice is off."


def test_an_answer_in_time_keeps_the_helper(cues: Cues, helpers: Helpers) -> None:
    helpers.ready()
    cues.say("Hold.")
    assert helpers.deadline("voice").pending[0] == ANSWER_MS
    helpers.channel("voice").answer(ack=1)
    assert helpers.deadline("voice").pending is None
    assert helpers.channel("voice").killed == 0


def test_a_late_answer_marks_the_voice_not_answering_and_kills_it(
    cues: Cues, helpers: Helpers
) -> None:
    helpers.ready()
    changes: list[None] = []
    cues.sig_changed.connect(lambda: changes.append(None))
    cues.say("Hold.")
    assert helpers.deadline("voice").advance()
    assert helpers.channel("voice").killed == 1 and changes
    assert "not answering" in cues.voice_status()
    cues.say("And release.")  # dropped: the voice is given up for this run
    assert len(helpers.channel("voice").written) == 1
    cues.play(Sound.HOLD)  # the sounds are a separate helper and carry on
    assert helpers.channel("sound").written[-1]["sound"] == "hold.wav"


def test_a_helper_that_never_gets_ready_is_killed(cues: Cues, helpers: Helpers) -> None:
    helpers.channel("sound").answer(ready={"output": "Speakers", "failed": []})
    assert helpers.deadline("voice").advance()
    assert helpers.channel("voice").killed == 1
    assert "not answering" in cues.voice_status()


def test_each_answer_gives_the_next_request_a_full_deadline(cues: Cues, helpers: Helpers) -> None:
    helpers.ready()
    helpers.clock.now = 1_000
    cues.say("one")
    cues.say("two")
    helpers.clock.now = 2_500
    helpers.channel("voice").answer(ack=1)
    assert helpers.deadline("voice").pending[0] == 2_500 + ANSWER_MS


def test_quit_kills_the_helpers_and_later_lines_change_nothing(
    cues: Cues, helpers: Helpers
) -> None:
    helpers.ready()
    cues.shut_down()
    assert helpers.channel("sound").killed == helpers.channel("voice").killed == 1
    assert helpers.deadline("voice").pending is None
    helpers.channel("voice").answer(status={"state": "Speaking"})
    cues.prepare()
    assert helpers.started("voice") == 1 and helpers.channel("voice").started == 1


def test_settings_names_what_is_missing(cues: Cues, helpers: Helpers) -> None:
    helpers.ready(output="", engine="")
    assert cues.sound_status().startswith("No sound output was found")
    assert "Install speech-dispatcher" in cues.voice_status()


def test_settings_says_when_the_voice_speaks_and_in_which_language(
    cues: Cues, helpers: Helpers
) -> None:
    helpers.ready(locale="en_US", language_found=False)
    assert not cues.language_found
    assert cues.voice_status().endswith("so it speaks: American English")
    helpers.channel("voice").answer(status={"state": "Speaking", "error": ""})
    assert cues.voice_status().startswith("The voice is speaking.")
    helpers.channel("voice").answer(status={"state": "Error", "error": "no server"})
    assert "Check that speech-dispatcher is installed" in cues.voice_status()


def test_a_helper_that_ends_is_reported(cues: Cues, helpers: Helpers) -> None:
    helpers.channel("sound").sig_ended.emit()
    assert cues.sound_status().startswith("The sounds could not be started")
    assert helpers.deadline("sound").pending is None


def test_cue_sounds_that_failed_to_load_are_reported(cues: Cues, helpers: Helpers) -> None:
    helpers.ready(failed=("tick.wav",))
    assert cues.sound_status().startswith("The cue sounds could not be loaded")


def test_the_volume_reaches_the_sound_helper_once_ready(cues: Cues, helpers: Helpers) -> None:
    helpers.ready()
    assert helpers.channel("sound").written[0] == {"id": 1, "do": "volume", "volume": 0.5}


def test_acknowledgements_are_not_news(cues: Cues, helpers: Helpers) -> None:
    helpers.ready()
    changes: list[None] = []
    cues.sig_changed.connect(lambda: changes.append(None))
    cues.play(Sound.HOLD)
    helpers.channel("sound").answer(ack=2)
    assert changes == [] and len(helpers.channel("sound").written) == 2
