"""Tab order for widgets made after the ones they sit above: Qt puts a new widget at the end of
the tab chain, so a page's charts made late, or a dialog's step made when reached, would come
last on Tab."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QWidget


def reading_order(*widgets: QWidget) -> None:
    """Tab visits these, and the controls inside each, in the order given.

    For widgets made later than the ones they sit above: Qt puts a new widget at the end of
    the tab chain, and setTabOrder on a container moves only the container, not its controls.
    """
    from PySide6.QtCore import Qt  # not for the first paint (ui/by_name.py)

    stops = [stop for widget in widgets for stop in _tab_stops_within(widget)]
    if not stops:
        return
    # Qt leaves a pair alone when the second already follows the first round the ring, skipping
    # widgets without focus, and the ring wraps through the window: a window that takes focus
    # for a moment keeps "last, then first" from counting as in order.
    window = stops[0].window()
    policy = window.focusPolicy()
    window.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    try:
        for before, after in pairwise(stops):
            QWidget.setTabOrder(before, after)
    finally:
        window.setFocusPolicy(policy)


def _tab_stops_within(root: QWidget) -> list[QWidget]:
    from PySide6.QtCore import Qt

    def stop(widget: QWidget) -> bool:
        # A spin box's line edit is its focus proxy: ordering the spin box orders both.
        # Not asked through focusProxy(): with PySide6 6.11 that call on a walk through a card
        # let the garbage collector free the card's labels while Qt still showed them.
        tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        # By class name: isinstance would make PySide build the spin box types for any page.
        parent = widget.parentWidget()
        return tab and not (parent is not None and parent.inherits("QAbstractSpinBox"))

    stops = [root] if stop(root) else []
    # The chain is a ring through the whole window, and the stops inside may lie anywhere on
    # it; the walk ends once all are found (most roots have none or one, the window hundreds).
    left = sum(1 for child in root.findChildren(QWidget) if stop(child))
    widget = root.nextInFocusChain()
    while left and widget is not root:
        if root.isAncestorOf(widget) and stop(widget):
            stops.append(widget)
            left -= 1
        widget = widget.nextInFocusChain()
    return stops
