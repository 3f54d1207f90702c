"""Coaching widgets: the pain check-in, the one-tap rating after an exercise, the calm notice.

They collect answers and show text; the rules that decide when each appears live in
core.care and core.progression.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from foot_coach.core.announcing import Kind
from foot_coach.core.care import Moment
from foot_coach.core.words import fill
from foot_coach.ui.announce import announce
from foot_coach.ui.theme import named, scaled_font
from foot_coach.ui.theme import text_label as _text
from foot_coach.ui.widgets import pain_scale
from foot_coach.ui.widgets.flow_row import FlowRow
from foot_coach.ui.widgets.pain_scale import PainScale

AREAS = ("back", "hip", "knee")


@dataclass(frozen=True)
class PainAnswer:
    """0-10 for each area; None where the person gave no answer."""

    back: int | None
    hip: int | None
    knee: int | None


class CheckInDialog(QDialog):
    """Back, hip and knee on 0-10. Keys: Tab or Up/Down pick the area, Left/Right or a digit
    set it (a digit moves on to the next area), Enter saves, Esc skips."""

    def __init__(self, moment: Moment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("How do you feel before you start?")
        if moment is Moment.AFTER:
            title = self.tr("How do you feel now?")
        self.setWindowTitle(self.tr("Pain check-in"))
        self.setAccessibleName(self.tr("Pain check-in"))
        grid = self._scales()
        self.area = 0
        layout = QVBoxLayout(self)
        layout.addWidget(_text(title, 1.4, bold=True))
        layout.addWidget(_text(self.tr("0 means no pain at all, 10 the worst pain.")))
        layout.addLayout(grid)
        layout.addLayout(self._buttons())
        # Default once in the dialog, so Enter on a line saves (see first_run.py).
        self.save.setDefault(True)
        self.scales[AREAS[0]].setFocus()
        self._mark(0)

    def _buttons(self) -> QHBoxLayout:
        """Skip and Save, at the right."""
        self.save = QPushButton(self.tr("Save"))
        self.skip = QPushButton(self.tr("Skip"))
        # The key alone as the description: the tooltip as it was said each name twice.
        named(self.save, self.tr("Save"), self.tr("Save (Enter)"))
        named(self.skip, self.tr("Skip the check-in"), self.tr("Skip the check-in (Esc)"))
        self.save.clicked.connect(self.accept)
        self.skip.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip)
        buttons.addWidget(self.save)
        return buttons

    def _scales(self) -> QGridLayout:
        """A line of 0-10 for each area, named at its left, the one in hand marked at its right."""
        names = {"back": self.tr("Back"), "hip": self.tr("Hip"), "knee": self.tr("Knee")}
        pain_scale.install()
        tip = self.tr("0 is no pain, 10 is the worst you can imagine")
        self.scales = {area: PainScale(names[area], tip) for area in AREAS}
        grid = QGridLayout()
        grid.setVerticalSpacing(0)  # each line keeps room for its focus ring
        self.marker = [_text("") for _ in AREAS]
        for row, area in enumerate(AREAS):
            grid.addWidget(_text(names[area], 1.2, bold=True), row, 0)  # the line says it too
            grid.addWidget(self.scales[area], row, 1)
            grid.addWidget(self.marker[row], row, 2)
            self.scales[area].sig_digit.connect(lambda r=row: self._to_area(min(r + 1, 2)))
            self.scales[area].sig_focused.connect(lambda r=row: self._mark(r))
        return grid

    def _mark(self, row: int) -> None:
        self.area = row
        for at, marker in enumerate(self.marker):
            marker.setText("◀" if at == row else "")

    def _to_area(self, row: int) -> None:
        self.scales[AREAS[row % len(AREAS)]].setFocus(Qt.FocusReason.TabFocusReason)
        self._mark(row % len(AREAS))

    def set_value(self, area: str, value: int) -> None:
        self.scales[area].set_value(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up and Down move between the lines; each line takes Left, Right and the digits."""
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._to_area(self.area + (1 if event.key() == Qt.Key.Key_Down else -1))
        else:
            super().keyPressEvent(event)  # Enter saves, Esc skips

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A window's least height leaves out words that wrap: a question on two lines (in
        German, at large text) took its room from the three lines of numbers, cutting them.
        The least height is what the words need at this width, and the dialog follows it back
        down where only the old least height held it up: sized narrow for a moment by the
        window manager (German, 200 %, a screen at twice the scale), the words' height at
        that width stayed once it was wide, and Save and the numbers were below the screen."""
        super().resizeEvent(event)
        held, need = self.minimumHeight(), self.layout().totalHeightForWidth(self.width())
        # The layout's least width stays too: with a least size set here, Qt stops setting it.
        self.setMinimumSize(self.layout().totalMinimumSize().width(), need)
        if self.height() == held > need:
            self.resize(self.width(), need)

    def answer(self) -> PainAnswer:
        back, hip, knee = (self.scales[a].value() for a in AREAS)
        return PainAnswer(back, hip, knee)


class _Question(QLabel):
    """The rating's question, which may take two lines beside the buttons: it asks for half its
    width on one line, so at large text the row still fits instead of turning into a column
    of three buttons taller than the session has room for."""

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(self.text()) // 2 + metrics.height()
        return QSize(width, self.heightForWidth(width))


class RatingBar(QFrame):
    """How did that feel? Three big buttons, keys 1, 2 and 3; ignoring it is fine."""

    sig_rated = Signal(str, str)  # exercise id, "too-easy" | "about-right" | "too-hard"
    sig_asked_or_answered = Signal()  # shown, or put away once answered: the page fits anew

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercise_id = ""
        self.asked = ""  # the question whole, with the exercise's name
        self._heights: dict[tuple[object, ...], int] = {}  # see height_for
        self.question = _Question()
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setFont(scaled_font(self.font(), 1.1, bold=True))
        # The question beside its buttons; with large text above them, and the buttons one
        # under another only where even their own row does not fit.
        self.answers = answers = FlowRow()
        self.row = FlowRow(self.question, answers)
        # The question takes the width its answers leave; as a stretch it took the height
        # too once they stood under it, and an empty band opened at the end of a session.
        wide = self.question.sizePolicy()
        wide.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        self.question.setSizePolicy(wide)
        QVBoxLayout(self).addWidget(self.row)
        self.buttons: dict[str, QPushButton] = {}
        for key, (value, text) in enumerate(
            (
                ("too-easy", self.tr("Too easy")),
                ("about-right", self.tr("About right")),
                ("too-hard", self.tr("Too hard")),
            ),
            start=1,
        ):
            button = QPushButton(f"{text} ({key})")
            named(button, text, fill(self.tr("%1 (key %2)"), text, str(key)))
            # Bound like the session's own keys: they work wherever focus is on that page.
            shortcut = QShortcut(QKeySequence(str(key)), parent or self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda v=value: self.isVisible() and self._rate(v))
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves Space to pause
            button.setMinimumHeight(48)  # a large target, slim or not (see session_fit)
            button.clicked.connect(lambda _=False, v=value: self._rate(v))
            answers.add(button)
            self.buttons[value] = button
        # A Tab stop before its answers, as the session's summary is: where the page scrolls
        # (the end, 200 % text, a short window) Tab brought the answers into view alone.
        self.question.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.hide()

    def ask(self, exercise_id: str, name: str) -> None:
        self.exercise_id = exercise_id
        self.asked = fill(self.tr("How did %1 feel?"), name)
        self.question.setText(self.asked)
        self.show()
        announce(self, self.question.text(), Kind.STATUS)  # politely, after the step being said
        self.sig_asked_or_answered.emit()

    def remeasure(self) -> None:
        """Its rows take its answers' new height (slim or not) and its question's new size
        at once: Qt passes that up a row of rows only as far as the first, and the page kept
        room for answers of the old height (Spanish, 200 %, a laptop: the page scrolled)."""
        for widget in (self.answers, self.row, self):
            widget.updateGeometry()

    def height_for(self, width: int, button_height: int) -> int:
        """Its height at `width` with answers `button_height` tall, as its rows will lay it
        out: the session's fit may make the answers slim, and Qt's own measure keeps their
        height, and the question's, until the next turn of the event loop. Kept for what it
        was measured with: asked a few times at every phase while the question shows, the
        measure (every answer's and the question's size, twice) was the slowest part of a
        phase change."""
        looks = [(w.text(), w.font().key(), w.styleSheet()) for w in self.buttons.values()]
        key = (width, button_height, self.question.text(), self.question.font().key(), *looks)
        if key not in self._heights:
            if len(self._heights) > 16:  # a window resized, another language: start again
                self._heights.clear()
            self._heights[key] = self._height_for(width, button_height)
        return self._heights[key]

    def _height_for(self, width: int, button_height: int) -> int:
        margins = self.layout().contentsMargins()
        width -= margins.left() + margins.right()
        frame = margins.top() + margins.bottom()
        if self.row.box.across_width() <= width:  # the question beside its answers
            return frame + max(self.question.sizeHint().height(), button_height)
        rows = 1 if self.answers.box.across_width() <= width else len(self.buttons)
        spacing = self.row.box.spacing() + self.answers.box.spacing() * (rows - 1)
        return frame + self.question.heightForWidth(width) + rows * button_height + spacing

    def shorten(self, short: bool) -> bool:
        """The question without the exercise's name, or whole again; True if that changed.
        In a short window with large text a long name took the question to two lines, which
        the countdown needed (see session_aside); said whole to a screen reader when asked."""
        words = self.tr("How did it feel?") if short else self.asked
        if words == self.question.text():
            return False
        self.question.setText(words)
        return True

    def _rate(self, value: str) -> None:
        if self.exercise_id:
            self.sig_rated.emit(self.exercise_id, value)
            # The question goes away: a key pressed from anywhere on the page was otherwise
            # followed by silence, and the person could not tell it was taken.
            answer = self.buttons[value].accessibleName()
            announce(self, fill(self.tr("Noted: %1."), answer), Kind.STATUS)
        self.exercise_id = ""
        self.hide()
        self.sig_asked_or_answered.emit()


class SafetyNotice(QFrame):
    """A calm, framed note with one button to put it away."""

    sig_dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("A note about your pain"))
        self.text = _text("", 1.1)
        self.ok = QPushButton(self.tr("Got it"))
        self.ok.setAccessibleName(self.tr("Got it"))
        self.ok.setToolTip(self.tr("Put this note away"))
        self.ok.clicked.connect(self.hide)
        self.ok.clicked.connect(self.sig_dismissed)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.ok, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def tell(self, text: str) -> None:
        self.text.setText(text)
        self.show()
        announce(self, text, Kind.STATUS)
