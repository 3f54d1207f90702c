"""The Session page says so when the sounds or the voice are gone in a session after the tries
to start them anew ran out, once to a screen reader, and stops saying it when they are back:
someone following by ear heard only silence. The audio helpers are fakes the tests answer
for (audio_fakes.py)."""

from __future__ import annotations

import pytest
from announcements import listen, settle
from audio_fakes import Helpers
from conftest import themed

from foot_coach.core.cue_health import TRIES
from foot_coach.core.session import Stop
from foot_coach.store.settings import Settings

VOICE_GONE = "The voice is not working. Follow the countdown on screen."
SOUNDS_GONE = "The sounds are not working. Follow the countdown on screen."


@pytest.fixture
def coach(make_coach, helpers: Helpers):
    made = make_coach(Settings(pain_checkins=False, first_run_done=True), cues=helpers.cues())
    made.window.show()
    made.sessions.start(["toe-curls"])
    return made


def speech_daemon_dies(helpers: Helpers) -> None:
    helpers.channel("voice").answer(status={"state": "Error", "error": "connection lost"})


def voice_ready(helpers: Helpers) -> None:
    voice = {"engine": "speechd", "language_found": True, "locale": "de_DE", "state": "Ready"}
    helpers.channel("voice").answer(ready=voice)


def test_a_voice_that_keeps_failing_is_said_once_and_the_line_goes_when_it_is_back(
    coach, helpers: Helpers, monkeypatch
) -> None:
    heard = listen(monkeypatch)
    line = coach.ctx.pages.session.silence
    helpers.ready()
    for _ in range(TRIES):
        speech_daemon_dies(helpers)
        assert not line.isVisible()  # a new voice is started in a while: nothing said yet
        assert helpers.revive.advance()
        voice_ready(helpers)
        assert not line.isVisible()
    speech_daemon_dies(helpers)  # and again: its tries for now are spent
    assert line.isVisible() and line.text() == VOICE_GONE
    settle()
    helpers.channel("voice").answer(status={"state": "Error", "error": "still"})
    helpers.channel("sound").answer(status={"output": "Headphones"})
    settle()
    assert heard == [VOICE_GONE]  # once, not at each thing the helpers tell
    assert helpers.revive.advance()  # tried again once the window has room
    assert line.text() == VOICE_GONE  # starting: not heard yet
    voice_ready(helpers)
    assert not line.isVisible()


def test_a_voice_whose_engine_comes_back_by_itself_clears_the_line(coach, helpers: Helpers) -> None:
    line = coach.ctx.pages.session.silence
    helpers.ready()
    for _ in range(TRIES):
        helpers.channel("voice").sig_ended.emit()
        assert helpers.revive.advance()
        voice_ready(helpers)
    speech_daemon_dies(helpers)
    assert line.text() == VOICE_GONE
    helpers.channel("voice").answer(status={"state": "Ready", "error": ""})
    assert not line.isVisible()
    started = helpers.started("voice")
    assert helpers.revive.advance()  # the try that was due finds it working: left alone
    assert helpers.started("voice") == started and not line.isVisible()


def test_the_sounds_gone_after_their_tries_are_named(coach, helpers: Helpers) -> None:
    line = coach.ctx.pages.session.silence
    helpers.ready()
    for _ in range(TRIES):
        helpers.channel("sound").sig_ended.emit()  # the sound server went away under it
        assert helpers.revive.advance()
        helpers.channel("sound").answer(ready={"output": "Speakers", "failed": []})
    helpers.channel("sound").sig_ended.emit()
    assert line.isVisible() and line.text() == SOUNDS_GONE
    speech_daemon_dies(helpers)
    assert helpers.revive.advance()
    assert line.text() == SOUNDS_GONE  # the voice is being started anew
    for _ in range(TRIES - 1):
        helpers.deadline("voice").advance()  # and never gets ready
        assert helpers.revive.advance()
    assert line.text() == SOUNDS_GONE
    helpers.deadline("voice").advance()
    assert line.text().startswith("The sounds and the voice are not working.")


def test_no_sound_output_is_said_at_once_and_goes_when_speakers_come(
    coach, helpers: Helpers
) -> None:
    line = coach.ctx.pages.session.silence
    helpers.ready(output="")
    assert line.isVisible() and line.text() == SOUNDS_GONE
    helpers.channel("sound").answer(status={"output": "Headphones"})
    assert not line.isVisible()


def test_nothing_is_said_while_they_start_when_muted_or_after_the_session(
    make_coach, coach, helpers: Helpers
) -> None:
    line = coach.ctx.pages.session.silence
    assert not line.isVisible()  # still starting
    helpers.ready(engine="")  # no speech engine installed
    assert line.text() == VOICE_GONE
    coach.ctx.runner.send(Stop())
    assert not line.isVisible()
    muted = make_coach(Settings(muted=True, pain_checkins=False), cues=Helpers().cues())
    muted.sessions.start(["toe-curls"])
    assert not muted.ctx.pages.session.silence.isVisible()


@pytest.mark.parametrize(
    ("size", "percent", "shown"),
    [((1366, 768), 200, True), ((800, 500), 100, True), ((800, 500), 200, False)],
)
def test_the_line_shows_where_the_countdown_leaves_it_room(
    make_coach, helpers: Helpers, qtbot, scheduler, artifacts, size, percent, shown
) -> None:
    """On a laptop at large text, and in the smallest window, the line shows whole beside a
    countdown that keeps its room; in the smallest window at 200 % only the countdown does."""
    import layout_walk
    from test_paused_fit import seen_whole

    from foot_coach.ui import theme

    with themed(theme.Mode.LIGHT, percent):
        coach = make_coach(Settings(pain_checkins=False, first_run_done=True), cues=helpers.cues())
        coach.window.resize(*size)
        coach.window.show()
        qtbot.waitExposed(coach.window)
        coach.sessions.start(["toe-curls"])
        for _ in range(6):  # into the first hold
            scheduler.advance()
        layout_walk.settle(coach.window)
        page = coach.ctx.pages.session
        least = page.countdown.height()
        helpers.ready(output="", engine="")
        layout_walk.settle(coach.window)
        name = f"silence-{size[0]}x{size[1]}-{percent}pct.png"
        coach.window.grab().save(str(artifacts / name))
        assert page.silence.text().startswith("The sounds and the voice are not working.")
        assert seen_whole(page.silence) if shown else not page.silence.isVisible()
        assert seen_whole(page.countdown) and seen_whole(page.buttons["pause"])
        assert page.countdown.height() >= min(least, size[1] // 5), (least, page.countdown)
