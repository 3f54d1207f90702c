"""Doing a session, from the optional check-in to the last saved rep.

`Sessions` owns the session lifecycle: begin (check-in first, when asked for), start (the
progression owed, the plan, a recorder), every note written as it comes, saving retried while
the disk refuses, the offer to carry on after a crash, and the guard before quitting with
exercise not yet saved. Cues follow the runner.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from foot_coach import APP_NAME
from foot_coach.actions import coaching, history, messages
from foot_coach.actions.context import Context
from foot_coach.core import care
from foot_coach.core.care import Moment
from foot_coach.core.cue_health import silence_line
from foot_coach.core.prompts import Sound, sound_for_phase, ticks
from foot_coach.core.routine import Timing, compile_routine, items_for
from foot_coach.core.session import PhaseStarted, Status, StatusChanged, Stop, View
from foot_coach.core.words import fill
from foot_coach.store import log
from foot_coach.store.errors import StoreError
from foot_coach.system import i18n
from foot_coach.system.i18n import tr
from foot_coach.ui import cues, phase_text, place_first, warm
from foot_coach.ui.place_first import PlaceFirst

if TYPE_CHECKING:
    from foot_coach.store.recorder import Recorder

LOG = logging.getLogger("foot_coach")
TRACE_ENV = "FOOT_COACH_TRACE_REPS"  # system tests: print the session and each rep committed
RETRY_SAVE_MS = 15_000


def trace_rep(set_id: int, done: int) -> None:
    print(f"rep {set_id} {done}", flush=True)


class Sessions(QObject):
    """One session at a time; what it reports is written to the history as it happens."""

    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner, self.cues = ctx, ctx.runner, ctx.cues
        self.recorder: Recorder | None = None  # the session being written
        self._backlog: list[Recorder] = []  # sessions with notes not yet on disk
        self._save_problem: QMessageBox | None = None
        self._retry_armed = False
        self._silence = ""  # what the Session page last said cannot be heard
        self._quitting = False  # Qt closes every window on the way out: a check-in among them
        self._traced: Recorder | None = None  # the session last named on stdout (TRACE_ENV)
        self._place_first = PlaceFirst(ctx.window)  # a screen reader says where, then the step
        ctx.store.followers.append(self._follow)
        ctx.store.movers.append(self._moved)

    def wire(self) -> None:
        pages = self.ctx.pages
        pages.when_made("exercises", self._connect_exercises)
        # A session may start soon: the audio helpers get a head start on its first cue.
        self.ctx.window.sig_nav_near.connect(lambda key: key == "session" and self.cues.prepare())
        # The cues go out first: the screen's work (a new picture, a new page) must not make
        # the sound late. The Session page is made (and connected) before a session starts.
        self.runner.sig_phase_started.connect(self._cue_phase)
        self.runner.sig_view.connect(self._cue_tick)
        pages.when_made("session", self._connect_page)
        self.runner.sig_notes.connect(self._record)
        self.runner.sig_notes.connect(lambda notes: coaching.notes_saved(self.ctx, notes))
        self.runner.sig_status.connect(self._status_changed)

    def _connect_exercises(self) -> None:
        page, routine_ids = self.ctx.pages.exercises, self.ctx.routine_ids
        page.sig_start_routine.connect(lambda: self.begin(routine_ids()))
        page.sig_practise.connect(lambda exercise_id: self.begin([exercise_id]))
        page.sig_start_near.connect(self.cues.prepare)

    def _connect_page(self) -> None:
        page = self.ctx.pages.session
        page.sig_event.connect(self.runner.send)
        page.sig_focus_mode.connect(self.ctx.window.toggle_focus_mode)
        self.ctx.window.sig_focus_mode.connect(page.show_focus_mode)
        page.sig_finished_ok.connect(self.back_to_exercises)
        page.sig_start_routine.connect(lambda: self.begin(self.ctx.routine_ids()))
        self.runner.sig_phase_started.connect(page.show_phase)
        self.runner.sig_view.connect(page.show_view)
        self.cues.sig_changed.connect(self._show_silence)

    def session_id(self) -> int | None:
        return self.recorder.session_id if self.recorder else None

    def active(self) -> bool:
        return self.runner.active()

    def begin(self, exercise_ids: Sequence[str]) -> None:
        """Start from the window: first the optional pain check-in, then the session."""
        self.cues.prepare()
        if self.ctx.settings.value.pain_checkins and not self.active():
            coaching.ask_pain(self.ctx, Moment.BEFORE, lambda: self._after_checkin(exercise_ids))
        else:
            self.start(exercise_ids)

    def _after_checkin(self, exercise_ids: Sequence[str]) -> None:
        """Answered or skipped, the routine begins; closed because the app is quitting, not.
        The window takes the keyboard back: once in 26 starts with Orca under Openbox it did
        not come forward as the check-in closed (no window:activate for Orca, no focus for
        Qt), and the keys pressed then would not have reached the session."""
        if not self._quitting:
            self.ctx.window.activateWindow()
            self.start(exercise_ids, from_dialog=True)

    def start(self, exercise_ids: Sequence[str], from_dialog: bool = False) -> None:
        """`from_dialog`: started as the pain check-in closes."""
        ctx = self.ctx
        if self.active():
            ctx.window.show_page("session")
            return
        page = ctx.pages.session  # made, and connected, before the runner says anything
        history.put_back(ctx)
        from foot_coach.store.recorder import Recorder  # not needed before the first session

        changes = coaching.progress(ctx, exercise_ids)
        timing = Timing(rest_s=ctx.settings.value.rest_s)
        items = items_for(ctx.catalog, exercise_ids, coaching.amounts(ctx))
        plan = compile_routine(items, timing)
        session = self.runner.load(plan)
        LOG.info("session started: %s", ", ".join(exercise_ids))
        if self.recorder is not None and self.recorder.pending:
            self._backlog.append(self.recorder)  # an earlier session still waiting to be saved
        self.recorder = Recorder(
            ctx.store.conn, plan, ctx.wall, lambda: session.active_ms(self.runner.clock()),
            ctx.paths.database, trace_rep if os.environ.get(TRACE_ENV) else None,
        )  # fmt: skip
        page.load(plan, self.runner.clock.real_ms)
        page.show_changes(changes)
        ctx.window.show_page("session")
        self.cues.hold()
        self._show_silence()  # helpers kept from a session before may say nothing new
        if self._place_first.start(page, self.runner.start, from_dialog):
            # Its first step is shown, and said after the names, while the clock waits: the
            # page said "No session is running" meanwhile
            page.show_phase(PhaseStarted(0, plan.phases[0], 0))

    def back_to_exercises(self) -> None:
        if self.ctx.window.isFullScreen():
            self.ctx.window.toggle_focus_mode()
        self.ctx.window.show_page("exercises")
        self.ctx.pages.if_made("session", lambda: self.ctx.pages.session.show_idle())

    def _status_changed(self, note: StatusChanged) -> None:
        if note.status in (Status.FINISHED, Status.STOPPED):
            warm.charts_in_background()  # people often look at their history next
            self.cues.let_go()
            self._show_silence()
            history.put_back(self.ctx)
        self.ctx.window.set_session_active(self.active())
        history.changed(self.ctx)
        self.ctx.reminders.refresh()  # a finished session may make today "done"

    # --- after a crash, and before quitting ----------------------------------------------------
    def offer_resume(self, session_id: int) -> QMessageBox | None:
        """After a crash: the interrupted session is kept; offer to do what was left."""
        remaining = log.unfinished_exercises(self.ctx.store.conn, session_id)
        if not remaining:
            return None
        LOG.info("offered to resume session %s", session_id)
        first = self.ctx.catalog.get(remaining[0]).name
        text = tr(
            "Your last session stopped unexpectedly. Everything you did is saved.\n\n"
            "Carry on with the rest, starting from %1?"
        )
        return messages.ask(self.ctx.window, fill(text, first), lambda: self._carry_on(remaining))

    def _carry_on(self, remaining: Sequence[str]) -> None:
        """In the window: started hidden in the tray, the app asks with the window unseen,
        and the session would run where nobody can follow it."""
        window = self.ctx.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        self.start(remaining)

    def quit(self, ask: bool = True) -> bool:
        """Quit, unless unsaved exercise makes the person change their mind (when asked:
        at logout nobody is there to answer)."""
        self._quitting = True
        if self.active():
            self.runner.send(Stop(care.QUIT))
        self.retry_saving()
        if ask and self.unsaved() and not self._quit_anyway():
            self._quitting = False
            return False
        if self.ctx.tray is not None:
            self.ctx.tray.hide()
        QApplication.quit()
        return True

    def _quit_anyway(self) -> bool:
        """Some exercise is only in memory: say so, and let the person decide."""
        answer = QMessageBox.warning(
            self.ctx.window, APP_NAME,
            tr(
                "Some of today's exercise could not be saved yet (see the earlier message). "
                "If you quit now, it is lost. Quit anyway?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    # --- saving --------------------------------------------------------------------------------
    def _record(self, notes: list) -> None:
        if self.recorder is not None:
            recorder = self.recorder
            self._saving(lambda: recorder.handle(notes))
            if os.environ.get(TRACE_ENV) and recorder.session_id and self._traced is not recorder:
                self._traced = recorder  # its row is on disk: once, when it started
                print(f"session {recorder.session_id}", flush=True)

    def _follow(self, conn: sqlite3.Connection) -> None:
        for recorder in [*self._backlog, self.recorder]:
            if recorder is not None:
                recorder.follow(conn)

    def _moved(self, conn: sqlite3.Connection) -> None:
        for recorder in [*self._backlog, self.recorder]:
            if recorder is not None:
                recorder.moved(conn)

    def retry_saving(self) -> None:
        self._retry_armed = False
        for recorder in [*self._backlog, self.recorder]:
            if recorder is not None and recorder.pending:
                self._saving(recorder.flush)
        self._backlog = [r for r in self._backlog if r.pending]

    def unsaved(self) -> bool:
        return any(r is not None and r.pending for r in [*self._backlog, self.recorder])

    def _saving(self, write: Callable[[], None]) -> None:
        """Write to the history; if the disk refuses, keep exercising, say so once, retry."""
        try:
            write()
        except StoreError as exc:
            if self._save_problem is None:
                self._save_problem = QMessageBox(
                    QMessageBox.Icon.Warning, APP_NAME,
                    i18n.explain(exc) + "\n\n" + tr(
                        "Carry on: what you do is kept and saved as soon as writing works again."
                    ),
                    parent=self.ctx.window,
                )  # fmt: skip
                self._save_problem.open()
                LOG.warning("cannot save: %s", exc)
            if not self._retry_armed:
                self._retry_armed = True
                QTimer.singleShot(RETRY_SAVE_MS, self.retry_saving)
            return
        if self._save_problem is not None and not self.unsaved():
            self._save_problem.close()
            self._save_problem = None
            LOG.info("saving works again")

    # --- cues ----------------------------------------------------------------------------------
    def _cue_phase(self, note: PhaseStarted) -> None:
        plan = self.runner.session.plan if self.runner.session else None
        self.cues.play(sound_for_phase(note.phase))
        if plan is not None and not place_first.screen_reader_on():
            self.cues.say(phase_text.spoken(plan, note.phase))
        # With a screen reader on, it says each step (the Session page tells it) and the voice
        # keeps quiet: both go through Speech Dispatcher at the same priority, so each step was
        # heard twice, the second waiting behind the first (a "Hold" a second late), and Qt
        # cancels every program's speech, the screen reader's too, when its voice is cut short.

    def _show_silence(self) -> None:
        """Whether the session goes on without the sounds or the voice, on the Session page."""
        line = silence_line(self.cues.heard("sound"), self.cues.heard("voice"))
        if line != self._silence and os.environ.get(cues.TRACE_ENV):
            cues.trace("silence", line or "-")
        self._silence = line
        self.ctx.pages.session.show_silence(tr(line) if line else "")

    def _cue_tick(self, view: View) -> None:
        if view.status is Status.RUNNING and ticks(view.phase, view.seconds_shown):
            self.cues.play(Sound.TICK)
