"""The "Present" button of the call bar: your screen, a window or a PDF file, instead of your camera.

The menu offers "Your screen", "A window" (this application's windows), "A PDF file…" (a non-blocking
file dialog) and "Stop presenting"; while a PDF is shown, previous/next page buttons and "Page n of m"
appear beside it. The chosen source captures into one ``FrameSlot`` that the session's presentation
track sends; the bridge swaps the call's video and tells the room. All of it is reachable by keyboard
(Tab to the button, Space or Enter opens the menu) and has accessible names.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.media.frame_slot import FrameSlot
from app.ui.present.sources import (
    CaptureSource,
    PdfSource,
    ScreenSource,
    WindowSource,
    app_windows,
    pdf_pages,
)
from app.ui.session_bridge import SessionBridge
from app.ui.widgets.bar_button import BarButton
from app.ui.widgets.named import named

LIVE = (CallState.CONNECTING, CallState.IN_CALL, CallState.RECONNECTING)


class PresentControl(QWidget):
    """The button with its menu, and the page buttons of a PDF being presented."""

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.slot = FrameSlot()  # what the chosen source captures; the session's track sends it
        self.source: CaptureSource | PdfSource | None = None
        self.dialog: QFileDialog | None = None
        self._can_render_pdf = pdf_pages(self) is not None  # QtPdf or Ghostscript
        self.button = named(BarButton("present"), "presentButton")  # a large button of the call bar
        self.menu = QMenu(self.button)
        self.screen_action = QAction(self.menu)
        self.window_menu = QMenu(self.menu)
        self.pdf_action = QAction(self.menu)
        self.stop_action = QAction(self.menu)
        self.menu.addAction(self.screen_action)
        self.menu.addMenu(self.window_menu)
        self.menu.addAction(self.pdf_action)
        self.menu.addSeparator()
        self.menu.addAction(self.stop_action)
        self.button.setMenu(self.menu)
        self.previous_page = named(QPushButton(), "previousPage")
        self.next_page = named(QPushButton(), "nextPage")
        self.page_label = named(QLabel(), "pageLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for widget in (self.button, self.previous_page, self.page_label, self.next_page):
            layout.addWidget(widget)
        self._show_pages(False)

        self.screen_action.triggered.connect(self.present_screen)
        self.pdf_action.triggered.connect(self.choose_pdf)
        self.stop_action.triggered.connect(self.stop)
        self.window_menu.aboutToShow.connect(self._list_windows)
        self.previous_page.clicked.connect(self._previous)
        self.next_page.clicked.connect(self._next)
        bridge.presentingChanged.connect(self._presenting_changed)
        bridge.actionFailed.connect(self._failed)
        bridge.stateChanged.connect(self._state_moved)
        self.retranslate()

    # -- choosing what to present -----------------------------------------------------------------
    def present_screen(self) -> None:
        self._begin(ScreenSource(self.slot, parent=self))

    def present_window(self, target: QWidget | int) -> None:
        source = WindowSource(target, self.slot, parent=self)
        source.ended.connect(self.stop)
        self._begin(source)

    def choose_pdf(self) -> None:
        """Ask for a PDF file without blocking the event loop (the dialog's ``fileSelected`` goes on)."""
        if self.dialog is None:
            self.dialog = QFileDialog(self.window(), self.tr("Choose a PDF file to present"))
            self.dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
            self.dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            self.dialog.fileSelected.connect(self.present_pdf)
        self.dialog.open()

    def present_pdf(self, path: str) -> bool:
        """Present the first page of ``path``; False (and a notice) if it cannot be shown."""
        source = PdfSource(self.slot, parent=self)
        if not source.load(path):
            source.deleteLater()
            self.page_label.setText(self.tr("This PDF file could not be opened."))
            self.page_label.show()
            return False
        source.pageChanged.connect(self._page_shown)
        self._begin(source)
        self._page_shown(source.page, source.page_count)
        return True

    def stop(self) -> None:
        """Stop presenting: the camera is sent again."""
        self._end_capture()
        if self._bridge.presenting:
            self._bridge.stop_presenting()

    # -- internals ---------------------------------------------------------------------------------
    def _begin(self, source: CaptureSource | PdfSource) -> None:
        self._end_capture()
        self.source = source
        source.start()
        self._show_pages(isinstance(source, PdfSource))
        if not self._bridge.presenting:
            self._bridge.start_presenting(self.slot)
        self.retranslate()

    def _end_capture(self) -> None:
        source, self.source = self.source, None
        if source is not None:
            source.stop()
            source.deleteLater()
        self.slot.clear()
        self._show_pages(False)

    def _presenting_changed(self, on: bool) -> None:
        if not on:
            self._end_capture()
        self.retranslate()

    def _failed(self, action: str, code: ErrorCode) -> None:
        del code  # the call page says what went wrong
        if action == "present" and not self._bridge.presenting:
            self._end_capture()
            self.retranslate()

    def _state_moved(self, _old: CallState, new: CallState) -> None:
        if new not in LIVE:
            self._end_capture()
        self.retranslate()

    def _list_windows(self) -> None:
        self.window_menu.clear()
        windows = app_windows()
        for window in windows:
            action = self.window_menu.addAction(window.windowTitle())
            action.triggered.connect(lambda _checked=False, w=window: self.present_window(w))
        if not windows:
            self.window_menu.addAction(self.tr("No windows to present")).setEnabled(False)

    def _previous(self) -> None:
        if isinstance(self.source, PdfSource):
            self.source.previous_page()

    def _next(self) -> None:
        if isinstance(self.source, PdfSource):
            self.source.next_page()

    def _page_shown(self, index: int, count: int) -> None:
        self.page_label.setText(self.tr("Page {page} of {count}").format(page=index + 1, count=count))
        self.page_label.setAccessibleName(self.page_label.text())
        self.previous_page.setEnabled(index > 0)
        self.next_page.setEnabled(index < count - 1)

    def _show_pages(self, on: bool) -> None:
        for widget in (self.previous_page, self.page_label, self.next_page):
            widget.setVisible(on)

    def retranslate(self) -> None:
        presenting = self._bridge.presenting or self.source is not None
        in_call = self._bridge.state in LIVE
        self.button.setText(self.tr("Presenting") if presenting else self.tr("Present"))
        self.button.setAccessibleName(self.tr("Present your screen, a window or a PDF file"))
        self.button.setEnabled(in_call)
        self.screen_action.setText(self.tr("Your screen"))
        self.window_menu.setTitle(self.tr("A window"))
        self.pdf_action.setText(self.tr("A PDF file…"))
        self.pdf_action.setEnabled(self._can_render_pdf)
        self.stop_action.setText(self.tr("Stop presenting"))
        self.stop_action.setEnabled(presenting)
        self.previous_page.setText(self.tr("Previous page"))
        self.previous_page.setAccessibleName(self.tr("Previous page"))
        self.next_page.setText(self.tr("Next page"))
        self.next_page.setAccessibleName(self.tr("Next page"))
        if isinstance(self.source, PdfSource):
            self._page_shown(self.source.page, self.source.page_count)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["PresentControl"]
