"""Sign-in with an e-mail address and a one-time code, for people without BankID or another e-ID.

Offered only when the service offers it. The person gives their name and address, presses *Send me a
code*, and types the six digits from the e-mail. The page says plainly that this is a weaker sign-in
that some consultations do not accept (the service decides per room type).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.core.errors import ErrorCode
from app.core.protocol import LoginResponse
from app.session.errors import SessionError
from app.ui.messages import error_text
from app.ui.widgets.named import named

SendCode = Callable[[str, str, str], Awaitable[None]]  # (address, name, language)
CodeLogin = Callable[[str, str], Awaitable[LoginResponse]]  # (address, code)


class EmailCodePanel(QWidget):
    """Emits ``loggedIn(LoginResponse)``; one request at a time; every refusal said in the panel."""

    loggedIn = Signal(object)

    def __init__(
        self,
        send_code: SendCode,
        login: CodeLogin,
        code_ttl_s: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._send_code = send_code
        self._login = login
        self._code_ttl_s = code_ttl_s  # as the service says (an older service does not)
        self._task: asyncio.Task[None] | None = None
        self._message: Callable[[], str] | None = None
        self._sent_to: str | None = None
        self.open_button = QPushButton()
        self.intro = named(QLabel(wordWrap=True), "hint")
        self.name_label = QLabel()
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.address_label = QLabel()
        self.address = QLineEdit()
        self.address.setMaxLength(254)
        self.send_button = QPushButton()
        self.code_label = QLabel()
        self.code = QLineEdit()
        self.code.setMaxLength(6)
        self.sign_in_button = named(QPushButton(), "primary")
        self.message = named(QLabel(wordWrap=True), "hint")
        for label, field in (
            (self.name_label, self.name),
            (self.address_label, self.address),
            (self.code_label, self.code),
        ):
            label.setBuddy(field)
        self.form = QWidget()
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        fields: tuple[QWidget, ...] = (
            self.intro,
            self.name_label,
            self.name,
            self.address_label,
            self.address,
        )
        for widget in fields:
            form.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addStretch(1)
        form.addLayout(row)
        for step in (self.code_label, self.code, self.sign_in_button, self.message):
            form.addWidget(step)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.open_button)
        layout.addWidget(self.form)
        self.open_button.clicked.connect(self.open)
        self.send_button.clicked.connect(self.send)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.address.returnPressed.connect(self.send)
        self.code.returnPressed.connect(self.sign_in)
        self.form.setVisible(False)
        self._show_step()
        self.retranslate()

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def open(self) -> None:
        """Show the form (it stays out of the way of the e-ID buttons until asked for)."""
        self.open_button.setVisible(False)
        self.form.setVisible(True)
        self.name.setFocus()

    def send(self) -> None:
        name, address = self.name.text().strip(), self.address.text().strip()
        if self.running:
            return
        if not name or "@" not in address:
            self._set_message(self._fill_in_text)
            return
        language = self.tr("en")  # the installed translation's language: the e-mail is written in it

        async def run() -> None:
            await self._send_code(address, name, language)
            self._sent_to = address
            self._set_message(self._sent_text)
            self.code.clear()
            self.code.setFocus()

        self._run(run())

    def sign_in(self) -> None:
        code = "".join(self.code.text().split())
        if self.running or self._sent_to is None or not code:
            return
        address = self._sent_to

        async def run() -> None:
            self.loggedIn.emit(await self._login(address, code))

        self._run(run())

    def _run(self, work: Awaitable[None]) -> None:
        async def guarded() -> None:
            try:
                await work
            except SessionError as exc:
                code = exc.code
                self._set_message(lambda: error_text(code))
                if code is ErrorCode.CODE_INVALID:
                    self.code.selectAll()

        self._set_message(None)
        self._task = asyncio.get_running_loop().create_task(guarded())
        self._task.add_done_callback(lambda _: self._show_step())
        self._show_step()

    def _show_step(self) -> None:
        running = self.running
        sent = self._sent_to is not None
        self.send_button.setEnabled(not running)
        for widget in (self.code_label, self.code, self.sign_in_button):
            widget.setVisible(sent)
        self.sign_in_button.setEnabled(not running)
        self._retranslate_send()

    async def aclose(self) -> None:
        """Stop a request in progress (idempotent)."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def _set_message(self, text: Callable[[], str] | None) -> None:
        self._message = text
        self.message.setText(text() if text is not None else "")
        self.message.setVisible(text is not None)

    def _fill_in_text(self) -> str:
        return self.tr("Please write your name and your e-mail address.")

    def _sent_text(self) -> str:
        address = self._sent_to or ""
        if self._code_ttl_s is None:
            return self.tr(
                "If {address} is right, a code is on its way. It can be used once, for a few minutes."
            ).format(address=address)
        minutes = max(1, self._code_ttl_s // 60)  # as the mail says it
        return self.tr(
            "If {address} is right, a code is on its way. It can be used once, within {minutes} min."
        ).format(address=address, minutes=minutes)

    def _retranslate_send(self) -> None:
        sent = self._sent_to is not None
        self.send_button.setText(self.tr("Send a new code") if sent else self.tr("Send me a code"))

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("No electronic ID? Sign in with e-mail"))
        self.intro.setText(
            self.tr(
                "We send a code to your e-mail. This is a weaker sign-in than BankID: "
                "your clinic sees it, and some consultations need an electronic ID."
            )
        )
        self.name_label.setText(self.tr("Your full name"))
        self.address_label.setText(self.tr("Your e-mail address"))
        self.code_label.setText(self.tr("The code from the e-mail"))
        self.sign_in_button.setText(self.tr("Sign in with the code"))
        self._retranslate_send()
        self._set_message(self._message)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
