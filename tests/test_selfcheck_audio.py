"""--self-check asks the app's own sound and voice helpers what they found, and gives up on one
that does not answer instead of waiting with it."""

from __future__ import annotations

import json
import sys

import pytest

from foot_coach.system import audio, selfcheck

# selfcheck.main() makes a bare QGuiApplication when none is there; in the one test process
# that left the widget tests after it without the QApplication they need, so the outcome
# hung on the order the tests ran in. The QApplication comes first here.
pytestmark = pytest.mark.usefixtures("qapp")


def fake_helper(monkeypatch, role: str, code: str) -> None:
    real = audio.helper_command
    monkeypatch.setattr(
        audio,
        "helper_command",
        lambda r, argument: (sys.executable, ["-c", code]) if r == role else real(r, argument),
    )


def test_both_helpers_answer_and_both_translations_load(capsys) -> None:
    assert selfcheck.main() == 0
    out = capsys.readouterr().out
    assert "ok   translations: translations load: de, es" in out
    assert "ok   sound effects: " in out
    assert "ok   speech: speech engine mock answers" in out


def test_a_helper_that_does_not_answer_is_given_up_on(monkeypatch) -> None:
    fake_helper(monkeypatch, "voice", "import sys; sys.stdin.read()")  # a hung engine
    with pytest.raises(RuntimeError, match=r"the voice helper did not answer within 0\.3 s"):
        selfcheck.helper_ready("voice", "en", deadline_s=0.3)


def test_a_helper_that_ends_without_answering_is_named_and_the_rest_still_run(
    monkeypatch, capsys
) -> None:
    fake_helper(monkeypatch, "voice", "print('not a message')")
    assert selfcheck.main() == 1
    out = capsys.readouterr().out
    assert "FAIL speech: the voice helper ended without answering" in out
    assert "ok   database" in out


def test_a_speech_engine_in_error_is_named(monkeypatch, capsys) -> None:
    ready = {"ready": {"engine": "speechd", "state": "Error", "error": "no speech-dispatcher"}}
    fake_helper(monkeypatch, "voice", f"print({json.dumps(json.dumps(ready))})")
    assert selfcheck.main() == 1
    assert "FAIL speech: speech engine speechd: no speech-dispatcher" in capsys.readouterr().out


def test_sounds_that_cannot_play_on_an_output_are_named(monkeypatch, capsys) -> None:
    ready = {"ready": {"output": "Speakers", "failed": ["tick.wav"]}}
    fake_helper(monkeypatch, "sound", f"print({json.dumps(json.dumps(ready))})")
    assert selfcheck.main() == 1
    assert "FAIL sound effects: Speakers cannot play: tick.wav" in capsys.readouterr().out
