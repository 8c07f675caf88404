"""Full screen for the call: the window the call page sits in fills the screen and comes back as it
was (maximised or not) when full screen is left — by F11, a double-click on the picture, Escape, or
the end of the call."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget


class FullScreen(QObject):
    changed = Signal(bool)

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self._page = page
        self._before = Qt.WindowState.WindowNoState

    @property
    def on(self) -> bool:
        return bool(self._page.window().windowState() & Qt.WindowState.WindowFullScreen)

    def toggle(self) -> None:
        if self.on:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        window = self._page.window()
        if self.on or window is self._page:
            return
        self._before = window.windowState() & ~Qt.WindowState.WindowFullScreen
        window.setWindowState(self._before | Qt.WindowState.WindowFullScreen)
        self.changed.emit(True)

    def leave(self) -> None:
        if not self.on:
            return
        self._page.window().setWindowState(self._before)
        self.changed.emit(False)
