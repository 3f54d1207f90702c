"""Controls that keep their value while the page scrolls past them.

Qt changes a drop-down, a number box, a time or a slider when the mouse wheel turns over it,
focused or not: scrolling down the Settings page with the pointer resting on "Colours" turned
the app dark. A hand that is not steady, or a person who does not know that rule, changes
settings without meaning to. Here the wheel changes a control only once it has the focus
(clicked or reached with Tab); otherwise the wheel goes on to the page, which scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QWidget

# By class name (QObject.inherits): isinstance against them would make PySide build their
# Python types on every page, value controls or not.
KINDS = ("QComboBox", "QAbstractSpinBox", "QAbstractSlider")


class _Steady(QObject):
    """One per control, its child: lives and goes with it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QWheelEvent) or not isinstance(watched, QWidget):
            return False
        if watched.window().focusWidget() is watched:
            return False  # the one clicked into or reached with Tab last in its window
        _pass_on(watched, event)
        return True


def _pass_on(control: QWidget, event: QWheelEvent) -> None:
    """Give the wheel to the control's parents, nearest first, until one takes it (the page's
    scroll area). Qt would do so itself only for a wheel the control did not take."""
    at = event.position()
    holder = control
    while (parent := holder.parentWidget()) is not None:
        at = holder.mapToParent(at)
        holder = parent
        passed = QWheelEvent(
            at, event.globalPosition(), event.pixelDelta(), event.angleDelta(),
            event.buttons(), event.modifiers(), event.phase(), event.inverted(),
        )  # fmt: skip
        passed.ignore()
        QCoreApplication.sendEvent(holder, passed)
        if passed.isAccepted() or holder.isWindow():
            return


def steady(widget: QWidget) -> None:
    """Every value control in `widget` (and `widget` itself) changes by wheel only when
    focused; the wheel no longer gives them the focus either."""
    for control in [widget, *widget.findChildren(QWidget)]:
        if not any(map(control.inherits, KINDS)) or control.inherits("QScrollBar"):
            continue  # a scroll bar is what the page scrolls by: the wheel must reach it
        if control.property("steady"):
            continue  # rows added later ask again for their page
        control.setProperty("steady", True)
        from PySide6.QtCore import Qt  # none on the first page: not for its paint (ui/by_name.py)

        if control.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        control.installEventFilter(_Steady(control))
