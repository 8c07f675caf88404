"""A button that copies one piece of text (a room's link or code) and says, for a moment, that it did."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QWidget

CONFIRM_MS = 2500  # how long "Copied" stays on the button before its own words come back


class CopyButton(QPushButton):
    """``text_to_copy`` is asked at each click (the room may have changed); ``label`` gives the
    button's words in the current language and ``copied`` the short confirmation."""

    def __init__(
        self,
        text_to_copy: Callable[[], str],
        label: Callable[[], str],
        copied: Callable[[], str],
        announce: Callable[[str], None] = lambda _text: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._text_to_copy = text_to_copy
        self._label = label
        self._copied = copied
        self._announce = announce
        self._restore = QTimer(self, singleShot=True, interval=CONFIRM_MS)
        self._restore.timeout.connect(self.retranslate)
        self.clicked.connect(self.copy)
        self.retranslate()

    def copy(self) -> None:
        text = self._text_to_copy()
        if not text:
            return
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text)
        self.setText(self._copied())
        self.setAccessibleName(self._copied())
        self._announce(self._copied())
        self._restore.start()

    def retranslate(self) -> None:
        if not self._restore.isActive():
            self.setText(self._label())
            self.setAccessibleName(self._label())
