"""The shape every simple page shares: a calm centred column with a heading, text, one primary button.

Pages re-translate themselves live: Qt sends ``LanguageChange`` to every widget when a translator
is installed, and ``Page`` answers it by calling ``retranslate()``.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.named import named

COLUMN_WIDTH = 640


class Page(QWidget):
    """A page with ``heading``, ``body``, a ``content`` area, an error line and a ``primary`` button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.heading = named(QLabel(wordWrap=True), "heading")
        self.body = named(QLabel(wordWrap=True), "body")
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.error = named(QLabel(wordWrap=True), "error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self.primary = named(QPushButton(), "primary")
        self.primary.setDefault(True)
        self.primary.setCursor(Qt.CursorShape.PointingHandCursor)

        self.column = QWidget()
        self.column.setMaximumWidth(COLUMN_WIDTH)
        self.content = QVBoxLayout()
        self.content.setSpacing(12)
        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(16)
        self.action_row.addWidget(self.primary)
        self.action_row.addStretch(1)

        col = QVBoxLayout(self.column)
        col.setSpacing(20)
        col.addWidget(self.heading)
        col.addWidget(self.body)
        col.addLayout(self.content)
        col.addWidget(self.error)
        col.addSpacing(8)
        col.addLayout(self.action_row)

        # The column scrolls when the window is smaller than it, so wrapped text is never squeezed
        # out of sight (large system text, small laptop screens).
        inner = QWidget()
        inner.setObjectName("pageInner")
        centred = QVBoxLayout(inner)
        centred.setContentsMargins(48, 32, 48, 32)
        centred.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.column, 100)
        row.addStretch(1)
        centred.addLayout(row)
        centred.addStretch(2)
        self.scroller = QScrollArea()
        self.scroller.setObjectName("pageScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(inner)
        # Not a Tab stop of its own: it scrolls to whichever control gets focus.
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._reveal)

    def _reveal(self, _old: QWidget | None, now: QWidget | None) -> None:
        """Scroll to whatever gets focus on this page, by Tab or given by the app (Qt scrolls only for
        Tab): a keyboard user always sees the control they are on."""
        inner = self.scroller.widget()
        if now is not None and inner is not None and inner.isAncestorOf(now):
            self.scroller.ensureWidgetVisible(now, 16, 16)

    def set_column_width(self, width: int) -> None:
        """Pages with wide content (the clinician's queue) may widen the column."""
        self.column.setMaximumWidth(width)

    def show_error(self, text: str) -> None:
        """Show a plain sentence above the button (the text comes from app.ui.messages)."""
        self.error.setText(text)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def retranslate(self) -> None:
        """Set every visible text again in the current language; subclasses override."""

    def order_tabs(self) -> None:
        """Tab reaches the page's buttons after everything above them, as they are read.

        Qt's Tab order is the order widgets were made, and the button row is made before what
        subclasses and windows add to the content; so it is put last here, each time the page shows.
        """
        items = (self.action_row.itemAt(i) for i in range(self.action_row.count()))
        buttons = [w for w in (item.widget() for item in items if item is not None) if w is not None]
        last: QWidget | None = None  # the last Tab stop of the column before the buttons
        widget: QWidget | None = self.column.nextInFocusChain()
        while widget is not None and widget is not self.column:
            takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            if takes_tab and self.column.isAncestorOf(widget) and not any(b is widget for b in buttons):
                last = widget
            widget = widget.nextInFocusChain()
        if last is not None and buttons:
            for first, second in itertools.pairwise([last, *buttons]):
                QWidget.setTabOrder(first, second)

    def showEvent(self, event: QShowEvent) -> None:
        self.order_tabs()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
