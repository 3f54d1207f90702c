"""Light and dark palettes and the large, clear type the app uses everywhere."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from enum import Enum
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from foot_coach.system import assets, color_scheme
from foot_coach.ui import collector, list_arrow, style_sheet

if TYPE_CHECKING:  # made just after the first paint (application)
    from PySide6.QtGui import QIcon

BASE_POINT_SIZE = 14.0  # body text; people may read from a distance, and may not see well


class Mode(Enum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


# (window, text, base, button, highlight, highlighted text, muted text)
COLOURS = {
    Mode.LIGHT: ("#F7F9FC", "#15202B", "#FFFFFF", "#E6ECF3", "#1559B0", "#FFFFFF", "#44515E"),
    Mode.DARK: ("#161B22", "#EEF2F6", "#0D1117", "#262D36", "#6CB2FF", "#0B1A2B", "#B7C3CF"),
}
# The focus ring of a chosen weekday (filled in the highlight colour), as BrightText: it must
# stand out from that fill and from the page around it, which no one colour does in both modes.
RING_ON_FILL = {Mode.LIGHT: "#15202B", Mode.DARK: "#FFFFFF"}
# Fusion draws a check box's edge from its palette's Window colour, a shade darker: on the dark
# page that was a dark edge round a dark box, lost, and on the light one a pale grey. Check
# boxes get this as their Window colour (their own background is never filled), so the edge
# comes out a mid grey-blue at 3.5:1 or more against either page (WCAG non-text contrast).
CHECK_EDGE_SOURCE = "#9AA6B3"
# Radio buttons and a list's check boxes have their edges drawn the same way, as dark.
EDGED = ("QCheckBox", "QRadioButton", "QListView")

# A scroll bar's handle, 4.5:1 or more from its track (the button colour) in each mode: the
# style's pale handle on a pale track was hard to find, and at 200 % text a thin 14 px.
SCROLL_HANDLE = {Mode.LIGHT: "#5F6B78", Mode.DARK: CHECK_EDGE_SOURCE}


def resolve(mode: Mode) -> Mode:
    if mode is not Mode.SYSTEM:
        return mode
    return Mode.DARK if color_scheme.is_dark() else Mode.LIGHT


def palette(mode: Mode) -> QPalette:
    window, text, base, button, highlight, on_highlight, muted = map(QColor, COLOURS[mode])
    pal = QPalette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, button),
        (role.Text, text),
        (role.Button, button),
        (role.ButtonText, text),
        (role.Highlight, highlight),
        (role.HighlightedText, on_highlight),
        (role.ToolTipBase, base),
        (role.ToolTipText, text),
        (role.PlaceholderText, muted),
        (role.Link, highlight),
    ):
        pal.setColor(r, colour)
    pal.setColor(role.BrightText, QColor(RING_ON_FILL[mode]))
    pal.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, muted)
    pal.setColor(QPalette.ColorGroup.Disabled, role.WindowText, muted)
    pal.setColor(QPalette.ColorGroup.Disabled, role.Text, muted)
    return pal


def check_box_palette(mode: Mode) -> QPalette:
    pal = palette(mode)
    pal.setColor(QPalette.ColorRole.Window, QColor(CHECK_EDGE_SOURCE))
    return pal


FUSION_FROM_START = "foot_coach_fusion"  # a property of the QApplication made here


def apply(app: QApplication, mode: Mode = Mode.SYSTEM, text_scale_pct: int = 100) -> Mode:
    """Set style, palette and base font; returns the mode actually used. Each of these has Qt
    walk every widget, so no collection may destroy one meanwhile (ui/collector.py)."""
    with collector.held():
        return _apply(app, resolve(mode), text_scale_pct)


def _apply(app: QApplication, used: Mode, text_scale_pct: int) -> Mode:
    if not app.property(FUSION_FROM_START):
        _fusion_once(app)
    app.setPalette(palette(used))
    for kind in EDGED:
        app.setPalette(check_box_palette(used), kind)
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * text_scale_pct / 100)
    before = app.property(TEXT_SIZE)
    app.setProperty(TEXT_SIZE, text_scale_pct)
    # The font before the style sheet, which polishes every widget anew with it: set after,
    # the text size chosen in Settings reached only the pages made later, and of the page
    # shown only the check boxes grew.
    app.setFont(font)
    app.setStyleSheet(style_sheet.whole(SCROLL_HANDLE[used]) + list_arrow.sheet(used is Mode.DARK))
    if isinstance(before, int) and before != text_scale_pct:
        _rescale_own_fonts(text_scale_pct / before)
    return used


def _fusion_once(app: QApplication) -> None:
    """The same look everywhere, set once: setting a style resets palettes and polishes every
    widget anew. Once a style sheet is set the style's name reads empty, so the name alone
    would have the style set again at each change of colours or text size."""
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setProperty(FUSION_FROM_START, True)


TEXT_SIZE = "foot_coach_text_size"  # the percentage last applied, on the application
# Qt keeps the font a widget had when the style sheet first styled it, and gives it back with
# each new sheet (a change of colours): a font set later is lost there unless kept here too.
SHEET_FONT = "_q_styleSheetWidgetFont"


def _rescale_own_fonts(ratio: float) -> None:
    """Words given a size of their own (a title at twice the body text) keep it relative to
    the new body text: they follow no change of the application's font."""
    from PySide6.QtCore import Qt  # not for the first paint (ui/by_name.py)

    for widget in QApplication.allWidgets():
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            font = QFont(widget.font())
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * ratio)
            else:
                font.setPixelSize(max(1, round(font.pixelSize() * ratio)))
            widget.setFont(font)
            if widget.property(SHEET_FONT) is not None:  # the style sheet's copy of it
                widget.setProperty(SHEET_FONT, font)


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(1.0, base.pointSizeF() * factor))
    font.setBold(bold)
    return font


