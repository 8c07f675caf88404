"""Sign-in with BankID (QR refreshed each second, or this device) and OpenID providers; cancel at any time;
the e-mail code panel below them where the service offers it."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from urllib.parse import quote

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.core.errors import ErrorCode
from app.core.protocol import LoginResponse
from app.core.protocol.rest import BankIdLoginState, BankIdStatus, OidcProviderInfo
from app.session.errors import SessionError
from app.ui.login.bankid_text import bankid_message_text
from app.ui.login.email_panel import EmailCodePanel
from app.ui.login.qr_view import QrView
from app.ui.messages import error_text
from app.ui.widgets.named import named

OnState = Callable[[BankIdLoginState, str], None]
BankIdRunner = Callable[[OnState, Callable[[], bool]], Awaitable[LoginResponse]]
OidcRunner = Callable[[OidcProviderInfo], Awaitable[LoginResponse]]
ActForRunner = Callable[[str], Awaitable[LoginResponse]]  # the child's national identity number
MAX_NATIONAL_ID = 16


def autostart_url(token: str) -> str:
    """BankID's same-device link; ``redirect=null`` keeps the app from opening a browser afterwards."""
    return f"bankid:///?autostarttoken={quote(token, safe='')}&redirect=null"


def provider_display_name(provider: OidcProviderInfo, language: str) -> str:
    """The provider's name in ``language``, else in English, else any configured one, else its id."""
    names = provider.display_name
    return names.get(language) or names.get("en") or next(iter(names.values()), "") or provider.provider_id


