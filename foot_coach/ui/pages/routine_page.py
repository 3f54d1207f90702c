"""The Routine page: which exercises "Start routine" runs, in what order, with what rest, and
an amount set by hand for any exercise (or back to automatic).

The page shows and forwards; saving and the safe ranges belong to the composition root and
core.progression.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from foot_coach.core.announcing import Kind
from foot_coach.core.catalog import COUNT_LIMITS, HOLD_LIMITS, Catalog, Prescription
from foot_coach.core.words import fill
from foot_coach.ui.announce import announce
from foot_coach.ui.theme import named, scaled_font
from foot_coach.ui.widgets.flow_row import FlowRow
from foot_coach.ui.widgets.scrolling import fill_page
from foot_coach.ui.widgets.text_form import TextForm
from foot_coach.ui.widgets.wrap_label import WrapLabel


class RoutinePage(QWidget):
    sig_saved = Signal(object, int)  # tuple of exercise ids in order, rest seconds
    sig_manual = Signal(str, int, int)  # exercise id, count, hold seconds
    sig_automatic = Signal(str)  # exercise id
    sig_new = Signal()
    sig_edit = Signal(str)  # exercise id (an own one)
    sig_copy = Signal(str)  # exercise id (any)
    sig_delete = Signal(str)  # exercise id (an own one)
    sig_import = Signal()
    sig_export = Signal()

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        title = QLabel(self.tr("Your routine"))
        title.setFont(scaled_font(self.font(), 1.6, bold=True))
        hint = QLabel(self.tr("Tick the exercises to do and put them in the order you like."))
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Exercises in the routine"))
        title.setBuddy(self.list)
        self.list.setToolTip(self.tr("Tick to include; choose one to move it or set its amount"))
        self.list.currentRowChanged.connect(self._selected)
        self.up = self._button(self.tr("Move up"), "Alt+Up", lambda: self._move(-1))
        self.down = self._button(self.tr("Move down"), "Alt+Down", lambda: self._move(+1))
        self.tick_all = self._button(self.tr("Tick all"), "", self._tick_all)
        self.rest = QSpinBox()
        self.rest.setRange(5, 120)
        self.rest.setSuffix(self.tr(" s"))
        self.rest.setAccessibleName(self.tr("Rest between exercises"))
        self.rest.setToolTip(self.tr("Rest between exercises, in seconds"))
        self.save = self._button(self.tr("Save routine"), "Ctrl+S", self._save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.amount = self._amount_box()
        self.own_box = self._own_box()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self._columns(), 1)
        layout.addWidget(self._bottom_row())
        layout.addWidget(self.message)
        layout.addWidget(self.own_box)
        fill_page(self, content)

    def _columns(self) -> FlowRow:
        """The list with its move buttons, and the chosen exercise's amount beside it."""
        moves = FlowRow()
        for widget in (self.up, self.down, self.tick_all):
            moves.add(widget)
        left_box = QWidget()
        left = QVBoxLayout(left_box)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.list, 1)
        left.addWidget(moves)
        columns = FlowRow()  # the amount goes below the list when both do not fit side by side
        columns.add(left_box, 1)
        columns.add(self.amount, 1)
        return columns

    def _bottom_row(self) -> FlowRow:
        """The rest between exercises, and Save at the right."""
        rest_pair = QWidget()
        rest_row = QHBoxLayout(rest_pair)
        rest_row.setContentsMargins(0, 0, 0, 0)
        bottom = FlowRow(rest_pair)
        rest_label = WrapLabel(self.tr("Rest between exercises"))  # at 200 %, in German
        rest_label.setBuddy(self.rest)
        rest_row.addWidget(rest_label)
        rest_row.addWidget(self.rest)
        bottom.add_stretch()
        bottom.add(self.save)
        return bottom

    def _button(self, text: str, key: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        named(button, text, f"{text} ({key})" if key else text)
        if key:
            button.setShortcut(key)
        button.clicked.connect(slot)
        return button

    def _amount_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Amount set by hand"))
        self.count = QSpinBox()
        self.count.setRange(*COUNT_LIMITS)
        # Named as labelled: Orca says the label and then a name unlike it ("Times How many times").
        self.count.setAccessibleName(self.tr("Times"))
        self.count.setToolTip(self.tr("Repetitions, or steps or circles each way"))
        self.hold = QSpinBox()
        self.hold.setRange(*HOLD_LIMITS)
        self.hold.setSuffix(self.tr(" s"))
        self.hold.setAccessibleName(self.tr("Hold"))
        self.hold.setToolTip(self.tr("How long to hold each time, in seconds"))
        self.set_by_hand = self._button(self.tr("Use this amount"), "", self._manual)
        self.automatic = self._button(self.tr("Back to automatic"), "", self._automatic)
        self.amount_note = QLabel()
        self.amount_note.setWordWrap(True)
        form = TextForm()
        form.addRow(self.tr("Times"), self.count)
        form.addRow(self.tr("Hold"), self.hold)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(self.set_by_hand)
        layout.addWidget(self.automatic)
        layout.addWidget(self.amount_note)
        layout.addStretch(1)
        return box

    def _own_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your own exercises"))
        hint = QLabel(
            self.tr(
                "Add an exercise from your physiotherapist, or make a copy of one of the five "
                "and change it. A routine file brings a whole routine in one go."
            )
        )
        hint.setWordWrap(True)
        current = self._current_id
        self.new = self._button(self.tr("New exercise…"), "Ctrl+N", self.sig_new.emit)
        self.edit = self._button(self.tr("Change…"), "", lambda: self.sig_edit.emit(current()))
        self.copy = self._button(self.tr("Make a copy…"), "", lambda: self.sig_copy.emit(current()))
        self.delete = self._button(self.tr("Delete…"), "", lambda: self.sig_delete.emit(current()))
        self.import_ = self._button(self.tr("Import a routine…"), "", self.sig_import.emit)
        self.export = self._button(self.tr("Export this routine…"), "", self.sig_export.emit)
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        for pair in ((self.new, self.edit), (self.copy, self.delete), (self.import_, self.export)):
            layout.addWidget(FlowRow(*pair))  # two a row, one a row when two do not fit
        return box

    def set_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog

    # --- showing -------------------------------------------------------------------------------
    def show_values(
        self,
        routine: Sequence[str],
        rest_s: int,
        prescriptions: Mapping[str, Prescription],
        manual: set[str],
    ) -> None:
        self.prescriptions, self.manual = dict(prescriptions), set(manual)
        self.list.clear()
        known = [i for i in routine if i in self.catalog.ids]
        order = [*known, *(i for i in self.catalog.ids if i not in known)]
        for exercise_id in order:
            item = QListWidgetItem(self.catalog.get(exercise_id).name)
            item.setData(Qt.ItemDataRole.UserRole, exercise_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = exercise_id in known
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.rest.setValue(rest_s)
        self.list.setCurrentRow(0)
        # The five built-in exercises in view without scrolling the list; measured once there
        # is a row (before, Qt answers -1).
        self.list.setMinimumHeight(self.list.sizeHintForRow(0) * 5 + 2 * self.list.frameWidth())

    def _selected(self, row: int) -> None:
        item = self.list.item(row)
        if item is None:
            return
        exercise = self.catalog.get(item.data(Qt.ItemDataRole.UserRole))
        self.edit.setEnabled(exercise.own)
        self.delete.setEnabled(exercise.own)
        rx = self.prescriptions.get(exercise.id, exercise.prescription)
        self.amount.setTitle(fill(self.tr("Amount for %1"), exercise.name))
        self.count.setValue(rx.count)
        self.hold.setValue(max(rx.hold_s, 1))
        self.hold.setEnabled(not exercise.counting.paced)
        by_hand = exercise.id in self.manual
        self.amount_note.setText(
            self.tr("Set by hand: the coach leaves it as it is.")
            if by_hand
            else self.tr("Automatic: the coach raises it gently as you go.")
        )
        self.automatic.setEnabled(by_hand)

    def chosen(self) -> tuple[str, ...]:
        items = [self.list.item(i) for i in range(self.list.count())]
        return tuple(
            str(i.data(Qt.ItemDataRole.UserRole))
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        )

    # --- the person's changes ----------------------------------------------------------------
    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def _tick_all(self) -> None:
        self.show_values(self.catalog.ids, self.rest.value(), self.prescriptions, self.manual)

    def _save(self) -> None:
        chosen = self.chosen()
        said, kind = self.tr('Saved. "Start routine" now runs these exercises.'), Kind.STATUS
        if not chosen:
            said, kind = self.tr("Tick at least one exercise, then save again."), Kind.PROBLEM
        self.message.setText(said)
        announce(self.message, said, kind)  # Ctrl+S leaves the focus where it was: nothing says it
        if chosen:
            self.sig_saved.emit(chosen, self.rest.value())

    def _current_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def _manual(self) -> None:
        if exercise_id := self._current_id():
            self.sig_manual.emit(exercise_id, self.count.value(), self.hold.value())

    def _automatic(self) -> None:
        if exercise_id := self._current_id():
            self.sig_automatic.emit(exercise_id)
