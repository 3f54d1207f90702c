"""The page buttons as assistive technology should know them: a page tab list of page tabs.

They look and wrap like buttons (with large text they take two rows, which a QTabBar cannot),
but a checkable button reads as "History check box not checked". An accessible interface of
our own gives each the page-tab role and a selected state, the way a screen reader announces
tabs.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleStateChangeEvent
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from foot_coach.ui.widgets import accessible
from foot_coach.ui.widgets.near_button import NearButton


class PageButton(NearButton):
    """One page's button; checked while its page shows."""

    def select(self) -> None:
        self.setChecked(True)
        changed = QAccessible.State()
        changed.selected = True
        QAccessible.updateAccessibility(QAccessibleStateChangeEvent(self, changed))


class PageButtonRow(QWidget):
    """The row (or rows) the page buttons sit in."""


class _PageTab(QAccessibleWidget):
    def __init__(self, button: PageButton) -> None:
        super().__init__(button, QAccessible.Role.PageTab)
        self.button = button

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.button.accessibleName() or self.button.text().replace("&", "")
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.selectable = True
        state.selected = self.button.isChecked()
        return state

    def actionNames(self) -> list[str]:
        return [QAccessibleWidget.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleWidget.pressAction():
            self.button.click()
        else:
            super().doAction(name)


def install() -> None:
    """Once per process: the page buttons are page tabs to assistive technology."""
    accessible.describe(PageButton, _PageTab)
    accessible.describe(
        PageButtonRow, lambda row: QAccessibleWidget(row, QAccessible.Role.PageTabList)
    )
