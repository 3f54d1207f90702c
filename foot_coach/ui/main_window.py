"""The main window: it arranges pages and holds no rules, SQL or timers."""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from foot_coach.ui.theme import named
from foot_coach.ui.widgets import page_tabs
from foot_coach.ui.widgets.page_tabs import PageButton, PageButtonRow


class HelpTopic(Enum):
    """What the Help menu offers, in its order."""

    SHORTCUTS = auto()
    WELCOME = auto()
    FOOTWEAR = auto()
    TROUBLESHOOTING = auto()
    ABOUT = auto()


class MainWindow(QMainWindow):
    sig_closing = Signal()  # the composition root decides: hide to the tray, or quit
    sig_help = Signal(object)  # the HelpTopic chosen
    sig_nav_near = Signal(str)  # the pointer or the keyboard reached a page's button: its key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Foot Coach"))
        self.setMinimumSize(800, 500)
        self.resize(1280, 800)
        self.pages = QStackedWidget()
        page_tabs.install()
        self.nav = PageButtonRow()
        self.nav.setAccessibleName(self.tr("Pages"))
        # A grid, re-flowed on resize: with large text the buttons take two rows, never clip.
        self.nav_layout = QGridLayout(self.nav)
        self.nav_layout.setContentsMargins(0, 0, 0, 0)
        self.nav_buttons: list[PageButton] = []
        self.nav_group = QButtonGroup(self)
        self._keys: dict[str, int] = {}
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.close_to_tray = False
        self.session_active = False
        self.help_actions = self._help_menu()

    def _help_menu(self) -> dict[HelpTopic, QAction]:
        menu = self.menuBar().addMenu(self.tr("&Help"))
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
        shortcuts = actions[HelpTopic.SHORTCUTS]
        shortcuts.setShortcuts([QKeySequence(Qt.Key.Key_F1), QKeySequence("?")])
        # Added to the window too, so the keys work while the menu bar is hidden (focus mode).
        self.addAction(shortcuts)
        return actions

    def add_page(self, key: str, title: str, widget: QWidget) -> None:
        """Add a page and its navigation button (Alt+1, Alt+2, ... in order)."""
        index = self.pages.addWidget(widget)
        self._keys[key] = index
        button = PageButton(title)
        button.setCheckable(True)
        button.setMinimumHeight(40)
        shortcut = QKeySequence(f"Alt+{len(self._keys)}")
        button.setShortcut(shortcut)
        named(button, title, f"{title} ({shortcut.toString()})")
        button.clicked.connect(lambda: self.show_page(key))
        button.setProperty("page_key", key)
        button.installEventFilter(self)
        self.nav_group.addButton(button, index)
        self.nav_buttons.append(button)
        self._flow_nav()
        widget.setAccessibleName(title)
        if len(self._keys) == 1:
            self.show_page(key)

    def _flow_nav(self) -> None:
        """As many buttons per row as fit the window's width, in order, left to right."""
        if not self.nav_buttons:
            return
        spacing = max(self.nav_layout.horizontalSpacing(), 0)
        widest = max(b.sizeHint().width() for b in self.nav_buttons) + spacing
        room = max(self.width() - 40, widest)
        per_row = max(1, min(len(self.nav_buttons), room // widest))
        for button in self.nav_buttons:
            self.nav_layout.removeWidget(button)
        for n, button in enumerate(self.nav_buttons):
            self.nav_layout.addWidget(button, n // per_row, n % per_row)
        for column in range(len(self.nav_buttons) + 1):
            self.nav_layout.setColumnStretch(column, 0)
        self.nav_layout.setColumnStretch(per_row, 1)  # buttons sit left, the rest is space

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Enter, QEvent.Type.FocusIn) and watched in self.nav_buttons:
            self.sig_nav_near.emit(watched.property("page_key"))
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._flow_nav()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._flow_nav()

    def page(self, key: str) -> QWidget:
        return self.pages.widget(self._keys[key])

    def show_page(self, key: str) -> None:
        index = self._keys[key]
        self.pages.setCurrentIndex(index)
        self.nav_buttons[index].select()
        self.pages.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def current_page(self) -> str:
        index = self.pages.currentIndex()
        return next(k for k, i in self._keys.items() if i == index)

    def toggle_focus_mode(self) -> None:
        """Full screen with only the session showing, for exercising away from the laptop."""
        focused = not self.isFullScreen()
        self.nav.setVisible(not focused and not self.session_active)
        self.menuBar().setVisible(not focused)
        if focused:
            self.showFullScreen()
        else:
            self.showNormal()

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
