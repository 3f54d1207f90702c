"""The Session page: a countdown readable across the room, the phase in words, and controls.

It shows what the runner reports and forwards what the person presses; the runner decides.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from foot_coach.core import care
from foot_coach.core.announcing import Kind
from foot_coach.core.phase_kind import PhaseKind
from foot_coach.core.routine import Phase, Plan
from foot_coach.core.session import (
    BackRep,
    Pause,
    PhaseStarted,
    Resume,
    SkipExercise,
    SkipRep,
    Status,
    Stop,
    View,
)
from foot_coach.core.words import fill
from foot_coach.ui import announce, phase_text, session_fit, session_layout, stop_question
from foot_coach.ui.checkin import RatingBar, SafetyNotice
from foot_coach.ui.illustration import IllustrationView
from foot_coach.ui.theme import named, relabel, scaled_font
from foot_coach.ui.widgets import lines_label, reading
from foot_coach.ui.widgets.reading import ReadingLabel
from foot_coach.ui.widgets.steps_bar import StepsBar

Label = TypeVar("Label", bound=QLabel)


class SessionPage(QWidget):
    sig_event = Signal(object)  # a session Event for the runner
    sig_focus_mode = Signal()  # full-screen focus on or off
    sig_finished_ok = Signal()  # "Back to exercises" after the end
    sig_start_routine = Signal()  # "Start routine" while no session runs

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self._real_ms: Callable[[int], int] = lambda ms: ms
        self.status, self.focused = Status.READY, False  # focused: in focus mode, full screen
        self.countdown_put_away = False  # paused in a short window: see session_aside
        self.words_shrunk: dict[QLabel, QFont] = {}  # the same: the sizes they had
        self.put_away: list[QWidget] = []  # the same: buttons, the question how it felt
        self.resting = False  # a rest or the end: the question how it felt is asked there
        self.confirm_stop: Callable[[], bool] = lambda: stop_question.ask(self)
        self.picture = IllustrationView(self, yielding=True)  # its height is what is left
        self.exercise = centred(QLabel(), scaled_font(self.font(), 1.2))
        self.title = centred(QLabel(), scaled_font(self.font(), 2.0, bold=True))
        reading.install()  # the countdown and the count are read as text and value too
        self.countdown = ReadingLabel()
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rep = centred(ReadingLabel(), scaled_font(self.font(), 1.4, bold=True))
        self.detail = centred(QLabel())
        self.detail.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # ordered now; a stop when idle
        self.progress = StepsBar()
        self.progress.setAccessibleName(self.tr("Progress through the routine"))
        self.rating = RatingBar(self)
        self.notice = SafetyNotice(self)
        self.changes = lines_label.LinesLabel()
        self.changes.setWordWrap(True)
        self.changes.setTextFormat(Qt.TextFormat.PlainText)
        # Says plainly when the session is paused; at the end, what was done.
        self.state_line = centred(QLabel(), scaled_font(self.font(), 1.1, bold=True))
        # What cannot be heard: someone following by ear heard only silence, and no word that
        # the countdown on screen was all there was now.
        self.silence = centred(QLabel())
        self.silence.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = centred(lines_label.LinesLabel())  # size: session_aside.summary_font
        self.summary.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # what today added up to, to Tab
        self.buttons = self._make_buttons()
        self.rating.sig_asked_or_answered.connect(lambda: session_fit.fit(self))
        session_layout.arrange(self)  # also makes self.scrolled and self.pinned
        self.show_idle()  # hides what only a session shows: changes, state line, summary

    def _make_buttons(self) -> dict[str, QPushButton]:
        specs = [
            ("back", self.tr("Back"), "Left", lambda: self.sig_event.emit(BackRep())),
            ("pause", self.tr("Pause"), "Space", self.toggle_pause),
            ("skip", self.tr("Skip"), "Right", lambda: self.sig_event.emit(SkipRep())),
            ("next", self.tr("Next exercise"), "Shift+Right", self._skip_exercise),
            ("focus", self.tr("Focus mode"), "F", self.sig_focus_mode.emit),
            ("stop", self.tr("Stop"), "Esc", self.request_stop),
            ("hurts", self.tr("Stop — it hurts"), "H", self.it_hurts),
        ]  # in the order they are laid out, which is the order Tab visits them
        buttons = {}
        for key, text, shortcut, action in specs:
            button = QPushButton(text, self)
            button.setMinimumHeight(48)
            named(button, text, f"{text} ({QKeySequence(shortcut).toString()})")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves Space to pause
            button.clicked.connect(action)
            short = QShortcut(QKeySequence(shortcut), self)
            short.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            short.activated.connect(self._space if shortcut == "Space" else action)
            buttons[key] = button
        return buttons

    def _space(self) -> None:
        """Space presses the button Tab reached (it paused instead), else pauses or resumes."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QPushButton) and self.isAncestorOf(focused):
            focused.click()
        else:
            self.toggle_pause()

    def show_idle(self) -> None:
        """No session: say so and offer to start, instead of a blank page with step buttons
        that would do nothing."""
        self.plan, self.status = None, Status.READY
        self.exercise.setText(self.tr("No session is running."))
        self.title.setText(self.tr("Ready when you are"))
        self.rep.setText("")
        self.detail.setText(
            self.tr("Start your routine here, or practise one exercise from the Exercises page.")
        )
        self.silence.clear()
        shown_in_a_session = (self.countdown, self.progress, self.picture, *self._running_only())
        for widget in (*shown_in_a_session, self.rating, self.changes, self.state_line,
                       self.silence, self.summary):  # fmt: skip
            widget.hide()
        # What to do, read as one Tab stop before Start routine: Tab met the button alone.
        self.detail.setAccessibleName(f"{self.exercise.text()} {self.detail.text()}")
        self.detail.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        relabel(self.buttons["pause"], self.tr("Start routine"), key="Space")
        session_fit.fit(self)

    # --- from the runner -----------------------------------------------------------------------
    def load(self, plan: Plan, real_ms: Callable[[int], int] = lambda ms: ms) -> None:
        """`real_ms` is the session clock's: session milliseconds to real ones, for drawing."""
        self.plan, self._real_ms, self.status = plan, real_ms, Status.READY  # until it starts
        self.detail.setAccessibleName("")  # the step's words, as they are shown
        self.detail.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.silence.clear()
        for widget in (self.rating, self.changes, self.state_line, self.silence, self.summary):
            widget.hide()
        for widget in (self.countdown, self.progress, self.picture, *self._running_only()):
            widget.show()
        self.setFocus()

    def show_phase(self, note: PhaseStarted) -> None:
        phase = note.phase
        if self.plan is None:
            return
        self.picture.show_phase(
            phase.exercise_id, phase.kind, phase.rep, phase.side, phase.direction,
            self._real_ms(phase.duration_ms),
        )  # fmt: skip
        self.exercise.setText(phase_text.heading(self.plan, phase))
        self.title.setText(phase_text.title(self.plan, phase))
        self.rep.show_reading(phase_text.rep_line(phase), max(phase.rep, 0), phase.reps)
        self.detail.setText(phase_text.detail(self.plan, phase))
        self._announce(phase)
        done = phase.kind is PhaseKind.DONE
        self.resting = done or phase.kind is PhaseKind.REST
        # At the end the room goes to the summary: rating, changes and any note.
        for widget in (self.countdown, self.progress, *self._running_only()):
            widget.setVisible(not done)
        if done:
            self.changes.setVisible(bool(self.changes.text()))  # if fitting put it away meanwhile
        words = self.tr("Back to exercises") if done else self.tr("Pause")
        relabel(self.buttons["pause"], words, key="Space")
        session_fit.fit(self)

    def _announce(self, phase: Phase) -> None:
        """Say the phase; the strip below moves once per exercise, quietly (see StepsBar)."""
        assert self.plan is not None
        done = announce.phase_started(self.title, self.plan, phase)
        self.progress.show_steps(done, len(self.plan.items))

    def across(self) -> tuple[QWidget, ...]:
        """The full-width lines under the picture and words, as many as show: the question
        how an exercise felt too, or in a rest at large text the session's buttons went
        below the window."""
        return (
            self.state_line, self.silence, self.summary, self.changes, self.notice, self.rating
        )  # fmt: skip

    def _running_only(self) -> list[QPushButton]:
        keys = ("back", "skip", "next", "stop", "hurts") + (() if self.focused else ("focus",))
        return [self.buttons[k] for k in keys]

    def show_focus_mode(self, focused: bool) -> None:
        """In full screen the button says how to leave it: it went on saying "Focus mode"."""
        self.focused = focused
        words = self.tr("Leave focus mode") if focused else self.tr("Focus mode")
        relabel(self.buttons["focus"], words, key="F")
        if self.status not in (Status.RUNNING, Status.PAUSED):  # at the end, the way out only
            self.buttons["focus"].setVisible(focused)
        session_fit.fit(self)  # the longer words may need a row of their own

    def show_changes(self, lines: list[str]) -> None:
        """How the next sessions change, one plain line each, shown at the end."""
        self.changes.setText("\n".join(lines))
        self.changes.setVisible(bool(lines))

    def show_view(self, view: View) -> None:
        changed, was, self.status = view.status is not self.status, self.status, view.status
        shown = str(view.seconds_shown) if view.phase.duration_ms else "✓"
        whole = -(-view.phase.duration_ms // 1000)  # the phase's seconds: the value's range
        if (shown, whole) != (self.countdown.text(), self.countdown.maximum):
            self.countdown.show_reading(shown, view.seconds_shown, whole)
            self.countdown.setAccessibleName(fill(self.tr("Seconds left: %1"), shown))
        if view.status is Status.PAUSED:
            relabel(self.buttons["pause"], self.tr("Resume"), key="Space")
            self.state_line.setText(self.tr("Paused. Press Space or Resume to carry on."))
            self.picture.pause()
        elif view.status is Status.RUNNING:
            relabel(self.buttons["pause"], self.tr("Pause"), key="Space")
            self.picture.resume()
        elif view.status is Status.STOPPED:
            self._show_stopped() if view.begun else self._show_unstarted()
        self.state_line.setVisible(view.status is Status.PAUSED)
        if changed:  # the paused line takes room from the countdown, and gives it back
            session_fit.fit(self)
            announce.status_changed(self.title, was, view.status, view.begun)

    def _show_stopped(self) -> None:
        """Stopped early: no old step, countdown or step buttons are left to press."""
        self.exercise.setText(self.tr("Everything you did is saved."))
        self.title.setText(self.tr("Stopped"))
        self.rep.show_reading("", 0, 0)
        self.detail.setText("")
        for widget in (self.countdown, self.progress, self.picture, *self._running_only()):
            widget.hide()
        relabel(self.buttons["pause"], self.tr("Back to exercises"), key="Space")
        session_fit.fit(self)

    def _show_unstarted(self) -> None:  # stopped as it waited to start: nothing was done
        self.show_idle()
        self.exercise.setText(self.tr("Stopped before it started. Nothing was counted."))

    def show_silence(self, text: str) -> None:
        """What cannot be heard in this session, or ""; said to a screen reader as it comes."""
        if text == self.silence.text():
            return
        self.silence.setText(text)
        announce.announce(self.silence, text, Kind.STATUS)
        session_fit.fit(self)  # shows it, where the countdown leaves it room

    def show_summary(self, text: str) -> None:
        """What was done today, shown once the session has ended."""
        self.summary.setText(text)
        announce.announce(self.summary, text, Kind.STATUS)
        self.summary.setVisible(bool(text))

    # --- from the person -----------------------------------------------------------------------
    def toggle_pause(self) -> None:
        if self.plan is None:
            self.sig_start_routine.emit()
        elif self.status in (Status.FINISHED, Status.STOPPED):
            self.sig_finished_ok.emit()
        else:
            self.sig_event.emit(Resume() if self.status is Status.PAUSED else Pause())

    def _skip_exercise(self) -> None:
        self.sig_event.emit(SkipExercise())

    def request_stop(self) -> None:
        if self.plan is None:  # Esc with no session: nothing to stop, nothing to ask
            return
        if self.status in (Status.FINISHED, Status.STOPPED):
            self.sig_finished_ok.emit()
            return
        # While asked, nothing counts on or starts, and no step is said over the question
        held = self.status in (Status.RUNNING, Status.READY)
        if held:
            self.sig_event.emit(Pause())
        if self.confirm_stop():
            self.sig_event.emit(Stop())
        elif held:
            self.sig_event.emit(Resume())

    def it_hurts(self) -> None:
        if self.plan is not None and self.status not in (Status.FINISHED, Status.STOPPED):
            self.sig_event.emit(Stop(care.IT_HURTS))

    def resizeEvent(self, event: QResizeEvent) -> None:
        session_fit.fit(self)
        super().resizeEvent(event)


def centred(label: Label, font: QFont | None = None) -> Label:
    """The label centred, its words wrapped, in `font` if one is given."""
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    if font is not None:
        label.setFont(font)
    return label
