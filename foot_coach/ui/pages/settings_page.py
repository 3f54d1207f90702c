"""The Settings page: sound, voice and how the app looks. It shows values and forwards changes.

When there is no sound device or speech engine, the status lines say so in plain words; the
app keeps working silently.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from foot_coach.core.announcing import Kind
from foot_coach.ui.announce import announce
from foot_coach.ui.theme import named, scaled_font
from foot_coach.ui.widgets.flow_row import FlowRow
from foot_coach.ui.widgets.scrolling import fill_page
from foot_coach.ui.widgets.status_line import StatusLine
from foot_coach.ui.widgets.text_form import TextForm
from foot_coach.ui.widgets.wrap_check import WrapCheckBox


class SettingsPage(QWidget):
    sig_sound = Signal(int, bool, bool)  # volume 0-100, muted, voice on
    sig_try_sound = Signal()
    sig_look = Signal(str, int)  # theme: system/light/dark, text size in percent
    sig_language = Signal(str)  # system, en, de or es

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sound_controls()
        self._look_controls()
        self._language_controls()
        self._arrange()

    def _sound_controls(self) -> None:
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume.setMinimumHeight(36)
        # Orca reads a slider's bare number ("70"): the unit goes into its name.
        named(self.volume, self.tr("Volume in percent"), self.tr("Volume of sounds and voice"))
        self.volume.sliderReleased.connect(self._sound)
        self.volume.valueChanged.connect(lambda _: self.volume.isSliderDown() or self._sound())
        self.muted = WrapCheckBox(self.tr("Mute all sounds"))
        named(self.muted, self.muted.text(), self.tr("Mute all sounds (Ctrl+M)"))
        self.muted.setShortcut("Ctrl+M")
        self.muted.toggled.connect(self._sound)
        self.voice = WrapCheckBox(self.tr("Speak the steps aloud"))
        named(self.voice, self.voice.text(), self.tr("A voice says each step"))
        self.voice.toggled.connect(self._sound)
        self.try_button = QPushButton(self.tr("Try the sound"))
        named(self.try_button, self.try_button.text(), self.tr("Play a cue now"))
        self.try_button.clicked.connect(self.sig_try_sound)
        self.sound_status = StatusLine()
        self.voice_status = StatusLine()

    def _look_controls(self) -> None:
        self.theme = QComboBox()
        for text, value in (
            (self.tr("Same as the computer"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
        ):
            self.theme.addItem(text, value)
        named(self.theme, self.tr("Colours"), self.tr("Light or dark colours"))
        self.text_size = QComboBox()
        for percent in (100, 125, 150, 175, 200):
            self.text_size.addItem(f"{percent} %", percent)
        named(self.text_size, self.tr("Text size"), self.tr("Make all text larger"))
        self.theme.activated.connect(self._look)
        self.text_size.activated.connect(self._look)

    def _language_controls(self) -> None:
        self.language = QComboBox()
        # Each language is named in itself, so a person can find their own in any language.
        for text, value in (
            (self.tr("Same as the computer"), "system"),
            ("English", "en"),
            ("Deutsch", "de"),
            ("Español", "es"),
        ):
            self.language.addItem(text, value)
        named(self.language, self.tr("Language"), self.tr("The language of Foot Coach"))
        self.language.activated.connect(lambda: self.sig_language.emit(self.language.currentData()))
        self.language_note = QLabel(self.tr("A new language is used from the next start."))
        self.language_note.setWordWrap(True)
        self.language_note.hide()

    def _arrange(self) -> None:
        title = QLabel(self.tr("Settings"))
        title.setFont(scaled_font(self.font(), 1.6, bold=True))
        volume_row = FlowRow()
        volume_row.add(self.volume, 1)
        volume_row.add(self.try_button)
        form = TextForm()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._label(self.tr("Volume"), self.volume), volume_row)
        form.addRow("", self.muted)
        form.addRow("", self.voice)
        form.addRow("", self.sound_status)
        form.addRow("", self.voice_status)
        form.addRow(self._label(self.tr("Colours"), self.theme), self.theme)
        form.addRow(self._label(self.tr("Text size"), self.text_size), self.text_size)
        form.addRow(self._label(self.tr("Language"), self.language), self.language)
        form.addRow("", self.language_note)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(title)
        column.addLayout(form)
        column.addStretch(1)
        fill_page(self, content)

    @staticmethod
    def _label(text: str, field: QWidget) -> QLabel:
        """A row's label as tall as its row, so its centred text lines up with the control's
        text: QFormLayout gives a label of fixed height at most 7/4 of its own height, placed
        at the top of the row, which left it a few pixels above a taller control. Named as its
        control is, as Orca says a control by its label's name and not its own."""
        label = QLabel(text)
        label.setBuddy(field)
        label.setAccessibleName(field.accessibleName())
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return label

    def show_values(
        self, volume: int, muted: bool, voice: bool, theme: str, text_size: int, language: str
    ) -> None:
        """Show saved values without echoing them back as changes."""
        for widget in (self.volume, self.muted, self.voice, self.theme, self.text_size):
            widget.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.volume.setValue(volume)
        self.muted.setChecked(muted)
        self.voice.setChecked(voice)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(text_size)))
        for widget in (self.volume, self.muted, self.voice, self.theme, self.text_size):
            widget.blockSignals(False)

    def show_status(self, sound: str, voice: str) -> None:
        """Whether sounds and the voice work, or what keeps them from it: a Tab stop, as a
        person who cannot see the page relies on them most."""
        for label, text in ((self.sound_status, sound), (self.voice_status, voice)):
            label.setText(text)
            label.setFocusPolicy(Qt.FocusPolicy.TabFocus if text else Qt.FocusPolicy.NoFocus)

    def show_language_note(self) -> None:
        """Said as well as shown: the focus stays on the language, so Orca read nothing of it."""
        self.language_note.show()
        announce(self.language_note, self.language_note.text(), Kind.STATUS)

    def _sound(self) -> None:
        self.sig_sound.emit(self.volume.value(), self.muted.isChecked(), self.voice.isChecked())

    def _look(self) -> None:
        self.sig_look.emit(self.theme.currentData(), self.text_size.currentData())
