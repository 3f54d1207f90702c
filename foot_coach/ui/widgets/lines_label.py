"""A label of several lines that a screen reader reads when Tab reaches it.

Qt names a label by its text, line breaks and all, and Orca 43 says nothing at all when the
focus reaches a label whose name holds one: at the end of a session the day's summary and
how the next sessions change, and on History the streaks and totals, were silent Tab stops.
Its name is the same words as one line (core/words.py `one_line`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from foot_coach.core.words import one_line


def name_as_read(label: QLabel, text: str) -> None:
    """Named on one line where `text` has several; by its words, as any label, where not."""
    label.setAccessibleName(one_line(text) if "\n" in text else "")


class LinesLabel(QLabel):
    def setText(self, text: str) -> None:
        super().setText(text)
        name_as_read(self, text)
