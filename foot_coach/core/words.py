"""Marking English text in core for translation, without Qt.

`pyside6-lupdate` collects every `QT_TR_NOOP("...")` literal; the UI shows the text through
`i18n.tr()`, which looks it up by exactly this English text.
"""

from __future__ import annotations


def QT_TR_NOOP(text: str) -> str:
    return text


def fill(template: str, *values: object) -> str:
    """Put values into %1, %2, ... the way Qt's translated templates are written."""
    for number, value in enumerate(values, 1):
        template = template.replace(f"%{number}", str(value))
    return template
