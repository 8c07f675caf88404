"""The window frame both roles share: a header, a stack of pages, and navigation driven by CallState.

Which page shows is decided by ``page_for(state)`` of the role's window, re-evaluated whenever the
bridge reports a move, a login or a room; errors go to the current page as plain sentences.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.core.protocol import UserInfo, Verification
from app.ui import messages
from app.ui.announcements import CallAnnouncements
from app.ui.bridge import SessionBridge
from app.ui.call.call_page import CALL_STATES, CallPage
from app.ui.call.ended_page import EndedPage
from app.ui.i18n import Translations
from app.ui.keyboard import KeyboardHelp
from app.ui.widgets.announcer import Announcer
from app.ui.widgets.language_picker import LanguagePicker
from app.ui.widgets.named import named
from app.ui.widgets.page import Page


class ConsultationWindow(QMainWindow):
    """A header (app name, who is signed in, language) above the pages of one role."""

    closed = Signal()
    call_page: CallPage  # every role has one (made by the role's window)

    def __init__(self, bridge: SessionBridge, translations: Translations, parent: QWidget | None = None):
        super().__init__(parent)
        self.bridge = bridge
        self.app_name = named(QLabel(), "appName")
        self.test_tag = named(QLabel(), "testTag")
        self.test_tag.hide()
        self.user_label = named(QLabel(), "hint")
        self.language = LanguagePicker(translations)
        self.language_label = named(QLabel(), "hint")  # names the picker for screen readers too
        self.language_label.setBuddy(self.language)
        header = named(QFrame(), "header")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(24, 10, 24, 10)
        header_layout.setSpacing(14)
        header_layout.addWidget(self.app_name)
        header_layout.addWidget(self.test_tag)
        header_layout.addStretch(1)
        header_layout.addWidget(self.user_label)
        header_layout.addWidget(self.language_label)
        header_layout.addWidget(self.language)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.resize(960, 720)
        # Screen readers hear state changes through the announcer (app.ui.announcements says which).
        self.announcer = Announcer(central)
        self.announcements = CallAnnouncements(bridge, self.announcer)
        self.keyboard = KeyboardHelp(self)
        self._close_confirmed = False

        bridge.stateChanged.connect(lambda _old, _new: self.navigate())
        bridge.loggedIn.connect(self._on_logged_in)
        bridge.actionFailed.connect(self._on_action_failed)
        bridge.sessionFailed.connect(self._on_session_failed)

    # -- what a role's window provides --------------------------------------------------------------
    def page_for(self, state: CallState) -> QWidget:
        """The page to show in ``state`` (roles also look at login and room)."""
        raise NotImplementedError

    def window_title(self) -> str:
        return self.tr("Samtale")

    # -- navigation ----------------------------------------------------------------------------------
    def add_page(self, page: QWidget) -> QWidget:
        self.stack.addWidget(page)
        return page

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def navigate(self) -> None:
        page = self.page_for(self.bridge.state)
        if page is not self.stack.currentWidget():
            self.stack.setCurrentWidget(page)
            if isinstance(page, Page):
                page.clear_error()
            self.keyboard.page_shown(page)

    def retranslate(self) -> None:
        self.setWindowTitle(self.window_title())
        self.app_name.setText(self.tr("Samtale"))
        self.test_tag.setText(self.tr("TEST IDENTITY"))
        user = self.bridge.user
        self.user_label.setText(self.tr("Signed in as {name}").format(name=user.name) if user else "")
        self.language_label.setText(self.tr("Language"))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(self.tr("The language of Samtale's words"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_confirmed and self.ask_before_closing():
            event.ignore()  # asked in the page; the answer closes the window or keeps it
            return
        self._close_confirmed = False
        self.closed.emit()
        super().closeEvent(event)

    def ask_before_closing(self) -> bool:
        """Closing would leave a call: ask in the call page (True), or close now (False). The patient's
        window asks in the waiting room too; nothing asks once the consultation is closed."""
        if self.bridge.closed or self.bridge.state not in CALL_STATES:
            return False
        self.navigate()
        self.call_page.ask_to_close(self.close_confirmed)
        return True

    def close_confirmed(self) -> None:
        """The user answered "close": close without asking again."""
        self._close_confirmed = True
        self.close()

    def _on_logged_in(self, user: UserInfo) -> None:
        self.test_tag.setVisible(user.verified_by is Verification.TEST)
        self.retranslate()
        self.navigate()

    def _on_action_failed(self, _action: str, code: ErrorCode) -> None:
        """Every refusal is said on the page the user is on, whatever the call state (the call page
        says its own in its notice line)."""
        page = self.current_page()
        if isinstance(page, Page):
            page.show_error(messages.error_text(code))

    def _on_session_failed(self, code: ErrorCode) -> None:
        page = self.current_page()
        if isinstance(page, EndedPage) and self.bridge.end_reason is not None:
            return  # the after-call page's own text already says why the call ended, once
        self._on_action_failed("session", code)