def text_label(text: str, factor: float = 1.0, bold: bool = False) -> QLabel:
    """Plain, word-wrapped text at a size relative to the body text: never parsed as HTML."""
    from PySide6.QtCore import Qt  # not for the first paint (ui/by_name.py)

    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setFont(scaled_font(label.font(), factor, bold))
    return label


W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, tip: str = "") -> W:
    """Give a control the name a screen reader says and the tooltip a mouse shows.

    Qt reads a tooltip out as the description where there is none, so a screen reader said
    each name twice ("Next exercise push button. Next exercise (Right)"): the description is
    the key alone in "Next exercise (Right)", a tooltip of other words as it is, and a blank
    where the tooltip is only the name."""
    widget.setAccessibleName(name)
    widget.setToolTip(tip or name)
    if tip.startswith(f"{name} (") and tip.endswith(")"):
        described = tip[len(name) + 2 : -1]
    else:
        described = "" if tip == name else tip
    widget.setAccessibleDescription(described or " ")  # empty would fall back to the tooltip
    return widget


def relabel(button: QPushButton, text: str, key: str = "", tip: str = "") -> None:
    """New words on a button for the eye and the screen reader alike: a name given once
    stayed "Pause" on a button that had come to show "Resume"."""
    button.setText(text)
    named(button, text, tip or (f"{text} ({key})" if key else text))


def pressing(text: str, slot: Callable[[], None]) -> QPushButton:
    """A push button that calls `slot`, named by its text without a trailing "…" (and the
    space German puts before it: "Notiz hinzufügen …")."""
    button = QPushButton(text)
    named(button, text.rstrip("…").rstrip())
    button.clicked.connect(slot)
    return button


WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128)


def application(argv: Sequence[str], app_id: str, name: str, version: str) -> QApplication:
    """The QApplication, with its names, version and the desktop file it belongs to. Its icon
    is given just after the window's first paint (`give_icon`), which shows none of it:
    PySide builds the QIcon type with its 151 theme icon names (some 3 ms) when first named."""
    # Qt paints large areas with a pool of helper threads; for a window this size that buys
    # nothing and costs thousands of thread wake-ups a second while a picture fades.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    # Fusion from the start, named on Qt's command line: asking the style its name later
    # would make PySide build its whole QStyle type (with 11 enums) before the first paint.
    app = QApplication([*argv, "-style", "Fusion"])
    app.setProperty(FUSION_FROM_START, True)
    app.setApplicationName(app_id)
    app.setApplicationDisplayName(name)
    app.setApplicationVersion(version)
    app.setDesktopFileName("io.github.footcoach.FootCoach")
    return app


def give_icon(app: QApplication) -> None:
    """Foot Coach's icon for its windows and the task bar, from now on."""
    app.setWindowIcon(app_icon())


def app_icon() -> QIcon:
    """Foot Coach's icon for the window, the tray and the task bar, from its pictures of 16 to
    128 pixels. Qt hands an X11 window every size its icon has and keeps each one drawn: the
    256 and 512 pixel ones held 1.3 MB, for task bars and switchers that draw window icons
    far smaller (menus and docks take the large icon from the installed desktop entry). The
    SVG would load Qt's SVG libraries (0.8 MB) into an app waiting in the tray."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in WINDOW_ICON_SIZES:
        icon.addFile(str(assets.path(f"icons/foot-coach-{size}.png")))
    return icon
