"""The main window: it arranges pages and holds no rules, SQL or timers.

Each page is made when it is first needed (shown, or asked for), so start-up pays only for
the one on screen; its button is there from the start.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum, auto
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QMoveEvent,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from foot_coach.ui.by_name import set_property
from foot_coach.ui.theme import named
from foot_coach.ui.widgets import page_tabs
from foot_coach.ui.widgets.page_tabs import PageButton, PageButtonRow
from foot_coach.ui.widgets.scrolling import area_holding
from foot_coach.ui.widgets.steady import steady

if TYPE_CHECKING:  # the Help menu's items are made after the first paint
    from PySide6.QtGui import QAction


class HelpTopic(Enum):
    """What the Help menu offers, in its order."""

    SHORTCUTS = auto()
    WELCOME = auto()
    FOOTWEAR = auto()
    TROUBLESHOOTING = auto()
    ABOUT = auto()


def columns_that_fit(widths: list[int], spacing: int, room: int) -> int:
    """The most columns whose grid fits `room`: each column as wide as its widest button.
    Measured per column, not as the widest button times n, which wrapped the last button
    onto a row of its own at large text although a laptop screen had room for all six."""
    for columns in range(len(widths), 1, -1):
        needed = sum(max(widths[c::columns]) for c in range(columns))
        if needed + spacing * (columns - 1) <= room:
            return columns
    return 1


class MainWindow(QMainWindow):
    sig_closing = Signal()  # the composition root decides: hide to the tray, or quit
    sig_focus_mode = Signal(bool)  # full screen for the session, or back to the window
    sig_help = Signal(object)  # the HelpTopic chosen
    sig_nav_near = Signal(str)  # the pointer or the keyboard reached a page's button: its key
    sig_page_made = Signal(str)  # a page was made and added: its key
    sig_painted = Signal()  # each time the window itself paints (system/first_paint.py)
    sig_placed = Signal()  # moved, resized or shown (ui/window_place.py)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Foot Coach"))
        self.setMinimumSize(800, 500)
        self.resize(1280, 800)
        # One page shown at a time, in a plain widget: a QStackedWidget is a "layered pane" to
        # AT-SPI, and Orca said "layered pane" each time the focus went into a page.
        holder = QWidget()
        self.pages = QStackedLayout(holder)
        self.pages.setContentsMargins(0, 0, 0, 0)
        page_tabs.install()
        self.nav = PageButtonRow()
        self.nav.setAccessibleName(self.tr("Pages"))
        # A grid, re-flowed on resize: with large text the buttons take two rows, never clip.
        self.nav_layout = QGridLayout(self.nav)
        self.nav_layout.setContentsMargins(0, 0, 0, 0)
        self.nav_buttons: list[PageButton] = []
        self._makers: dict[str, tuple[str, Callable[[], QWidget]]] = {}
        self._made: dict[str, QWidget] = {}
        self._current = ""  # the page shown, or to show when the window opens
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(holder, 1)
        self.setCentralWidget(central)
        self.close_to_tray = self.session_active = False
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._help_items: dict[HelpTopic, QAction] = {}
        # The buttons flow anew at another text size. Told by the application, not by a
        # changeEvent of our own: PySide would hand that every change as a plain QEvent, and
        # finding its class builds the types of all of Qt's event classes (near_button.py).
        cast(QGuiApplication, QGuiApplication.instance()).fontChanged.connect(self._font_changed)

    @property
    def help_actions(self) -> dict[HelpTopic, QAction]:
        self.fill_help_menu()
        return self._help_items

    def fill_help_menu(self) -> None:
        """The Help menu's items and their keys (F1, ?), made once, just after the first paint:
        the first frame shows only the menu's title, and PySide's QAction type alone takes
        0.7 ms to build."""
        if not self._help_items:
            self._help_items = self._help_menu(self.help_menu)

    def _help_menu(self, menu: QMenu) -> dict[HelpTopic, QAction]:
        actions = {}
        for topic, text in (
            (HelpTopic.SHORTCUTS, self.tr("Keyboard shortcuts")),
            (HelpTopic.WELCOME, self.tr("Welcome tour")),
            (HelpTopic.FOOTWEAR, self.tr("About footwear")),
            (HelpTopic.TROUBLESHOOTING, self.tr("Troubleshooting")),
            (HelpTopic.ABOUT, self.tr("About Foot Coach")),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, t=topic: self.sig_help.emit(t))
            actions[topic] = action
        menu.aboutToShow.connect(lambda: widen(menu))
        from PySide6.QtGui import QKeySequence  # after the first paint, as the menu's items

        shortcuts = actions[HelpTopic.SHORTCUTS]
        shortcuts.setShortcuts([QKeySequence("F1"), QKeySequence("?")])
        # Added to the window too, so the keys work while the menu bar is hidden (focus mode).
        self.addAction(shortcuts)
        return actions

    def add_page(self, key: str, title: str, make: Callable[[], QWidget]) -> None:
        """Add a page's navigation button (Alt+1, Alt+2, ... in order); `make` makes the page
        when it is first shown or asked for. The first page added is the one shown first."""
        self._makers[key] = (title, make)
        button = PageButton(title)
        button.setCheckable(True)
        button.setMinimumHeight(40)
        shortcut = f"Alt+{len(self._makers)}"
        # By name: setShortcut() weighs Qt.Key overloads, and a QKeySequence builds its type.
        set_property(button, "shortcut", shortcut)
        named(button, title, f"{title} ({shortcut})")
        button.clicked.connect(lambda: self.show_page(key))
        button.setProperty("page_key", key)
        button.sig_near.connect(lambda _: self.sig_nav_near.emit(key))
        self.nav_buttons.append(button)
        if self.isVisible():  # else once, as the window shows: not once a button at start
            self._flow_nav()
        self._current = self._current or key

    def _flow_nav(self) -> None:
        """As many buttons per row as fit the window's width, in order, left to right."""
        if not self.nav_buttons:
            return
        per_row = columns_that_fit(
            [b.sizeHint().width() for b in self.nav_buttons],
            max(self.nav_layout.horizontalSpacing(), 0),
            self.width() - 40,
        )
        for button in self.nav_buttons:
            self.nav_layout.removeWidget(button)
        for n, button in enumerate(self.nav_buttons):
            self.nav_layout.addWidget(button, n // per_row, n % per_row)
        for column in range(len(self.nav_buttons) + 1):
            self.nav_layout.setColumnStretch(column, 0)
        self.nav_layout.setColumnStretch(per_row, 1)  # buttons sit left, the rest is space

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._flow_nav()
        self.sig_placed.emit()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self.sig_placed.emit()

    def showEvent(self, event: QShowEvent) -> None:
        self._flow_nav()
        super().showEvent(event)
        self.sig_placed.emit()

    def _font_changed(self, _font: QFont) -> None:
        QTimer.singleShot(0, self, self._flow_nav)  # once every widget has the new font

    def paintEvent(self, event: QPaintEvent) -> None:
        self.sig_painted.emit()  # before the paint, as an event filter would see it
        super().paintEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter presses the button that has the focus, as in the app's dialogs and most
        # programs: Qt does that only in dialogs, and here "Start routine" did nothing.
        from PySide6.QtCore import Qt  # not for the first paint (ui/by_name.py)

        button = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(button, QPushButton):
            button.click()
            return
        # Page Up and Page Down scroll a long page (History at large text) wherever the focus
        # is on it: its scroll area takes no focus of its own, so the keys came here unused.
        pages = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}
        if (way := pages.get(event.key())) is not None and (area := self._scrolled()):
            bar = area.verticalScrollBar()
            bar.setValue(bar.value() + way * bar.pageStep())
            return
        super().keyPressEvent(event)

    def _scrolled(self) -> QScrollArea | None:
        """The scroll area around the focus on the page shown, or else the page's own."""
        page = self._made.get(self._current)
        if page is None:
            return None
        focus = self.focusWidget()
        area = area_holding(focus) if focus is not None else None
        if area is not None and page.isAncestorOf(area):
            return area
        return page if isinstance(page, QScrollArea) else page.findChild(QScrollArea)

    def holder(self) -> QWidget:
        """The widget the pages sit in: a page made in it is not moved there with all it
        holds (widgets/scrolling.fill_page)."""
        return self.pages.parentWidget()

    def made(self, key: str) -> bool:
        return key in self._made

    def page(self, key: str) -> QWidget:
        """The page, made now if it was not yet."""
        if key not in self._made:
            title, make = self._makers[key]
            widget = make()
            widget.setAccessibleName(title)
            steady(widget)  # scrolling the page past a setting never changes it
            self._made[key] = widget
            self.pages.addWidget(widget)  # the stack's order is the order made: only one shows
            if self._current in self._made:
                self.pages.setCurrentWidget(self._made[self._current])
            self.sig_page_made.emit(key)
        return self._made[key]

    def show_page(self, key: str) -> None:
        page = self.page(key)
        self._current = key
        self.pages.setCurrentWidget(page)
        # Checked one at a time by hand, not by an exclusive QButtonGroup: in one, Qt lets only
        # the checked button take Tab, and Tab alone never reached the other pages.
        chosen = self.nav_buttons[list(self._makers).index(key)]
        for button in self.nav_buttons:
            if button is not chosen:
                button.setChecked(False)
        chosen.select()
        page.setFocus()  # for another reason than Tab or a click, as Qt.FocusReason names it

    def current_page(self) -> str:
        return self._current

    def setVisible(self, visible: bool) -> None:
        if visible and self._current and not self.made(self._current):
            self.show_page(self._current)  # the window never opens on a page not yet made
        super().setVisible(visible)

    def toggle_focus_mode(self) -> None:
        """Full screen with only the session showing, for exercising away from the laptop."""
        focused = not self.isFullScreen()
        self.nav.setVisible(not focused and not self.session_active)
        self.menuBar().setVisible(not focused)
        if focused:
            self.showFullScreen()
        else:
            self.showNormal()
        self.sig_focus_mode.emit(focused)

    def set_session_active(self, active: bool) -> None:
        """While exercising, the session has the window: the page buttons step aside (the
        session's own buttons lead back), which keeps large text readable in a small window."""
        self.session_active = active
        self.nav.setVisible(not active and not self.isFullScreen())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_to_tray:
            event.ignore()
            self.hide()
        self.sig_closing.emit()


def widen(menu: QMenu) -> None:
    """Room for a gap between an item's words and its key: with the app's style sheet, Qt made
    the menu too narrow by about that much, and at 200 % text 'Keyboard shortcuts' was cut to
    'Keyboar…ortcuts'."""
    menu.setMinimumWidth(0)  # the hint for the text size now, not the one last widened
    menu.setMinimumWidth(menu.sizeHint().width() + 2 * menu.fontMetrics().height())
