"""The first-run welcome: what Foot Coach does, a first reminder, and trying sound and voice.

Three short steps, each skippable. The dialog only collects answers and asks to try sounds;
the composition root saves them and plays the cues. When Foot Coach was not installed by a
package, the first step also offers a place in the applications menu.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from foot_coach.core.announcing import Kind
from foot_coach.core.words import fill
from foot_coach.ui.announce import announce
from foot_coach.ui.theme import named, relabel, text_label
from foot_coach.ui.widgets import measure
from foot_coach.ui.widgets.flow_row import FlowRow
from foot_coach.ui.widgets.scrolling import vertical_scroll
from foot_coach.ui.widgets.steady import steady
from foot_coach.ui.widgets.tab_order import reading_order
from foot_coach.ui.widgets.wrap_check import WrapCheckBox


@dataclass(frozen=True)
class Welcome:
    """What the person chose; None for a step they skipped."""

    reminder: QTime | None
    volume: int | None
    sound_on: bool | None
    voice_on: bool | None
    menu_entry: bool | None = None  # add the menu entry and icon (offered to pip installs)


def _text(text: str, *, heading: bool = False) -> QLabel:
    return text_label(text, 1.6 if heading else 1.15, bold=heading)


class FirstRunDialog(QDialog):
    """Welcome in three steps. `result_welcome()` gives the answers once it is accepted."""

    sig_try_sound = Signal(int)  # volume 0-100
    sig_try_voice = Signal()

    STEPS = 3

    def __init__(
        self, volume: int = 70, parent: QWidget | None = None, offer_menu_entry: bool = False
    ) -> None:
        super().__init__(parent)
        self.offers_menu_entry = offer_menu_entry
        self.menu_entry = WrapCheckBox(self.tr("Add Foot Coach to the applications menu"))
        self.menu_entry.setChecked(True)
        named(
            self.menu_entry,
            self.tr("Add to the applications menu"),
            self.tr("Find Foot Coach in the menu of your computer, with its icon"),
        )
        self.setWindowTitle(self.tr("Welcome to Foot Coach"))
        self.setAccessibleName(self.tr("Welcome to Foot Coach"))
        self.setMinimumSize(560, 420)
        self._answered: set[int] = set()
        self._volume = volume
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._about_page())  # the later steps are made when reached
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self._step_buttons())
        # Made default only once it is in the dialog: one made default before stopped being it
        # when Tab left it, and Enter in the time or on the text then did nothing.
        self.next_button.setDefault(True)
        self.show_step(0)
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        # At 200 % text its 100 % size made every step scroll to its words or buttons.
        self.resize(measure.roomy_size(self, self.minimumSize(), 30, 20))

    def _step_buttons(self) -> FlowRow:
        """Which step this is, then Skip and Next."""
        self.skip_button = QPushButton(self.tr("Skip this step"))
        self.next_button = QPushButton(self.tr("Next"))
        # A focused button takes Enter for itself: Skip must not, or Enter would throw away
        # what was ticked on the way through.
        self.skip_button.setAutoDefault(False)
        named(
            self.skip_button,
            self.tr("Skip this step"),
            self.tr("Go on without answering this step"),
        )
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.answer)
        self.step_label = QLabel()
        buttons = FlowRow(self.step_label)  # one under another when large text needs it
        buttons.add_stretch()
        buttons.add(self.skip_button)
        buttons.add(self.next_button)
        return buttons

    # --- pages -------------------------------------------------------------------------------
    def _page(self, *widgets: QWidget, name: str = "") -> QWidget:
        """A step that scrolls when large text needs more room than the dialog has; one of
        text alone is named, so the keyboard can scroll it."""
        page = QWidget()
        layout = QVBoxLayout(page)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        return vertical_scroll(page, name)

    def _about_page(self) -> QWidget:
        return self._page(
            _text(self.tr("Welcome"), heading=True),
            _text(
                self.tr(
                    "Foot Coach guides you through five gentle foot exercises: toe curls, "
                    "arch raises, the heel-to-toe walk, ankle circles and toe spreading. "
                    "It counts for you, speaks the steps, and keeps a private log on this "
                    "computer."
                )
            ),
            _text(
                self.tr(
                    "These exercises are general advice, not a treatment. If you have pain "
                    "that does not go away, or pain that is severe, please see a doctor or "
                    "physiotherapist."
                )
            ),
            *([self.menu_entry] if self.offers_menu_entry else []),
            name="" if self.offers_menu_entry else self.tr("Welcome"),  # text alone: named
        )

    def _reminder_page(self) -> QWidget:
        from PySide6.QtWidgets import QTimeEdit  # its types made with the step, not at start

        self.reminder_on = WrapCheckBox(self.tr("Remind me every day at"))
        self.reminder_on.setChecked(True)
        self.reminder_time = QTimeEdit(QTime(9, 0))
        self.reminder_time.setDisplayFormat("HH:mm")
        named(self.reminder_on, self.tr("Daily reminder"), self.tr("Remind me every day"))
        self.reminder_on.toggled.connect(self.reminder_time.setEnabled)
        row = QWidget()
        line = QHBoxLayout(row)
        line.addWidget(self.reminder_on)
        line.addWidget(self.reminder_time)
        line.addStretch(1)
        pick = _text(self.tr("Pick a time of day that suits you. You can change it later."))
        # Orca said this sentence as the field's name, then the name: the label goes by the
        # field's short name, and the sentence is said after it, as its description.
        named(self.reminder_time, self.tr("Reminder time"), pick.text())
        pick.setBuddy(self.reminder_time)
        pick.setAccessibleName(self.reminder_time.accessibleName())
        return self._page(_text(self.tr("A daily reminder"), heading=True), pick, row)

    def _sound_page(self, volume: int) -> QWidget:
        from PySide6.QtWidgets import QSlider

        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(volume)
        # Orca reads a slider's bare number ("70"): the unit goes into its name.
        named(self.volume, self.tr("Volume in percent"), self.tr("Volume of sounds and voice"))
        self.sound_on = WrapCheckBox(self.tr("Play sounds"))
        self.sound_on.setChecked(True)
        self.voice_on = WrapCheckBox(self.tr("Speak the steps out loud"))
        self.voice_on.setChecked(True)
        try_sound = QPushButton(self.tr("Try the sound"))
        try_voice = QPushButton(self.tr("Try the voice"))
        named(self.sound_on, self.tr("Play sounds"), self.tr("A short sound at each step"))
        named(self.voice_on, self.tr("Speak the steps"), self.tr("A voice says each step"))
        named(try_sound, self.tr("Try the sound"), self.tr("Play a cue now"))
        named(try_voice, self.tr("Try the voice"), self.tr("Hear the voice now"))
        try_sound.clicked.connect(lambda: self.sig_try_sound.emit(self.volume.value()))
        try_voice.clicked.connect(self.sig_try_voice.emit)
        volume_label = _text(self.tr("Volume"))
        volume_label.setBuddy(self.volume)
        volume_label.setAccessibleName(self.volume.accessibleName())  # said for the slider
        return self._page(
            _text(self.tr("Sound and voice"), heading=True),
            _text(self.tr("Foot Coach can beep and speak so you need not watch the screen.")),
            self.sound_on,
            self.voice_on,
            volume_label,
            self.volume,
            FlowRow(try_sound, try_voice),  # side by side while they fit: the step scrolls less
        )

    # --- flow --------------------------------------------------------------------------------
    def _make_steps_to(self, step: int) -> None:
        """Make the steps up to `step`, when first reached: while the welcome waits at its
        first step, as it does after the first start, the later steps take no memory."""
        while self.pages.count() <= step:
            page = (
                self._reminder_page() if self.pages.count() == 1 else self._sound_page(self._volume)
            )
            self.pages.addWidget(page)
            steady(page)  # scrolling a step past the volume or the time never changes them
            reading_order(self.pages, self.skip_button, self.next_button)  # not after them

    def show_step(self, step: int) -> None:
        self._make_steps_to(step)
        self.pages.setCurrentIndex(step)
        last = step == self.STEPS - 1
        text = self.tr("Start using Foot Coach") if last else self.tr("Next")
        relabel(self.next_button, text, tip=self.tr("Go on (Enter)"))
        self.step_label.setText(fill(self.tr("Step %1 of %2"), str(step + 1), str(self.STEPS)))
        self._say_step(step)

    def _say_step(self, step: int) -> None:
        """Next moves on with the focus staying on Next, so a screen reader heard nothing of
        the new step: it is announced, and its pane bears its heading, which Orca says as Tab
        goes into it."""
        headings = (self.tr("Welcome"), self.tr("A daily reminder"), self.tr("Sound and voice"))
        self.pages.setAccessibleName(headings[step])
        if step:  # the first is read with the dialog as it opens
            announce(self, f"{self.step_label.text()}: {headings[step]}", Kind.PROGRESS)

    def _move_on(self) -> None:
        step = self.pages.currentIndex()
        if step == self.STEPS - 1:
            self.accept()
        else:
            self.show_step(step + 1)

    def answer(self) -> None:
        self._answered.add(self.pages.currentIndex())
        self._move_on()

    def skip(self) -> None:
        self._answered.discard(self.pages.currentIndex())
        self._move_on()

    def result_welcome(self) -> Welcome:
        reminder_answered = 1 in self._answered
        sound_answered = 2 in self._answered
        menu_answered = self.offers_menu_entry and 0 in self._answered
        reminder = None  # an answered step was made
        if reminder_answered and self.reminder_on.isChecked():
            reminder = self.reminder_time.time()
        return Welcome(
            reminder=reminder,
            volume=self.volume.value() if sound_answered else None,
            sound_on=self.sound_on.isChecked() if sound_answered else None,
            voice_on=self.voice_on.isChecked() if sound_answered else None,
            menu_entry=self.menu_entry.isChecked() if menu_answered else None,
        )
