"""The small dialogs, shown one step at a time, for tests that look at every control in them."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QDialog


def small_dialogs() -> list[QDialog]:
    from foot_coach.core.care import Moment
    from foot_coach.ui.checkin import CheckInDialog
    from foot_coach.ui.first_run import FirstRunDialog
    from foot_coach.ui.reminder_prompt import ReminderPrompt

    return [CheckInDialog(Moment.BEFORE), ReminderPrompt(), FirstRunDialog(70)]


def each_step(dialogs: list[QDialog]) -> Iterator[QDialog]:
    """Show each dialog and yield it once per page of its steps (once if it has none)."""
    for dialog in dialogs:
        dialog.show()
        pages = getattr(dialog, "pages", None)
        # The welcome makes its later steps when shown: its STEPS, not the pages made so far.
        for step in range(getattr(dialog, "STEPS", pages.count() if pages else 1)):
            if hasattr(dialog, "show_step"):
                dialog.show_step(step)
            elif pages:
                pages.setCurrentIndex(step)
            yield dialog
