"""The window frame both roles share: a header, a stack of pages, and navigation driven by CallState.

Which page shows is decided by ``page_for(state)`` of the role's window, re-evaluated whenever the
bridge reports a move, a login or a room; errors go to the current page as plain sentences. The
header's Settings and Help open a page of their own over the role's pages until Back (or until the
call moves on: a patient admitted while choosing a microphone goes to the call); Sign out leaves the
service and returns to the sign-in page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.call_state import CallState
from app.core.client_version import VersionStanding
from app.core.errors import ErrorCode
from app.core.protocol import Role, UserInfo, Verification
from app.session.version_check import VersionCheck
from app.ui import messages
from app.ui.announcements import CallAnnouncements
from app.ui.bridge import SessionBridge
from app.ui.call.call_page import CALL_STATES, CallPage
from app.ui.call.ended_page import EndedPage
from app.ui.diagnostics_save import chosen_devices, save_diagnostics
from app.ui.help_page import HelpPage
from app.ui.i18n import Translations
from app.ui.keyboard import KeyboardHelp
from app.ui.preflight.devices import DeviceChooser, DeviceControl
from app.ui.settings.settings_page import SettingsPage
from app.ui.settings.store import Theme, UiSettings
from app.ui.theme import apply_theme
from app.ui.version_notice import UpdateRequiredPage, VersionNotice
from app.ui.widgets.announcer import Announcer
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.language_picker import LanguagePicker
from app.ui.widgets.named import named
from app.ui.widgets.page import Page


class ConsultationWindow(QMainWindow):
    """A header (app name, who is signed in, language) above the pages of one role."""

    closed = Signal()
    call_page: CallPage  # every role has one (made by the role's window)

    ROLE: Role

    def __init__(
        self,
        bridge: SessionBridge,
        translations: Translations,
        parent: QWidget | None = None,
        *,
        settings: UiSettings | None = None,
        devices: DeviceControl | None = None,
    ):
        super().__init__(parent)
        self.bridge = bridge
        self.settings = settings if settings is not None else UiSettings()
        self.app_name = named(QLabel(), "appName")
        self.test_tag = named(QLabel(), "testTag")
        self.test_tag.hide()
        self.user_label = named(QLabel(), "hint")
        self.language = LanguagePicker(translations)
        self.language_label = named(QLabel(), "hint")  # names the picker for screen readers too
        self.language_label.setBuddy(self.language)
        header = named(QFrame(), "header")
        # Left: the app's name over who is signed in; right: Settings, Help, Sign out, language. One
        # line when it fits; in a narrow window (800 px, long Swedish words, larger text) the language
        # picker, then the buttons, wrap onto a second line at the right, so the window never has to
        # be wider than the page it shows.
        header_layout = FlowLayout(header, spacing=14)
        header_layout.setContentsMargins(24, 8, 24, 8)
        identity_box = QWidget()
        identity = QVBoxLayout(identity_box)
        identity.setContentsMargins(0, 0, 0, 0)
        identity.setSpacing(0)
        name_row = QHBoxLayout()
        name_row.setSpacing(14)
        name_row.addWidget(self.app_name)
        name_row.addWidget(self.test_tag)
        name_row.addStretch(1)
        identity.addLayout(name_row)
        identity.addWidget(self.user_label)
        header_layout.addWidget(identity_box)
        header_layout.add_stretch()
        self.settings_button = named(QPushButton(), "headerButton")
        self.help_button = named(QPushButton(), "headerButton")
        self.sign_out_button = named(QPushButton(), "headerButton")
        for button in (self.settings_button, self.help_button, self.sign_out_button):
            header_layout.addWidget(button)
        language_box = QWidget()  # the picker and its name stay together
        language_row = QHBoxLayout(language_box)
        language_row.setContentsMargins(0, 0, 0, 0)
        language_row.setSpacing(8)
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language)
        header_layout.add_stretch()  # on a line of its own, still at the right
        header_layout.addWidget(language_box)
        self.stack = QStackedWidget()
        # The service's client versions (show_version): a quiet line, or a page in place of the start.
        self.version_notice = VersionNotice(self.ROLE)
        self.update_page = UpdateRequiredPage(self.ROLE)
        self.stack.addWidget(self.update_page)
        self._update_required = False
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.version_notice)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.resize(960, 720)
        # Screen readers hear state changes through the announcer (app.ui.announcements says which).
        self.announcer = Announcer(central)
        self.announcements = CallAnnouncements(bridge, self.announcer)
        self.keyboard = KeyboardHelp(self)
        self._close_confirmed = False
        chooser = DeviceChooser(devices) if devices is not None else None
        self.settings_page = SettingsPage(self.ROLE, translations, self.settings, _apply_theme, chooser)
        self.help_page = HelpPage(self.ROLE)
        self._aside: QWidget | None = None  # Settings or Help, shown over the role's page until Back
        for aside in (self.settings_page, self.help_page):
            self.stack.addWidget(aside)
            aside.primary.clicked.connect(self.close_aside)
        self.settings_button.clicked.connect(lambda: self.open_aside(self.settings_page))
        self.help_button.clicked.connect(lambda: self.open_aside(self.help_page))
        self.help_page.report_button.clicked.connect(lambda: save_diagnostics(self, bridge))
        if devices is not None:
            bridge.diagnostics.devices = lambda: chosen_devices(devices)
        self.sign_out_button.clicked.connect(self._sign_out)
        bridge.loggedOut.connect(self._on_logged_out)

        bridge.stateChanged.connect(lambda _old, _new: self._state_moved())
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

    def open_aside(self, page: QWidget) -> None:
        """Show Settings or Help over the current page."""
        self._aside = page
        self.navigate()

    def close_aside(self) -> None:
        self._aside = None
        self.navigate()

    def _state_moved(self) -> None:
        self._aside = None  # the call moved on (admitted, ended…): show where the user now is
        self.navigate()
        self._show_sign_out()

    def show_version(self, check: VersionCheck) -> None:
        """What the service said about this client's version (``app.session.version_check``)."""
        self._update_required = check.standing is VersionStanding.UNSUPPORTED
        self.version_notice.show_check(check)
        self.update_page.show_check(check)
        self.navigate()
        if self.version_notice.isVisibleTo(self):
            self.announcer.announce(self.version_notice.text.text())
        elif self._update_required:
            self.announcer.announce(self.update_page.heading.text())

    def navigate(self) -> None:
        # Too old for the service: the update page replaces where a consultation would start, never
        # the waiting room or a call (those end first, then it shows).
        update = self._update_required and self.bridge.state in (CallState.IDLE, CallState.ENDED)
        page = self.update_page if update else self.page_for(self.bridge.state)
        page = self._aside if self._aside is not None else page
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
        self.settings_button.setText(self.tr("Settings"))
        self.settings_button.setAccessibleDescription(
            self.tr("Camera, microphone, language, look and sounds")
        )
        self.help_button.setText(self.tr("Help"))
        self.help_button.setAccessibleDescription(
            self.tr("How Samtale works and what to do when something does not")
        )
        self.sign_out_button.setText(self.tr("Sign out"))
        self.sign_out_button.setAccessibleDescription(self.tr("Sign out of Samtale on this computer"))
        self._show_sign_out()
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

    def _when_sound_on(self, play: Callable[[], None]) -> Callable[[], None]:
        """``play``, silenced while the user has turned notification sounds off in Settings."""

        def maybe() -> None:
            if self.settings.notification_sound:
                play()

        return maybe

    def _show_sign_out(self) -> None:
        """Sign out is offered when signed in and not in the waiting room or a call (leave those first)."""
        idle = self.bridge.state in (CallState.IDLE, CallState.ENDED)
        self.sign_out_button.setVisible(self.bridge.user is not None and idle)

    def _sign_out(self) -> None:
        self._aside = None
        self.bridge.sign_out()

    def _on_logged_out(self) -> None:
        self.test_tag.hide()
        self.retranslate()
        self.navigate()
        self.announcer.announce(self.tr("You are signed out."))

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


def _apply_theme(theme: Theme) -> None:
    """The look the user picked on the settings page, for the whole app at once."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, high_contrast=theme.high_contrast())
