"""One exercise's card on the Exercises page: its picture, name, posture, today's amount, steps
and safety line. Its text scrolls on its own, or shows whole where the page scrolls."""

from __future__ import annotations

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
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
# The name's and today's amount's sizes, larger words first, then the picture's share of the
# width its drawing fills: the first that leaves the first step whole in view (fit_words).
SIZES = ((1.8, 1.1), (1.5, 1.1), (1.5, 1.0), (1.3, 1.0), (1.0, 1.0))
SHARES = (1.0, 0.75, 0.55)
# Qt.TextFlag.TextWordWrap by its value: named, the `Qt` namespace is built for the first
# paint (ui/by_name.py), which measures the card.
WORD_WRAP = 0x1000


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
        self.name = name = QLabel(exercise.name)  # the catalogue is in the person's language
        name.setFont(scaled_font(self.font(), SIZES[0][0], bold=True))
        self.posture = posture = QLabel(phase_text.posture_words(exercise.posture))
        self.amount = QLabel(prescription_words(exercise, rx))
        self.amount.setFont(scaled_font(self.font(), SIZES[0][1], bold=True))
        self.steps = steps = QLabel("\n".join(f"{n}. {s}" for n, s in enumerate(exercise.steps, 1)))
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
        self.picture_share = 1.0  # of the width its drawing fills (see fit_words)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The picture takes no more width than its drawing fills at this height; the words
        take the rest. A short card (200 % text on a laptop, Spanish buttons on two rows)
        left the drawing blank margins while the exercise's name took two lines and its steps
        none in view."""
        self._picture_width()
        super().resizeEvent(event)
        QTimer.singleShot(0, self, lambda: self.fit_words(self.whole))  # once the text is laid out

    def _picture_width(self) -> None:
        self.picture.setMaximumWidth(self._picture_room(self.picture_share))

    def _picture_room(self, share: float) -> int:
        """The most width the picture takes: what its drawing fills at the card's height, or
        this share of it."""
        margins = self.layout().contentsMargins()
        height = self.height() - margins.top() - margins.bottom()
        height = min(height, self.picture.maximumHeight())  # kept short beside steps unrolled
        return max(self.picture.minimumWidth(), round(height * ASPECT * share))

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
        self.fit_words(whole)
        text = self.reading.widget()
        width = self.reading.width() - ring  # the style's focus ring is its frame
        tall = text.heightForWidth(width) if text.hasHeightForWidth() else text.sizeHint().height()
        return tall + ring + around

    def fit_words(self, whole: bool) -> None:
        """The name and today's amount step down in size, then the picture in width, until
        the first step shows whole above the fold, unless the text is shown `whole`: in
        Spanish at 200 % text on a 1280x700 window the buttons below the card take two rows,
        and of the steps only the first line of the first was in view."""
        column = self.reading.widget().layout()
        margins = column.contentsMargins()
        width = self.reading.viewport().width() - margins.left() - margins.right()
        room = self.reading.viewport().height() - margins.top() - 3 * max(column.spacing(), 0)
        first = self.steps.text().split("\n", 1)[0]
        tries = ((share, self._fonts(sizes)) for share in SHARES for sizes in SIZES)
        share, fonts = SHARES[0], self._fonts(SIZES[0])
        if not whole:
            share, fonts = next(
                (
                    (share, fonts)
                    for share, fonts in tries
                    if self._words_height(*fonts, first, width + self._given(share)) <= room
                ),
                (SHARES[-1], self._fonts(SIZES[-1])),
            )
        for label, font in zip((self.name, self.amount), fonts, strict=True):
            if label.font() != font:
                label.setFont(font)
        if share != self.picture_share:
            self.picture_share = share
            self._picture_width()

    def _given(self, share: float) -> int:
        """The width the picture gives the words (or takes, if negative) at this share of
        its own: it is as wide as that, or its 5 of 11 parts of the card, the narrower."""
        layout = self.layout()
        margins = layout.contentsMargins()
        inner = self.width() - margins.left() - margins.right() - max(layout.spacing(), 0)
        return self.picture.width() - min(self._picture_room(share), inner * 5 // 11)

    def _fonts(self, sizes: tuple[float, float]) -> tuple[QFont, QFont]:
        name, amount = (scaled_font(self.font(), size, bold=True) for size in sizes)
        return name, amount

    def _words_height(self, name: QFont, amount: QFont, first: str, width: int) -> int:
        """The height of the words down to the end of the first step, in these fonts, as
        their labels wrap them."""
        words = ((name, self.name.text()), (self.posture.font(), self.posture.text()),
                 (amount, self.amount.text()), (self.steps.font(), first))  # fmt: skip
        box = QRect(0, 0, max(width, 1), 100_000)
        return sum(
            QFontMetrics(font).boundingRect(box, WORD_WRAP, text).height() for font, text in words
        )
