"""Named form fields kept by key, so a dialog can put a problem beside the field it is about."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from foot_coach.ui.theme import named
from foot_coach.ui.widgets.steady import steady


def select(box: QComboBox, data: Any) -> None:
    """Show the item holding `data`, or the first one."""
    box.setCurrentIndex(max(box.findData(data), 0))


def lines(edit: QPlainTextEdit) -> list[str]:
    """The non-empty lines typed, trimmed."""
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class Fields:
    """Makes each field with its accessible name and remembers it under its key."""

    def __init__(self) -> None:
        self.by_key: dict[str, QWidget] = {}

    def line(self, key: str, name: str, tip: str) -> QLineEdit:
        edit = named(QLineEdit(), name, tip)
        self.by_key[key] = edit
        return edit

    def lines(self, key: str, name: str, tip: str) -> QPlainTextEdit:
        edit = named(QPlainTextEdit(), name, tip)
        edit.setTabChangesFocus(True)
        edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        self.by_key[key] = edit
        return edit

    def choice(self, key: str, name: str, options: Sequence[tuple[str, Any]]) -> QComboBox:
        box = QComboBox()
        for text, data in options:
            box.addItem(text, data)
        # As narrow as a few words: with large text the longest choice would widen the dialog.
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(12)
        named(box, name)
        steady(box)
        self.by_key[key] = box
        return box

    def number(self, key: str, name: str, limits: tuple[int, int], suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(*limits)
        spin.setSuffix(suffix)
        named(spin, name)
        steady(spin)
        self.by_key[key] = spin
        return spin

    def amount(self, key: str, name: str, limits: tuple[int, int], suffix: str = "") -> QSpinBox:
        """A number of the exercise's amount, kept as "prescription.<key>" like the catalogue."""
        return self.number(f"prescription.{key}", name, limits, suffix)
