"""Help: the keyboard shortcuts sheet, About, and first aid for common problems."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from foot_coach.core.words import fill
from foot_coach.system.i18n import tr
from foot_coach.ui.opening import open_or_say
from foot_coach.ui.theme import text_label as _label
from foot_coach.ui.widgets import measure
from foot_coach.ui.widgets.scrolling import vertical_scroll


def shortcuts(w: QWidget) -> list[tuple[str, list[tuple[str, str]]]]:
    """Every shortcut, by where it works. The pages bind the same keys."""
    return [
        (tr("Anywhere"), [
            ("Alt+1 … Alt+6",
             tr("Go to Exercises, Session, History, Routine, Reminders, Settings")),
            ("F1, ?", tr("Show this list")),
            ("Return", tr("Press the button that has the focus")),
            ("Page Up, Page Down", tr("Scroll the page")),
        ]),
        (tr("Exercises"), [
            ("Left, Right", tr("Previous or next exercise")),
            ("Ctrl+Return", tr("Start the routine")),
            ("Ctrl+P", tr("Practise the exercise shown")),
        ]),
        (tr("During a session"), [
            ("Space", tr("Pause or carry on")),
            ("Right", tr("Skip this repetition")),
            ("Left", tr("Go back one repetition")),
            ("Shift+Right", tr("Next exercise")),
            ("Esc", tr("Stop (asks first)")),
            ("H", tr("Stop because it hurts")),
            ("F", tr("Full screen on or off")),
        ]),
        (tr("Routine"), [
            ("Alt+Up, Alt+Down", tr("Move the chosen exercise up or down")),
            ("Ctrl+S", tr("Save the routine")),
        ]),
        (tr("Reminders and settings"), [
            ("Ctrl+N", tr("Add a reminder")),
            ("Ctrl+M", tr("Mute or unmute")),
        ]),
    ]  # fmt: skip


def _dialog(parent: QWidget | None, title: str, body: QWidget) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    scroll = vertical_scroll(body, title)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(scroll, 1)
    layout.addWidget(buttons)
    dialog.resize(measure.roomy_size(dialog, QSize(640, 560), 29, 25))
    return dialog


def shortcuts_dialog(parent: QWidget | None) -> QDialog:
    body = QWidget()
    grid = QGridLayout(body)
    row = 0
    for section, keys in shortcuts(body):
        grid.addWidget(_label(section, 1.2, bold=True), row, 0, 1, 2)
        row += 1
        for key, what in keys:
            grid.addWidget(_label(key, bold=True), row, 0)
            grid.addWidget(_label(what), row, 1)
            row += 1
    grid.setColumnStretch(1, 1)
    grid.setRowStretch(row, 1)
    return _dialog(parent, tr("Keyboard shortcuts"), body)


def about_dialog(parent: QWidget | None, version: str, data_dir: Path) -> QDialog:
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.addWidget(_label(fill(tr("Foot Coach %1"), version), 1.5, bold=True))
    layout.addWidget(_label(tr(
        "Five gentle foot exercises, counted and spoken for you. Your log stays on this "
        "computer and is never sent anywhere."
    )))  # fmt: skip
    layout.addWidget(_label(tr("Your data folder:"), bold=True))
    folder = _label(str(data_dir))
    folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(folder)
    open_folder = QPushButton(tr("Open folder"))
    open_folder.setAccessibleName(tr("Open the data folder"))
    open_folder.setToolTip(tr("Show the folder with your history and settings"))
    open_folder.clicked.connect(lambda: open_or_say(open_folder, str(data_dir)))
    layout.addWidget(open_folder, 0, Qt.AlignmentFlag.AlignLeft)
    layout.addWidget(_label(tr(
        "Free software under the MIT licence. These exercises are general advice, not a "
        "treatment: for pain that lasts or is severe, see a doctor or physiotherapist."
    )))  # fmt: skip
    layout.addStretch(1)
    return _dialog(parent, tr("About Foot Coach"), body)


def troubleshooting(w: QWidget) -> list[tuple[str, str]]:
    """The same problems and answers as the README's Troubleshooting section."""
    return [
        (tr("I hear nothing"), tr(
            "Open Settings: the lines under the volume say whether a sound device and a "
            "voice were found. Check that Foot Coach is not muted and the volume is up."
        )),
        (tr("No icon in the tray"), tr(
            "Some desktops have no tray. Foot Coach then keeps its window open and shows "
            "reminders inside it; closing the window quits."
        )),
        (tr("A reminder did not come"), tr(
            "Reminders come only while Foot Coach runs. Switch on \"Start Foot Coach when I "
            "log in\" on the Reminders page. A reminder missed during sleep comes once on "
            "waking, if it is less than two hours late."
        )),
        (tr("A message says the history was moved aside"), tr(
            "The history file was damaged. It was kept under a new name in the data folder "
            "(Help, About, Open folder); you can restore a backup from the History page."
        )),
    ]  # fmt: skip


def troubleshooting_dialog(parent: QWidget | None) -> QDialog:
    body = QWidget()
    return _sections(parent, body, tr("Troubleshooting"), "", troubleshooting(body))


def _sections(
    parent: QWidget | None, body: QWidget, title: str, intro: str, sections: list[tuple[str, str]]
) -> QDialog:
    """A dialog of headed paragraphs, e.g. problems and answers."""
    layout = QVBoxLayout(body)
    if intro:
        layout.addWidget(_label(title, 1.5, bold=True))
        layout.addWidget(_label(intro))
    for heading, text in sections:
        layout.addWidget(_label(heading, 1.15, bold=True))
        layout.addWidget(_label(text))
    layout.addStretch(1)
    return _dialog(parent, title, body)


def footwear(w: QWidget) -> list[tuple[str, str]]:
    """What the source says about shoes, in our words and without naming any maker."""
    return [
        (tr("Thin, bendy soles"), tr(
            "A thin sole that bends easily lets your feet move and feel the ground, much "
            "as they do barefoot. Thick, stiff or raised heels change how you stand and walk."
        )),
        (tr("Room for your toes"), tr(
            "A wide toe box lets your toes spread out instead of being squeezed together. "
            "Spread toes help balance and use the small muscles these exercises train."
        )),
        (tr("Light weight"), tr(
            "Light shoes ask less of your feet and legs with every step than heavy, bulky ones."
        )),
        (tr("Change slowly"), tr(
            "If you move to thinner, flatter shoes, do it little by little over weeks, so "
            "your feet and legs can get used to the new way of walking. If something hurts, "
            "slow down and ask a professional."
        )),
    ]  # fmt: skip


def footwear_dialog(parent: QWidget | None) -> QDialog:
    body = QWidget()
    intro = tr(
        "Shoes shape how your feet move all day. When you choose a pair, look for these "
        "things, whatever the make:"
    )
    return _sections(parent, body, tr("About footwear"), intro, footwear(body))
