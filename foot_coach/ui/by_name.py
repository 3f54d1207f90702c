"""Setting a Qt property through Qt's meta-object system, an enum by its key's name
(`set_property(scroll, "focusPolicy", "NoFocus")`), for what is made before the window's first
paint: the typed setters name the `Qt` namespace (`Qt.FocusPolicy.NoFocus`), or make PySide
weigh overloads that take its enums, and PySide builds all 93 of its enums as Python classes
when it is first used, some 12 ms of every start. The modules of the first paint import `Qt`
only inside the functions that need it later."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QWidget

SHORTCUT_WORDS = "QShortcut"  # where Qt's translations keep the names of keys


def set_property(target: QObject, name: str, value: object) -> None:
    """Raises ValueError where `target` has no such property or it takes no such value (Qt
    would add a property of that name instead, or leave it as it was)."""
    if not target.setProperty(name, value):
        raise ValueError(f"{target.metaObject().className()} has no {name} {value!r}")


def shortcut(parent: QWidget, key: str, slot: Callable[[], object]) -> QShortcut:
    """A shortcut for `key` ("Ctrl+P") calling `slot`, its key set by name: PySide builds the
    QKeySequence type (about 2 ms with the few made) when one is made in Python."""
    made = QShortcut(parent)
    set_property(made, "key", key)
    made.activated.connect(slot)
    return made


def key_text(key: str) -> str:
    """`key` ("Ctrl+Return") as QKeySequence's NativeText writes it on Linux and Windows, for
    a tooltip: each part and the "+" in the words of Qt's translation ("Strg+Eingabe")."""
    plus = QCoreApplication.translate(SHORTCUT_WORDS, "+")
    return plus.join(QCoreApplication.translate(SHORTCUT_WORDS, part) for part in key.split("+"))
