"""One exercise's card on the Exercises page: its picture, name, posture, today's amount, steps
and safety line. Its text scrolls on its own, or shows whole where the page scrolls."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from foot_coach.core.catalog import Exercise, Prescription
from foot_coach.core.words import fill
from foot_coach.system.i18n import tr
from foot_coach.ui import phase_text
from foot_coach.ui.amounts import amount_words, on_each_foot
from foot_coach.ui.by_name import set_property
from foot_coach.ui.illustration import VIEWBOX, IllustrationView
from foot_coach.ui.theme import scaled_font
from foot_coach.ui.widgets.scrolling import vertical_scroll

ASPECT = VIEWBOX.width() / VIEWBOX.height()  # the drawings' width to their height


def prescription_words(exercise: Exercise, rx: Prescription) -> str:
    """Today's amount, each count in its language's plural form ("1 time", "10 times")."""
    today = tr("Today: %1, on each foot") if on_each_foot(exercise) else tr("Today: %1")
    return fill(today, amount_words(exercise, rx))


class ExerciseCard(QWidget):
    """One exercise: picture, name, posture, steps and today's amount."""

    def __init__(self, exercise: Exercise, rx: Prescription, parent: QWidget | None = None):
        super().__init__(parent)
        self.exercise = exercise
        self.picture = IllustrationView(self)
        self.picture.show_exercise(exercise.id)
        name = QLabel(exercise.name)  # the catalogue is already in the person's language
        name.setFont(scaled_font(self.font(), 1.8, bold=True))
        posture = QLabel(phase_text.posture_words(exercise.posture))
        self.amount = QLabel(prescription_words(exercise, rx))
        self.amount.setFont(scaled_font(self.font(), 1.1, bold=True))
        steps = QLabel("\n".join(f"{n}. {s}" for n, s in enumerate(exercise.steps, 1)))
        safety = QLabel(exercise.safety)
        for label in (name, posture, steps, safety, self.amount):
            label.setWordWrap(True)
        column = QWidget()
        text = QVBoxLayout(column)
        for widget in (name, posture, self.amount, steps, safety):
            text.addWidget(widget)
        text.addStretch(1)
        # Long steps in large type scroll rather than squeeze on a small screen.
        title = fill(self.tr("How to do it: %1"), exercise.name)
        self.reading = vertical_scroll(column, title, parent=self)  # made in place: fill_page
        layout = QHBoxLayout(self)
        layout.addWidget(self.picture, 5)
        layout.addWidget(self.reading, 6)
        self.setAccessibleName(exercise.name)
        self.setAccessibleDescription(exercise.summary)
        self.whole = False  # the text shown whole, the page scrolling it (see unrolled)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The picture takes no more width than its drawing fills at this height; the words
        take the rest. A short card (200 % text on a laptop, Spanish buttons on two rows)
        left the drawing blank margins while the exercise's name took two lines and its steps
        none in view."""
        self._picture_width()
        super().resizeEvent(event)

    def _picture_width(self) -> None:
        margins = self.layout().contentsMargins()
        height = self.height() - margins.top() - margins.bottom()
        height = min(height, self.picture.maximumHeight())  # kept short beside steps unrolled
        self.picture.setMaximumWidth(max(self.picture.minimumWidth(), round(height * ASPECT)))

    def unrolled(self, whole: bool, floor: int) -> int:
        """`whole`: the text shows all of itself, with no scroll bar of its own, for a page
        that scrolls, and the picture keeps the height of a card `floor` tall, at its top.
        Gives the card's height then, its margins in."""
        policy = "ScrollBarAlwaysOff" if whole else "ScrollBarAsNeeded"
        set_property(self.reading, "verticalScrollBarPolicy", policy)
        ring, margins = 2 * self.reading.frameWidth(), self.layout().contentsMargins()
        around = margins.top() + margins.bottom()
        self.picture.setMaximumHeight(floor - around if whole else 16_777_215)  # Qt's most
        self._picture_width()
        if whole != self.whole:  # Qt named only here, not at a first paint that fits (by_name)
            from PySide6.QtCore import Qt

            top = Qt.AlignmentFlag.AlignTop if whole else Qt.AlignmentFlag(0)  # or its full height
            self.layout().setAlignment(self.picture, top)
            self.whole = whole
        text = self.reading.widget()
        width = self.reading.width() - ring  # the style's focus ring is its frame
        tall = text.heightForWidth(width) if text.hasHeightForWidth() else text.sizeHint().height()
        return tall + ring + around
