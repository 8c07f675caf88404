"""The sign-in page: the test identity's name field and TEST banner, plus BankID and OpenID when offered."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.core.protocol import Role
from app.ui.bridge import SessionBridge
from app.ui.login.identity_panel import IdentityPanel
from app.ui.widgets.identity_banner import IdentityBanner
from app.ui.widgets.named import named
from app.ui.widgets.page import Page

MAX_NAME = 80  # the service's TestLoginRequest limit


class LoginPage(Page):
    """Asks for a name and signs in as the role this build was made for."""

    def __init__(
        self,
        bridge: SessionBridge,
        role: Role,
        parent: QWidget | None = None,
        identity: IdentityPanel | None = None,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._role = role
        self.banner = IdentityBanner()
        self.name_label = named(QLabel(), "hint")
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name_label.setBuddy(self.name)
        self.content.insertWidget(0, self.banner)
        self.content.addWidget(self.name_label)
        self.content.addWidget(self.name)
        self.identity = identity  # BankID and OpenID sign-in, when the service offers them
        if identity is not None:
            self.content.addWidget(identity)

        self.name.textChanged.connect(self._update_button)
        self.name.returnPressed.connect(self.submit)
        self.primary.clicked.connect(self.submit)
        bridge.actionStarted.connect(self._on_started)
        bridge.actionFinished.connect(self._on_finished)
        self.retranslate()
        self._update_button()

    def submit(self) -> None:
        name = self.name.text().strip()
        if not name or not self.primary.isEnabled():
            return
        self.clear_error()
        self._bridge.login(name)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to Samtale"))
        if self._role is Role.CLINICIAN:
            self.body.setText(self.tr("Sign in to see your consultations and the patients who are waiting."))
        else:
            self.body.setText(self.tr("Sign in to meet your clinician by video."))
        self.name_label.setText(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("For example: Kari Nordmann"))
        self.primary.setText(self.tr("Sign in"))
        self.primary.setAccessibleDescription(self.tr("Sign in with the name you typed"))

    def _update_button(self) -> None:
        self.primary.setEnabled(
            bool(self.name.text().strip()) and "login" not in self._bridge.running_actions
        )

    def _on_started(self, action: str) -> None:
        if action == "login":
            self.primary.setEnabled(False)
            self.name.setEnabled(False)

    def _on_finished(self, action: str) -> None:
        if action == "login":
            self.name.setEnabled(True)
            self._update_button()
