"""The question how an exercise felt, measured once for what it shows: while it shows, the
session's fit asks for its height a few times at every phase change."""

from __future__ import annotations

from foot_coach.ui.checkin import RatingBar
from foot_coach.ui.widgets.measure import slim_button


def test_the_question_is_measured_again_only_when_what_it_shows_changes(qtbot, monkeypatch) -> None:
    bar = RatingBar()
    qtbot.addWidget(bar)
    bar.ask("toe-curls", "Toe curls")
    measured: list[tuple[int, int]] = []
    inner = RatingBar._height_for

    def counted(self: RatingBar, width: int, button_height: int) -> int:
        measured.append((width, button_height))
        return inner(self, width, button_height)

    monkeypatch.setattr(RatingBar, "_height_for", counted)
    wide, narrow = bar.height_for(1200, 60), bar.height_for(320, 48)
    for _ in range(5):  # five phases of one exercise
        assert (bar.height_for(1200, 60), bar.height_for(320, 48)) == (wide, narrow)
    assert measured == [(1200, 60), (320, 48)]

    bar.ask("ankle-circles", "Ankle circles, first one way and then the other way round")
    longer = bar.height_for(320, 48)
    assert longer == inner(bar, 320, 48) and longer > narrow  # the longer question wraps more

    em = bar.buttons["too-easy"].fontMetrics().height()
    for button in bar.buttons.values():  # slim answers, as a short window's fit makes them
        button.setStyleSheet(slim_button(em))
    assert bar.height_for(1200, 60) == inner(bar, 1200, 60)
    assert measured[2:] == [(320, 48), (1200, 60)]
