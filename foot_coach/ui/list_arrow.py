"""The arrow of a drop-down list (Colours, Text size, Language, History's range) as large as
the text and in the text's colour: Fusion draws it 8 px wide at any text size, in a faint
grey, a speck beside 200 % words that did not say the field opens a list."""

from __future__ import annotations

from foot_coach.system import assets


def sheet(dark: bool) -> str:
    image = assets.path(f"icons/list-arrow-{'dark' if dark else 'light'}.svg").as_posix()
    return f"""
QComboBox::drop-down {{ width: 1.4em; border: none; }}
QComboBox::down-arrow {{ image: url("{image}"); width: 0.75em; height: 0.75em; }}
"""
