"""The page buttons as assistive technology should know them: a page tab list of page tabs.

They look and wrap like buttons (with large text they take two rows, which a QTabBar cannot),
but a checkable button reads as "History check box not checked". An accessible interface of
our own gives each the page-tab role and a selected state, the way a screen reader announces
tabs.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleStateChangeEvent
from PySide6.QtWidgets import QAccessibleWidget, QPushButton, QWidget

_installed = False
# Every interface the factory made, held for the whole process. Why: Qt's accessibility cache
# deletes them (when their widget goes, or while QApplication goes), yet PySide counts them as
# Python's; its factory glue drops its references in a Qt post routine that runs before the
# cache's when the cache came first, and a Python-owned wrapper that dies deletes its C++
# object: the cache then deletes freed memory and the app segfaults at exit (PySide 6.8 and
# 6.11 alike). Held here, they outlive the cache, whose delete only marks them invalid. The
# rule for any Python accessible interface: keep a reference until the process ends; never
# drop one earlier (Qt would then delete it a second time).
_made: list[QAccessibleInterface] = []


class PageButton(QPushButton):
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


def _factory(key: str, target: object) -> QAccessibleInterface | None:
    made: QAccessibleInterface
    if isinstance(target, PageButton):
        made = _PageTab(target)
    elif isinstance(target, PageButtonRow):
        made = QAccessibleWidget(target, QAccessible.Role.PageTabList)
    else:
        return None
    _made.append(made)
    return made


def install() -> None:
    """Once per process: Qt asks each installed factory for every object it describes."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
