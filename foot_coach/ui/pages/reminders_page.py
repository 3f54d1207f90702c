"""The Reminders page: times of day with their weekdays, and the switches around them.

Every change is forwarded at once as whole values (the full list of reminders, one switch);
the composition root saves them and re-arms the timer. The page holds no schedule rules.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from foot_coach.core.announcing import Kind
from foot_coach.store.settings import MAX_REMINDERS, Reminder
from foot_coach.system.i18n import tr
from foot_coach.ui.announce import announce
from foot_coach.ui.theme import named, scaled_font
from foot_coach.ui.widgets.flow_row import FlowRow
from foot_coach.ui.widgets.holding import HoldSwitches, WaitingNote
from foot_coach.ui.widgets.scrolling import fill_page
from foot_coach.ui.widgets.steady import steady
from foot_coach.ui.widgets.tab_order import reading_order
from foot_coach.ui.widgets.wrap_check import WrapCheckBox


def _day_names(widget: QWidget) -> list[str]:
    return [
        tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"),
        tr("Fri"), tr("Sat"), tr("Sun"),
    ]  # fmt: skip


class ReminderRow(QFrame):
    """One reminder: its time, its weekdays, on/off and remove."""

    sig_changed = Signal()
    sig_remove = Signal(object)

    def __init__(self, reminder: Reminder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.time = QTimeEdit(QTime.fromString(reminder.time, "HH:mm"))
        self.time.setDisplayFormat("HH:mm")
        self.time.setMinimumHeight(40)
        self.time.setAccessibleName(self.tr("Reminder time"))
        self.time.setToolTip(self.tr("The time of day for this reminder"))
        self.time.editingFinished.connect(self.sig_changed)
        self.enabled = QCheckBox(self.tr("On"))
        self.enabled.setChecked(reminder.enabled)
        self.enabled.setAccessibleName(self.tr("Reminder on"))
        self.enabled.setToolTip(self.tr("Switch this reminder on or off"))
        self.enabled.toggled.connect(self.sig_changed)
        days = self._day_row(reminder.weekdays)
        remove = QPushButton(self.tr("Remove"))
        named(remove, self.tr("Remove this reminder"))
        remove.clicked.connect(lambda: self.sig_remove.emit(self))
        time_label = QLabel(self.tr("Time"))
        time_label.setBuddy(self.time)
        # Orca says a time field's label and then its name ("Time Reminder time 09:00") where
        # the label does not hold every word of the name: the label goes by the name.
        time_label.setAccessibleName(self.time.accessibleName())
        top = QHBoxLayout()
        top.addWidget(time_label)
        top.addWidget(self.time)
        top.addWidget(self.enabled)
        top.addStretch(1)
        top.addWidget(remove)
        # Two lines, so seven day buttons and the controls fit an 800-pixel window.
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(days)

    def _day_row(self, weekdays: tuple[int, ...]) -> FlowRow:
        """A toggle for each day of the week, those in `weekdays` on."""
        self.days: list[QToolButton] = []
        days = FlowRow()  # one under another when seven do not fit across
        for index, name in enumerate(_day_names(self)):
            day = QToolButton()
            day.setText(name)
            day.setCheckable(True)
            day.setChecked(index in weekdays)
            day.setObjectName("toggle")
            day.setAccessibleName(QLocale().dayName(index + 1))  # "Monday": "Mon" was said
            day.setToolTip(self.tr("Remind me on this day"))
            day.toggled.connect(self.sig_changed)
            self.days.append(day)
            days.add(day)
        days.add_stretch()
        return days

    def value(self) -> Reminder:
        weekdays = tuple(i for i, d in enumerate(self.days) if d.isChecked())
        return Reminder(self.time.time().toString("HH:mm"), weekdays, self.enabled.isChecked())


class RemindersPage(QWidget):
    sig_reminders = Signal(object)  # tuple[Reminder, ...]
    sig_skip_if_done = Signal(bool)
    sig_pause_today = Signal(bool)
    sig_start_at_login = Signal(bool)
    sig_add_to_calendar = Signal(str)  # the file to write

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.next_label = QLabel()
        self.next_label.setFont(scaled_font(self.font(), 1.2))
        self.next_label.setWordWrap(True)
        self.next_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # when it comes, to Tab too
        self.rows_box = QVBoxLayout()
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        self.add_button = _button(
            self.tr("Add a reminder"), self.tr("Add a reminder (Ctrl+N)"), self.add_reminder
        )
        self.add_button.setShortcut("Ctrl+N")
        self.skip_if_done = self._check(
            self.tr("No reminder on days I have already done my exercises"), self.sig_skip_if_done
        )
        self.paused = self._check(self.tr("Pause all reminders for today"), self.sig_pause_today)
        self.at_login = self._check(
            self.tr("Start Foot Coach when I log in (it waits quietly in the tray)"),
            self.sig_start_at_login,
        )
        self.holds = HoldSwitches()
        self.waiting = WaitingNote()
        self.calendar_button = _button(
            self.tr("Add to calendar…"),
            self.tr("Save the reminders as a calendar file, so your phone can remind you too"),
            self.choose_calendar_file,
            self.tr("Add to calendar"),
        )
        self.calendar_dialog: QFileDialog | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.rows: list[ReminderRow] = []
        self._arrange()

    def _arrange(self) -> None:
        title = QLabel(self.tr("Reminders"))
        title.setFont(scaled_font(self.font(), 1.6, bold=True))
        content = QWidget()
        layout = QVBoxLayout(content)
        for widget in (title, self.next_label, self.waiting):
            layout.addWidget(widget)
        layout.addLayout(self.rows_box)
        for widget in self._below_rows():
            layout.addWidget(widget)
        layout.addWidget(self.message)
        layout.addStretch(1)
        fill_page(self, content)  # so at 800x500 every reminder row stays whole

    def _below_rows(self) -> tuple[QWidget, ...]:
        return (
            self.add_button, self.skip_if_done, self.paused, self.holds, self.at_login,
            self.calendar_button,
        )  # fmt: skip

    def choose_calendar_file(self) -> None:
        """Ask where to save, without blocking: the reminders keep running meanwhile."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        default = Path(folder or Path.home()) / "foot-coach-reminders.ics"
        dialog = QFileDialog(self, self.tr("Add to calendar"), str(default))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Calendar files (*.ics)"))
        dialog.setDefaultSuffix("ics")
        dialog.selectFile(str(default))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.sig_add_to_calendar)
        dialog.destroyed.connect(lambda: setattr(self, "calendar_dialog", None))
        self.calendar_dialog = dialog
        dialog.open()

    def _check(self, text: str, signal: Signal) -> QCheckBox:
        box = WrapCheckBox(text)
        named(box, text)
        box.setMinimumHeight(36)
        box.toggled.connect(signal)
        return box

    def show_values(
        self,
        reminders: tuple[Reminder, ...],
        skip_if_done: bool,
        paused_today: bool,
        start_at_login: bool,
    ) -> None:
        """Show saved values without echoing them back as changes."""
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for reminder in reminders:
            self._add_row(reminder)
        for box, value in (
            (self.skip_if_done, skip_if_done),
            (self.paused, paused_today),
            (self.at_login, start_at_login),
        ):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.add_button.setEnabled(len(self.rows) < MAX_REMINDERS)

    def show_paused(self, paused_today: bool) -> None:
        """Paused from elsewhere (the tray, a reminder's button): shown, not echoed back."""
        self.paused.blockSignals(True)
        self.paused.setChecked(paused_today)
        self.paused.blockSignals(False)

    def show_next(self, text: str) -> None:
        self.next_label.setText(text)

    def show_message(self, text: str, kind: Kind = Kind.STATUS) -> None:
        self.message.setText(text)
        announce(self.message, text, kind)  # what became of "Add to calendar…", said as well

    def values(self) -> tuple[Reminder, ...]:
        return tuple(row.value() for row in self.rows)

    def add_reminder(self) -> None:
        if len(self.rows) >= MAX_REMINDERS:
            return
        row = self._add_row(Reminder("09:00"))
        row.time.setFocus()
        self.add_button.setEnabled(len(self.rows) < MAX_REMINDERS)
        self._changed()

    def _add_row(self, reminder: Reminder) -> ReminderRow:
        row = ReminderRow(reminder)
        steady(row)  # added after the page was made
        row.sig_changed.connect(self._changed)
        row.sig_remove.connect(self._remove)
        self.rows_box.insertWidget(len(self.rows), row)
        self.rows.append(row)
        # A row made now joins the end of the tab chain; the controls below it must follow it.
        reading_order(*self.rows, *self._below_rows())
        return row

    def _remove(self, row: ReminderRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.add_button.setEnabled(True)
        self._changed()

    def _changed(self) -> None:
        self.sig_reminders.emit(self.values())


def _button(
    text: str, description: str, action: Callable[[], None], name: str | None = None
) -> QPushButton:
    """A button as wide as its words, named `name` (else its words) with `description`."""
    button = QPushButton(text)
    named(button, name or text, description)
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    button.clicked.connect(action)
    return button
