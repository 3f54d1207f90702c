"""Setting a Qt property through Qt's meta-object system, an enum by its key's name
(`set_property(scroll, "focusPolicy", "NoFocus")`), for what is made before the window's first
paint: the typed setters name the `Qt` namespace (`Qt.FocusPolicy.NoFocus`), or make PySide
weigh overloads that take its enums, and PySide builds all 93 of its enums as Python classes
when it is first used, some 12 ms of every start. The modules of the first paint import `Qt`
only inside the functions that need it later."""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_property(target: QObject, name: str, value: object) -> None:
    """Raises ValueError where `target` has no such property or it takes no such value (Qt
    would add a property of that name instead, or leave it as it was)."""
    if not target.setProperty(name, value):
        raise ValueError(f"{target.metaObject().className()} has no {name} {value!r}")