class IdentityPanel(QWidget):
    """Runs one login at a time; emits ``loggedIn(LoginResponse)`` or ``failed(ErrorCode)``."""

    loggedIn = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        bankid: BankIdRunner | None,
        oidc: OidcRunner,
        providers: list[OidcProviderInfo],
        open_url: Callable[[str], object],
        parent: QWidget | None = None,
        remember_error: Callable[[], ErrorCode | None] = lambda: None,
        act_for: ActForRunner | None = None,
        email: EmailCodePanel | None = None,
    ) -> None:
        super().__init__(parent)
        self.email = email  # sign-in with an e-mail code (no e-ID), where the service offers it
        self._remember_error = remember_error  # e.g. keyring_unavailable: signed in, but not remembered
        self._bankid = bankid
        self._oidc = oidc
        self._act_for = act_for  # offered to patients: a guardian signs in for a child under 16
        self._acting_refused = False
        self._open_url = open_url
        self._task: asyncio.Task[LoginResponse] | None = None
        self._auto_start_token: str | None = None
        self._same_device = False
        self._message: Callable[[], str] | None = None
        self.bankid_button = named(QPushButton(), "primary")
        self.bankid_button.setVisible(bankid is not None)
        self.same_device_button = QPushButton()
        self.cancel_button = QPushButton()
        self.qr = QrView()
        self.message = named(QLabel(wordWrap=True), "hint")
        self.for_child = QCheckBox()
        self.child_number_label = named(QLabel(), "hint")
        self.child_number = QLineEdit()
        self.child_number.setMaxLength(MAX_NATIONAL_ID)
        self.child_number_label.setBuddy(self.child_number)
        self.for_child.setVisible(act_for is not None)
        self.provider_buttons = {p.provider_id: QPushButton() for p in providers}
        self._providers = {p.provider_id: p for p in providers}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.for_child)
        layout.addWidget(self.child_number_label)
        layout.addWidget(self.child_number)
        layout.addWidget(self.bankid_button)
        for provider_id, button in self.provider_buttons.items():
            button.clicked.connect(lambda _=False, pid=provider_id: self.start_oidc(pid))
            layout.addWidget(button)
        if email is not None:
            layout.addWidget(email)
            email.loggedIn.connect(self.loggedIn)
        layout.addWidget(self.qr)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.same_device_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.bankid_button.clicked.connect(self.start_bankid)
        self.same_device_button.clicked.connect(self.open_on_this_device)
        self.cancel_button.clicked.connect(self.cancel)
        self.for_child.toggled.connect(self._show_child_number)
        self._show_child_number(False)
        self._show_running(False)
        self.retranslate()

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start_bankid(self) -> None:
        if self._bankid is None or self.running:
            return
        self._same_device = False
        self._run(self._bankid(self._on_bankid_state, lambda: self._same_device))

    def start_oidc(self, provider_id: str) -> None:
        if not self.running:
            self._run(self._oidc(self._providers[provider_id]))

    def open_on_this_device(self) -> None:
        """Only ever on the user's click: open the BankID app on this computer."""
        if self._auto_start_token is not None and self.running:
            self._same_device = True
            self._open_url(autostart_url(self._auto_start_token))

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    async def aclose(self) -> None:
        """Cancel a running login and wait until the service was told (idempotent)."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, SessionError):
                await task
        if self.email is not None:
            await self.email.aclose()

    def _show_child_number(self, on: bool) -> None:
        self.child_number_label.setVisible(on)
        self.child_number.setVisible(on)

    def _child(self) -> str | None:
        """The child's number when signing in for a child (never logged, never stored here)."""
        if self._act_for is None or not self.for_child.isChecked():
            return None
        return self.child_number.text().strip() or None

    def _run(self, login: Awaitable[LoginResponse]) -> None:
        child, act_for = self._child(), self._act_for
        self._acting_refused = False

        async def run() -> LoginResponse:
            adult = await login
            if child is None or act_for is None:
                return adult
            try:
                return await act_for(child)
            except SessionError as exc:
                self._acting_refused = exc.code in (ErrorCode.FORBIDDEN, ErrorCode.BAD_MESSAGE)
                raise

        self._set_message(None)
        self._task = asyncio.get_running_loop().create_task(run())
        self._task.add_done_callback(self._finished)
        self._show_running(True)

    def _on_bankid_state(self, state: BankIdLoginState, auto_start_token: str) -> None:
        self._auto_start_token = auto_start_token
        self.qr.set_data(state.qr if state.status is BankIdStatus.PENDING else None)
        self.same_device_button.setVisible(state.status is BankIdStatus.PENDING)
        self._set_message(lambda: bankid_message_text(state.message))

    def _finished(self, task: asyncio.Task[LoginResponse]) -> None:
        if task is self._task:
            self._task = None
        self._auto_start_token = None
        self.qr.set_data(None)
        self._show_running(False)
        if task.cancelled():
            self._set_message(None)
            return
        exc = task.exception()
        if exc is None:
            unremembered = self._remember_error()
            if unremembered is not None:
                self._set_message(lambda: error_text(unremembered))
            self.loggedIn.emit(task.result())
        elif isinstance(exc, SessionError):
            code, detail = exc.code, exc.detail
            if code is ErrorCode.LOGIN_FAILED and detail.startswith("RFA"):
                self._set_message(lambda: bankid_message_text(detail))
            elif self._acting_refused:
                self._set_message(self._acting_refused_text)
            else:
                self._set_message(lambda: error_text(code))
            self.failed.emit(code)
        else:
            self._set_message(lambda: error_text(ErrorCode.INTERNAL))
            self.failed.emit(ErrorCode.INTERNAL)

    def _acting_refused_text(self) -> str:
        return self.tr("You cannot sign in for this child. Check the number: under 16 and in your care.")

    def _show_running(self, running: bool) -> None:
        self.cancel_button.setVisible(running)
        self.same_device_button.setVisible(running and self._auto_start_token is not None)
        self.qr.setVisible(running)
        self.bankid_button.setEnabled(not running)
        self.for_child.setEnabled(not running)
        self.child_number.setEnabled(not running)
        for button in self.provider_buttons.values():
            button.setEnabled(not running)

    def _set_message(self, text: Callable[[], str] | None) -> None:
        self._message = text
        self.message.setText(text() if text is not None else "")
        self.message.setVisible(text is not None)

    def retranslate(self) -> None:
        self.bankid_button.setText(self.tr("Sign in with BankID"))
        self.same_device_button.setText(self.tr("BankID on this device"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.qr.setAccessibleName(self.tr("QR code for BankID. Scan it with the BankID app on your phone."))
        self.for_child.setText(self.tr("I am signing in for my child (under 16)"))
        self.child_number_label.setText(self.tr("Your child's personal identity number"))
        # The language of the installed translation (this source string is translated "nb" and "sv").
        language = self.tr("en")
        for provider_id, button in self.provider_buttons.items():
            name = provider_display_name(self._providers[provider_id], language)
            button.setText(self.tr("Sign in with {provider}").format(provider=name))
        self._set_message(self._message)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
