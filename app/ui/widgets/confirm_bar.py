"""An in-page question asked before something that cannot be undone: one sentence, the act, a way out.

Never modal (style.md: no ``exec()`` inside a coroutine, and a call must not freeze behind a dialog):
the bar opens inside the page, the call and its pictures go on, and the question is answered by a
click, Enter on the focused button, or Escape (which keeps things as they are). Focus lands on the
way out, so a stray Enter or Space never does the irreversible thing; the question is that button's
accessible description, so a screen reader says what is being asked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.named import named

# (question, the act's button, the way out's button), made again in the current language on a switch.
Texts = Callable[[], tuple[str, str, str]]


class ConfirmBar(QFrame):
    """Hidden until ``ask``; ``confirm()`` runs the act once, ``cancel()`` drops it."""

    answered = Signal(bool)  # True: the act was confirmed (and has run)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.question = named(QLabel(wordWrap=True), "confirmQuestion")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm_button = named(QPushButton(), "confirmAct")
        self.cancel_button = named(QPushButton(), "confirmCancel")
        for button in (self.confirm_button, self.cancel_button):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAutoDefault(True)  # Enter presses the focused one
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.question)
        buttons = FlowLayout(spacing=10)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        layout.addLayout(buttons)
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.cancel)
        self._texts: Texts | None = None
        self._act: Callable[[], object] | None = None
        self.hide()

    @property
    def pending(self) -> bool:
        return self._act is not None

    def ask(self, texts: Texts, act: Callable[[], object]) -> None:
        """Show the question (replacing one still open) and put the focus on the way out."""
        self._texts, self._act = texts, act
        self.retranslate()
        self.show()
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def confirm(self) -> None:
        act = self._act
        self._close()
        if act is not None:
            act()
            self.answered.emit(True)

    def cancel(self) -> None:
        if self._act is not None:
            self._close()
            self.answered.emit(False)

    def _close(self) -> None:
        self._texts = self._act = None
        self.hide()

    def retranslate(self) -> None:
        if self._texts is None:
            return
        question, act, keep = self._texts()
        self.question.setText(question)
        self.setAccessibleName(question)
        self.confirm_button.setText(act)
        self.confirm_button.setAccessibleName(act)
        self.confirm_button.setAccessibleDescription(question)
        self.cancel_button.setText(keep)
        self.cancel_button.setAccessibleName(keep)
        self.cancel_button.setAccessibleDescription(question)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.pending:
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
