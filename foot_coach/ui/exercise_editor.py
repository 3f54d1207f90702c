"""The editor for one own exercise: every field of the catalogue, in plain words.

The dialog collects what was typed into a table and hands it to `check` (the catalogue's own
reader); what is allowed, and why not, is decided there and shown here beside the field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from foot_coach.core.announcing import Kind
from foot_coach.core.catalog import (
    COUNT_LIMITS,
    HOLD_LIMITS,
    PACE_LIMITS,
    RELEASE_LIMITS,
    CatalogError,
    Counting,
    Exercise,
)
from foot_coach.core.words import fill
from foot_coach.system import i18n
from foot_coach.system.i18n import tr
from foot_coach.ui import exercise_choices as choices
from foot_coach.ui.announce import announce
from foot_coach.ui.theme import named, scaled_font
from foot_coach.ui.widgets import measure, scrolling
from foot_coach.ui.widgets.flow_row import FlowRow
from foot_coach.ui.widgets.form_fields import Fields, lines, select
from foot_coach.ui.widgets.status_line import StatusLine
from foot_coach.ui.widgets.text_form import TextForm
from foot_coach.ui.widgets.wrap_check import WrapCheckBox
from foot_coach.ui.widgets.wrap_label import WrapLabel


class ExerciseEditor(QDialog):
    """Create or change an own exercise. `exercise` holds the result after accept()."""

    def __init__(
        self,
        start: Exercise,
        builtin_names: Mapping[str, str],
        check: Callable[[dict[str, Any]], Exercise],
        store_picture: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your own exercise"))
        self.check, self.store_picture = check, store_picture
        self.exercise_id = start.id
        self.exercise: Exercise | None = None
        self.form = Fields()
        self.fields = self.form.by_key
        self._build(builtin_names)
        self._fill(start)

    # --- building ------------------------------------------------------------------------------
    def _build(self, builtin_names: Mapping[str, str]) -> None:
        self._words()
        self._amounts()
        self.grows = WrapCheckBox(tr("Let the coach raise the amount gently"))
        named(
            self.grows,
            self.grows.text(),
            tr("Off: the amount stays as your physiotherapist set it"),
        )
        self.fields["grows"] = self.grows
        self.picture = self.form.choice("picture", tr("Picture"), choices.pictures(builtin_names))
        self.choose = QPushButton(tr("Choose a picture file…"))
        named(
            self.choose, tr("Choose a picture file"), tr("A PNG, JPEG or SVG picture, up to 2 MB")
        )
        self.choose.clicked.connect(self._choose_picture)
        self.problem = StatusLine()
        self.counting.currentIndexChanged.connect(self._counting_changed)
        self._arrange()

    def _words(self) -> None:
        """The fields a person writes: the name, how it is done, its steps and cautions."""
        self.name = self.form.line("name", tr("Name"), tr("A short name, such as Calf stretch"))
        self.posture = self.form.choice("posture", tr("Position"), choices.postures())
        self.counting = self.form.choice("counting", tr("How it is counted"), choices.countings())
        self.sides = self.form.choice("sides", tr("Which foot"), choices.sides())
        self.directions = self.form.choice("directions", tr("Directions"), choices.directions())
        self.summary = self.form.line("summary", tr("In one line"), tr("What the exercise does"))
        self.steps = self.form.lines("steps", tr("Steps"), tr("One step on each line"))
        self.feel = self.form.line("feel", tr("What you should feel"), tr("What you should feel"))
        self.mistakes = self.form.lines(
            "mistakes", tr("Things to avoid"), tr("One on each line; may be left empty")
        )
        self.safety = self.form.line("safety", tr("Safety"), tr("When to stop or take care"))

    def _amounts(self) -> None:
        """The fields of numbers: how many times, the range the coach keeps to, the times."""
        seconds = tr(" s")
        amount = self.form.amount
        self.count = amount("count", tr("Times now"), COUNT_LIMITS)
        self.count_min = amount("count_min", tr("Fewest times"), COUNT_LIMITS)
        self.count_max = amount("count_max", tr("Most times"), COUNT_LIMITS)
        self.hold = amount("hold_s", tr("Hold or work time"), HOLD_LIMITS, seconds)
        self.release = amount("release_s", tr("Let go or rest time"), RELEASE_LIMITS, seconds)
        self.pace = amount("pace_s", tr("Time for each move"), PACE_LIMITS, seconds)

    def _arrange(self) -> None:
        title = QLabel(tr("Your own exercise"))
        title.setFont(scaled_font(self.font(), 1.4, bold=True))
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(title)
        inner.addLayout(self._form())
        scroll = scrolling.vertical_scroll(content)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(measure.roomy_size(self, QSize(640, 720), 26, 30))  # as the text asks

    def _form(self) -> QFormLayout:
        """Every field under its label, the picture's choice and file button on one row."""
        form = TextForm()
        # Each label above its field: long labels beside fields squeezed them with large text.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        picture_row = FlowRow()
        picture_row.add(self.picture, 1)
        picture_row.add(self.choose)
        for label, widget in (
            (tr("Name"), self.name),
            (tr("Position"), self.posture),
            (tr("In one line"), self.summary),
            (tr("Steps (one on each line)"), self.steps),
            (tr("What you should feel"), self.feel),
            (tr("Things to avoid"), self.mistakes),
            (tr("Safety"), self.safety),
            (tr("How it is counted"), self.counting),
            (tr("Which foot"), self.sides),
            (tr("Directions"), self.directions),
            (tr("Times now"), self.count),
            (tr("Fewest times"), self.count_min),
            (tr("Most times"), self.count_max),
            (tr("Hold or work time"), self.hold),
            (tr("Let go or rest time"), self.release),
            (tr("Time for each move"), self.pace),
            ("", self.grows),
            (tr("Picture"), picture_row),
        ):
            # Each label a row across the form, above its field: in a label's place Qt gives
            # it the width it asks for, which a line too long for the form (Spanish at 200 %)
            # took beyond the form, and a wrapping label asks for less than its line.
            if label:  # a row of controls gets no label: the picture's choice is named by it
                form.addRow(_label(label, self.picture if widget is picture_row else widget))
            form.addRow(widget)
        return form

    # --- values --------------------------------------------------------------------------------
    def _fill(self, start: Exercise) -> None:
        self.name.setText(start.name)
        select(self.posture, start.posture.value)
        select(self.counting, start.counting.value)
        select(self.sides, [s.value for s in start.sides])
        select(self.directions, [d.value for d in start.directions])
        self.summary.setText(start.summary)
        self.steps.setPlainText("\n".join(start.steps))
        self.feel.setText(start.feel)
        self.mistakes.setPlainText("\n".join(start.mistakes))
        self.safety.setText(start.safety)
        rx, (low, high) = start.prescription, start.count_range
        self.count_min.setValue(low)
        self.count_max.setValue(high)
        self.count.setValue(rx.count)
        self.hold.setValue(rx.hold_s or 5)
        self.release.setValue(rx.release_s or 5)
        self.pace.setValue(rx.pace_s or 2)
        self.grows.setChecked(start.grows)
        if start.picture and self.picture.findData(start.picture) < 0:
            self.picture.addItem(fill(self.tr("Your picture: %1"), start.picture), start.picture)
        select(self.picture, start.picture)
        self._counting_changed()

    def _counting_changed(self) -> None:
        paced = Counting(self.counting.currentData()).paced
        for widget in (self.hold, self.release):
            widget.setEnabled(not paced)
        self.pace.setEnabled(paced)

    def table(self) -> dict[str, Any]:
        """What was typed, as the catalogue's fields."""

        amounts = {
            "count": self.count.value(),
            "count_min": self.count_min.value(),
            "count_max": self.count_max.value(),
        }
        if Counting(self.counting.currentData()).paced:
            amounts["pace_s"] = self.pace.value()
        else:
            amounts |= {"hold_s": self.hold.value(), "release_s": self.release.value()}
        return {
            "id": self.exercise_id,
            "name": self.name.text(),
            "posture": self.posture.currentData(),
            "counting": self.counting.currentData(),
            "sides": list(self.sides.currentData()),
            "directions": list(self.directions.currentData()),
            "summary": self.summary.text(),
            "steps": lines(self.steps),
            "feel": self.feel.text(),
            "mistakes": lines(self.mistakes),
            "safety": self.safety.text(),
            "picture": self.picture.currentData(),
            "grows": self.grows.isChecked(),
            "prescription": amounts,
        }

    def _choose_picture(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a picture"), "", self.tr("Pictures (*.png *.jpg *.jpeg *.svg)")
        )
        if path:
            self.use_picture_file(path)

    def use_picture_file(self, path: str) -> bool:
        """Copy a picture into the data folder (checked there) and select it."""
        try:
            name = self.store_picture(path)
        except (OSError, ValueError) as exc:
            reason = i18n.explain(exc)
            self.problem.setText(fill(self.tr("That picture cannot be used: %1"), reason))
            return False
        self.picture.addItem(fill(self.tr("Your picture: %1"), name), name)
        select(self.picture, name)
        self.problem.clear()
        return True

    def accept(self) -> None:
        try:
            self.exercise = self.check(self.table())
        except CatalogError as exc:
            self._show_problem(exc)
            return
        super().accept()

    def _show_problem(self, error: CatalogError) -> None:
        """The field's name as the person sees it beside it, and what is wrong, in their words."""
        reason = i18n.explain(error.problem)
        if not error.field:
            self.problem.setText(reason)
            announce(self, reason, Kind.PROBLEM)
            return
        key = error.field
        widget = self.fields.get(key) or self.fields.get(key.split(".")[0])
        label = widget.accessibleName() if widget is not None else key
        self.problem.setText(fill(self.tr("%1: %2"), label, reason))
        announce(self, self.problem.text(), Kind.PROBLEM)  # the line was named "Problem"
        if widget is not None:
            widget.setFocus()


def _label(text: str, field: QWidget) -> QLabel:
    """A field's label, its words wrapped where the form is too narrow for them: on one line,
    a long one at 200 % ("Tiempo de mantener o de trabajo") was wider than the form beside
    its scroll bar, and took the fields under the bar."""
    label = WrapLabel(text)
    label.setBuddy(field)
    return label
