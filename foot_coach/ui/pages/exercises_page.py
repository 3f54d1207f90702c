"""The Exercises page: a carousel of exercise cards and the buttons that start a session."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from foot_coach.core.catalog import Catalog, Exercise, Prescription
from foot_coach.ui.by_name import key_text, set_property, shortcut
from foot_coach.ui.exercise_card import ExerciseCard, prescription_words
from foot_coach.ui.theme import named, scaled_font
from foot_coach.ui.widgets.near_button import NearButton
from foot_coach.ui.widgets.page_dots import PageDots
from foot_coach.ui.widgets.scrolling import fill_page
from foot_coach.ui.widgets.tab_order import reading_order


class ExercisesPage(QWidget):
    sig_start_routine = Signal()
    sig_practise = Signal(str)  # exercise id
    sig_start_near = Signal()  # the pointer or the keyboard reached a start button

    def __init__(
        self,
        catalog: Catalog,
        prescriptions: Mapping[str, Prescription],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Built from the outside in, so that no widget is moved with all it holds (fill_page):
        # the page's scroll area and what it scrolls first, then the card area in that.
        self.content = QWidget()
        self.page_scroll = fill_page(self, self.content)
        # One card at a time, in a plain widget: a QStackedWidget is a "layered pane" to AT-SPI,
        # which Orca said before every card.
        self.card_area = QWidget(self.content)
        self.cards = QStackedLayout(self.card_area)
        self.cards.setContentsMargins(0, 0, 0, 0)
        self.dots = PageDots(0, self)
        self.dots.sig_chosen.connect(self.show_card)
        self.previous = self._button(self.tr("‹ Previous"), self.tr("Previous exercise"), "Left")
        self.next = self._button(self.tr("Next ›"), self.tr("Next exercise"), "Right")
        self.previous.clicked.connect(lambda: self.show_card(self.cards.currentIndex() - 1))
        self.next.clicked.connect(lambda: self.show_card(self.cards.currentIndex() + 1))
        self.practise = self._button(
            self.tr("Practise this one"), self.tr("Practise this exercise"), "Ctrl+P"
        )
        self.start = self._button(self.tr("Start routine"), self.tr("Start routine"), "Ctrl+Return")
        self.start.setFont(scaled_font(self.font(), 1.2, bold=True))
        self.start.clicked.connect(self.sig_start_routine.emit)
        self.practise.clicked.connect(self._practise)
        for key, target in (("Ctrl+Return", self.start), ("Ctrl+P", self.practise)):
            shortcut(self, key, target.click)
            target.sig_near.connect(self._start_near)
        # Shortcuts, not key presses: a button took Left and Right to move the focus, and the
        # steps' scroll area took them too, so the arrows turned no card once Tab had been used.
        for key, step in (("Left", -1), ("Right", 1)):
            arrow = shortcut(self, key, lambda s=step: self.turn(s))
            set_property(arrow, "context", "WidgetWithChildrenShortcut")
        self._entries: list[tuple[Exercise, Prescription]] = []
        self._arranged = False
        # The first card before the buttons are placed below it: Tab then comes to it first
        # as it is, with no reordering (which asks each widget's focus policy, and so names
        # the Qt namespace before the first paint: ui/by_name.py).
        self.set_catalog(catalog, prescriptions)
        self._arrange()

    def _button(self, text: str, name: str, key: str) -> NearButton:
        button = NearButton(text, parent=self)  # by position, PySide weighs a QIcon overload
        named(button, name, f"{name} ({key_text(key)})")
        button.setMinimumHeight(44)
        return button

    def _arrange(self) -> None:
        nav = QWidget()
        steps = QHBoxLayout(nav)
        steps.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous, None, self.dots, None, self.next):
            steps.addWidget(widget) if widget is not None else steps.addStretch(1)
        actions = QWidget()
        self.action_box = buttons = QHBoxLayout(actions)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.practise)
        buttons.addWidget(self.start)
        self.nav_row, self.action_row = nav, actions
        self.bottom = QGridLayout()
        self.bottom.setContentsMargins(0, 0, 0, 0)
        self.bottom.setHorizontalSpacing(self.fontMetrics().height())  # the two groups apart
        self._across: bool | None = None
        self._stacked = False  # the actions one under the other
        self.column = column = QVBoxLayout(self.content)
        column.addWidget(self.card_area, 1)
        column.addLayout(self.bottom)
        self.card_area.setMinimumHeight(self._card_floor())
        self._place_bottom()
        self._arranged = True

    def set_catalog(self, catalog: Catalog, prescriptions: Mapping[str, Prescription]) -> None:
        """Show these exercises (own ones included), staying on the same one where possible.
        Each card is made when first shown: start-up pays for the one on screen."""
        current = self.current_exercise() if self._entries else ""
        while self.cards.count():
            card = self.cards.widget(0)
            self.cards.removeWidget(card)
            card.deleteLater()
        self._entries = [
            (e, prescriptions.get(e.id, e.prescription)) for e in catalog.exercises
        ]  # fmt: skip
        for _ in self._entries:
            self.cards.addWidget(QWidget())  # stands in for the card until it is shown
        self.dots.set_count(self.cards.count())
        self.show_card(max(catalog.ids.index(current) if current in catalog.ids else 0, 0))

    def card(self, index: int) -> ExerciseCard:
        """The card at `index`, made now if it was not yet."""
        made = self.cards.widget(index)
        if isinstance(made, ExerciseCard):
            return made
        card = ExerciseCard(*self._entries[index], parent=self.card_area)
        self.cards.insertWidget(index, card)
        self.cards.removeWidget(made)
        made.deleteLater()
        if self._arranged:  # a new card joins the end of the tab chain, after the buttons
            reading_order(card, self.previous, self.next, self.practise, self.start)
        return card

    def show_prescriptions(self, prescriptions: Mapping[str, Prescription]) -> None:
        self._entries = [(e, prescriptions.get(e.id, e.prescription)) for e, _ in self._entries]
        for index, (exercise, rx) in enumerate(self._entries):
            card = self.cards.widget(index)
            if isinstance(card, ExerciseCard):
                card.amount.setText(prescription_words(exercise, rx))

    def current_exercise(self) -> str:
        return self._entries[self.cards.currentIndex()][0].id

    def turn(self, step: int) -> None:
        """The next or previous card; a focus in the steps moves to the steps shown (Qt's
        stacked layout), which are then read out."""
        self.show_card(self.cards.currentIndex() + step)

    def show_card(self, index: int) -> None:
        index %= self.cards.count()  # the carousel wraps around
        moved = index != self.cards.currentIndex()
        card = self.card(index)
        self.cards.setCurrentWidget(card)
        self.dots.set_current(index)
        QTimer.singleShot(0, self, self._one_scroll_bar)
        if moved and self.isVisible():
            # Loaded at the first turn, not for the first paint (its words and their pacing).
            from foot_coach.core.announcing import Kind
            from foot_coach.ui.announce import announce

            # Focus stays on the page, so nothing else tells a screen reader what came into view.
            words = (card.exercise.name, card.amount.text(), self.dots.accessibleDescription())
            announce(self, ". ".join(words), Kind.PROGRESS)

    def _practise(self) -> None:
        self.sig_practise.emit(self.current_exercise())

    def _start_near(self, by_hand: bool) -> None:
        """The pointer or Tab reached a start button: not the focus a page gives when shown."""
        if by_hand:
            self.sig_start_near.emit()

    def _place_bottom(self) -> None:
        """One row where the page is wide enough, so that at large text on a laptop screen
        Start routine stays in view below the card; two rows on a narrow page. (A layout
        with a height for each width would make the scroll area give the card all its
        preferred height, and push the buttons out of view.)"""
        spacing = self.bottom.horizontalSpacing() + 40  # and the page's own margins
        needed = self.nav_row.sizeHint().width() + self._stack_actions() + spacing
        across = needed <= self.width()
        if across == self._across:
            return
        self._across = across
        for widget in (self.nav_row, self.action_row):
            self.bottom.removeWidget(widget)
        self.bottom.addWidget(self.nav_row, 0, 0)
        self.bottom.addWidget(self.action_row, 0 if across else 1, 1 if across else 0)

    def _stack_actions(self) -> int:
        """The two actions one under the other where even a row of their own is too narrow
        (Spanish at 200 %): side by side they ran on under the page's scroll bar. Gives their
        width side by side. The direction is named only when it changes: PySide builds the
        enum's type when first named, and the first paint needs none."""
        gap = max(self.action_box.spacing(), 0)
        actions = self.practise.sizeHint().width() + gap + self.start.sizeHint().width()
        room = self.width() - 40 - self.page_scroll.verticalScrollBar().sizeHint().width()
        if (actions > room) != self._stacked:
            self._stacked = actions > room
            down, side_by_side = QBoxLayout.Direction.TopToBottom, QBoxLayout.Direction.LeftToRight
            self.action_box.setDirection(down if self._stacked else side_by_side)
        return actions

    def _card_floor(self) -> int:
        """With large text in a small window the card keeps room for its picture and name,
        and the page scrolls to the buttons."""
        return max(220, self.fontMetrics().height() * 7)

    def _one_scroll_bar(self) -> None:
        """Where the page scrolls, the card's text shows whole and scrolls with it: at 200 %
        text on a laptop, the steps' scroll bar stood beside the page's, two bars side by
        side. Where the page fits, the steps scroll on their own below their title."""
        card = self.cards.currentWidget()
        if not isinstance(card, ExerciseCard):
            return
        margins = self.column.contentsMargins()
        floor = self._card_floor()
        below = self.bottom.sizeHint().height() + self.column.spacing() + margins.top()
        scrolls = floor + below + margins.bottom() > self.page_scroll.height()
        text = card.unrolled(scrolls, floor)
        self.card_area.setMinimumHeight(max(floor, text) if scrolls else floor)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_bottom()
        # Once the card has its new width, which its text's height follows.
        QTimer.singleShot(0, self, self._one_scroll_bar)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel turns the cards, but not where it reads the steps: at their end the steps
        pass the wheel on, and one turn too many showed the next exercise to someone reading
        how to do this one (German, 200 % text, a laptop). Steps shown whole scroll with the
        page, which passes the wheel on at its end alike."""
        reading = self.card(self.cards.currentIndex()).reading
        over = reading.rect().contains(reading.mapFrom(self, event.position().toPoint()))
        bars = (reading.verticalScrollBar(), self.page_scroll.verticalScrollBar())
        if over and event.angleDelta().y() and any(bar.maximum() for bar in bars):
            return
        delta = event.angleDelta().y() or event.angleDelta().x()
        if delta:
            self.show_card(self.cards.currentIndex() + (1 if delta < 0 else -1))
