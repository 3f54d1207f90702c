"""A page's scroll area: it scrolls up and down only, is no silent Tab stop, and keeps the
control that has the keyboard's focus in view. Text alone is read out when Tab reaches it."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject, QPoint, Slot
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from foot_coach.ui.by_name import set_property


def vertical_scroll(content: QWidget, name: str = "", parent: QWidget | None = None) -> QScrollArea:
    """Wrap `content` so it scrolls rather than squeezes. Pages with controls inside leave
    `name` empty: Tab goes straight to the controls, and the area follows the focus. Text
    alone is given a name, so the keyboard can scroll it and a screen reader says what it is.
    Made in its `parent`, if given, rather than moved there with all it holds (see fill_page)."""
    scroll = _ReadOut(parent) if name else _PageScroll(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    set_property(scroll, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
    scroll.setWidget(content)
    if name:
        scroll.setAccessibleName(name)
        scroll.setObjectName("reading")  # the style sheet rings it when it has the focus
    else:
        set_property(scroll, "focusPolicy", "NoFocus")
    _FocusInView.start()
    return scroll


def fill_page(page: QWidget, content: QWidget) -> QScrollArea:
    """`content` as the whole of `page`, edge to edge, scrolling up and down: large text in a
    small window scrolls rather than squeezes.

    The area is made in the page, not moved there: with the app's style sheet Qt tells each
    widget moved to another parent, and every widget inside it, that its style changed, so
    a page built from the inside out paid for its inner widgets once per level."""
    scroll = vertical_scroll(content, parent=page)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return scroll


class _PageScroll(QScrollArea):
    """One turn of the wheel moves about three lines of the text in use, at any text size:
    Qt's fixed 20 px step moved a page at 200 % text by little more than one line, so a long
    History page took twice the turns to read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._step()
        # The text size changed in Settings. Told by the application, not by a changeEvent:
        # PySide hands that each change as a plain QEvent and, to find its class, builds the
        # Python types of all of Qt's event classes (0.5 MB kept).
        cast(QGuiApplication, QGuiApplication.instance()).fontChanged.connect(self._font_changed)

    @Slot(QFont)  # undeclared, PySide lost it ("Slot not found") once a dialog's area went
    def _font_changed(self, font: QFont) -> None:
        # The application's new font, which the area takes on: its own comes a turn later.
        self.verticalScrollBar().setSingleStep(QFontMetrics(font).height())

    def _step(self) -> None:
        self.verticalScrollBar().setSingleStep(self.fontMetrics().height())


class _FocusInView(QObject):
    """Scrolls each page area holding the control that takes the focus to it. Qt does so only
    when Tab moves from one control in the area to the next: Tab in from the page buttons, or
    round from the last control, reached one scrolled out of sight.

    One for the application, not one an area: each would be told of every change of focus."""

    NAME = "focus-in-view"

    @classmethod
    def start(cls) -> None:
        # A child of the application, found again by its name: nothing kept at module level.
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if app.findChild(QObject, cls.NAME) is None:
            follower = cls(app)
            follower.setObjectName(cls.NAME)
            app.focusChanged.connect(follower.follow)

    @Slot(QWidget, QWidget)  # undeclared, PySide lost it ("Slot not found") as objects went
    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not (areas := _areas_holding(new)):
            return  # asked first: the window's first focus, on a page, is in none
        from PySide6.QtCore import Qt  # not for the first paint (ui/by_name.py)

        if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return  # clicked: it is where the pointer is, and the page stays put
        for area in areas:
            _bring_into_view(area, new)


def area_holding(widget: QWidget) -> QScrollArea | None:
    """The innermost page scroll area whose page holds `widget`, or None. Not an area's own
    scroll bar: that is the area's, not on its page."""
    outer = widget.parentWidget()
    while outer is not None:
        content = outer.widget() if isinstance(outer, _PageScroll) else None
        if content is not None and content.isAncestorOf(widget):
            return outer
        outer = outer.parentWidget()
    return None


def _areas_holding(widget: QWidget) -> list[QScrollArea]:
    """The page areas whose page holds `widget`, innermost first."""
    areas: list[QScrollArea] = []
    area = area_holding(widget)
    while area is not None:
        areas.append(area)
        area = area_holding(area)
    return areas


def bring_into_view(widget: QWidget) -> None:
    """Scroll the page area holding `widget` to it, as Tab does to a control."""
    for area in _areas_holding(widget):
        _bring_into_view(area, widget)


def _bring_into_view(area: QScrollArea, widget: QWidget) -> None:
    content = area.widget()
    top = widget.mapTo(content, QPoint(0, 0)).y()
    seen, bar = area.viewport().height(), area.verticalScrollBar()
    if widget.height() >= seen:
        bar.setValue(top)  # its start: Qt would show its middle
        return
    area.ensureWidgetVisible(widget)
    # With the label that names it, where both fit: a History chart's Tab stop is its summary
    # under the plot, and its title above the plot was left cut off.
    named_at = [label.mapTo(content, QPoint(0, 0)).y() for label in _labels_of(content, widget)]
    if named_at and top + widget.height() - min(named_at) <= seen:
        bar.setValue(min(bar.value(), min(named_at)))


def _labels_of(content: QWidget, widget: QWidget) -> list[QLabel]:
    return [
        label
        for label in content.findChildren(QLabel)
        if label.buddy() is widget and label.isVisibleTo(content)
    ]


def words_in(content: QWidget) -> str:
    """The text of the labels shown in `content`, top to bottom and left to right, plain."""
    labels = [
        label
        for label in content.findChildren(QLabel)
        if label.isVisibleTo(content) and label.text().strip()
    ]
    labels.sort(key=lambda label: _place(label.mapTo(content, QPoint(0, 0))))
    return "\n".join(_plain(label) for label in labels)


def _place(at: QPoint) -> tuple[int, int]:
    return at.y(), at.x()


def _plain(label: QLabel) -> str:
    from PySide6.QtCore import Qt  # not for the first paint (ui/by_name.py)

    text = label.text()
    if label.textFormat() == Qt.TextFormat.PlainText or "<" not in text:
        return text
    return QTextDocumentFragment.fromHtml(text).toPlainText()  # "<b>Exercises</b>": Exercises


class _ReadOut(_PageScroll):
    """A text area that takes its words as its description as Tab reaches it, so a screen
    reader reads them: it said only the name ("How to do it: Toe curls"), not a step of it.
    Not as its window opens: Orca reads a dialog's text then, and said it all twice.

    In its own focus handler, before the screen reader is told of the focus; not through an
    event filter, which PySide hands each event as a plain QEvent and, to find its class,
    builds the Python types of all of Qt's event classes (0.5 MB kept)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        from PySide6.QtCore import Qt  # not for the first paint (ui/by_name.py)

        content = self.widget()
        if content is not None:
            opening = event.reason() == Qt.FocusReason.ActiveWindowFocusReason
            self.setAccessibleDescription("" if opening else words_in(content))
        super().focusInEvent(event)
