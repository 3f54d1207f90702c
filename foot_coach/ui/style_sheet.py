"""The application's style sheet: sizes in em, so they grow with the text size chosen."""

from __future__ import annotations


def whole(handle: str) -> str:
    """All of it, with scroll bar handles and slider tracks in `handle`'s colour."""
    return RULES + scroll_bars(handle)


# Bigger targets and marks than the style's defaults, for hands and eyes that need them; and
# toggles whose "on" state is unmistakable. theme.apply is the one place that sets it.
RULES = """
QPushButton, QComboBox, QTimeEdit, QSpinBox { min-height: 1.9em; }
/* The desktop's icon on Close, Yes, No: the style's 16 px stayed a speck at 200 % text. */
QPushButton { icon-size: 0.75em; }
/* The arrow keeps its size: at large text it touched the words. */
QComboBox { padding-right: 0.8em; }
QCheckBox::indicator, QRadioButton::indicator, QListView::indicator {
    width: 1.1em; height: 1.1em;
}
/* A row as tall as its box and more: a shorter one cut the box's top and bottom edges off. */
QListView::item { min-height: 1.25em; }
QCheckBox { spacing: 0.5em; }
QToolButton#toggle {
    border: 1px solid palette(mid); border-radius: 6px; padding: 4px 10px;
    background: palette(button); color: palette(button-text); min-height: 1.6em;
}
QToolButton#toggle:checked {
    background: palette(highlight); color: palette(highlighted-text);
    border-color: palette(highlight); font-weight: bold;
}
QToolButton#toggle:focus { border: 2px solid palette(highlight); }
QToolButton#toggle:checked:focus { border: 3px solid palette(bright-text); }
QLabel:focus { border: 2px solid palette(highlight); border-radius: 4px; }
/* Text that Tab stops on to scroll it (an exercise's steps, the welcome, the shortcuts) and
   the History plots: Qt draws no focus for either, so the first Tab seemed to go nowhere. */
QScrollArea#reading, QGraphicsView { border: 2px solid transparent; border-radius: 4px; }
QScrollArea#reading:focus, QGraphicsView:focus { border-color: palette(highlight); }
/* A line of the pain check-in: its buttons take no focus, the line does. */
QFrame#pain { border: 2px solid transparent; border-radius: 4px; }
QFrame#pain:focus { border-color: palette(highlight); }
/* Arrows as wide as a line of text: the style's 14 px were a sliver at 200 %. Styling them
   takes the frame from the style, so the box draws its own, and its focus, as the editor does. */
QAbstractSpinBox {
    border: 1px solid palette(mid); border-radius: 4px; background: palette(base); padding: 1px;
}
QAbstractSpinBox:focus { border: 2px solid palette(highlight); padding: 0px; }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button { width: 1.1em; }
QPlainTextEdit { border: 1px solid palette(mid); border-radius: 4px; padding: 1px; }
QPlainTextEdit:focus { border: 2px solid palette(highlight); padding: 0px; }
"""


def scroll_bars(handle: str) -> str:
    """Scroll bars as wide as a line of the text in use is tall (a style sheet's em), without
    arrows (the wheel, the keys and the track still move them): a style sheet styles all of a
    scroll bar or none of it. Sliders (the volume) grow with the text too, their track in the
    scroll handle's grey: Fusion's was a thin line lost on the dark page at any size."""
    return f"""
QScrollBar {{ background: palette(button); border: none; margin: 0; }}
QScrollBar:vertical {{ width: 1em; }}
QScrollBar:horizontal {{ height: 1em; }}
QScrollBar::handle {{ background: {handle}; border-radius: 0.3em; margin: 0.15em; }}
QScrollBar::handle:vertical {{ min-height: 2em; }}
QScrollBar::handle:horizontal {{ min-width: 2em; }}
QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: palette(highlight); }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QSlider {{ border: 2px solid transparent; border-radius: 4px; min-height: 1.4em; }}
QSlider:focus {{ border-color: palette(highlight); }}
QSlider::groove:horizontal {{ height: 0.4em; background: {handle}; border-radius: 0.2em; }}
QSlider::sub-page:horizontal {{ background: palette(highlight); border-radius: 0.2em; }}
QSlider::handle:horizontal {{
    width: 1.2em; margin: -0.4em 0; border-radius: 0.5em; background: palette(highlight);
    border: 0.1em solid palette(window-text);
}}
"""
