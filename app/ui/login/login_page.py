"""The sign-in page: BankID and OpenID as the service offers them, the test identity's name field and
TEST banner only when the service is in dev mode, and a plain sentence with "Try again" when the
service cannot be reached (never the test form in its place)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from app.core.protocol import Role
from app.ui.bridge import SessionBridge
from app.ui.login.identity_panel import IdentityPanel
from app.ui.login.login_offer import LoginOffer
from app.ui.widgets.identity_banner import IdentityBanner
from app.ui.widgets.named import named
from app.ui.widgets.page import Page

MAX_NAME = 80  # the service's TestLoginRequest limit


class LoginPage(Page):
    """Signs in as the role this build was made for, in the ways the service offers.

    ``identity`` is a ``LoginOffer`` in the installed builds (what the service said, or that it could
    not be reached); an ``IdentityPanel`` or None is the embedded dev service's page (the demo, tests),
    where the test identity is always there.
    """

    def __init__(
        self,
        bridge: SessionBridge,
        role: Role,
        parent: QWidget | None = None,
        identity: IdentityPanel | LoginOffer | None = None,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._role = role
        self.banner = IdentityBanner()
        self.name_label = named(QLabel(), "hint")
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name_label.setBuddy(self.name)
        self.unreachable = named(QLabel(wordWrap=True), "error")
        self.retry = named(QPushButton(), "primary")
        self.content.insertWidget(0, self.banner)
        self.content.addWidget(self.unreachable)
        self.content.addWidget(self.name_label)
        self.content.addWidget(self.name)
        self.action_row.insertWidget(0, self.retry)
        self._offer = identity if isinstance(identity, LoginOffer) else None
        self.identity: IdentityPanel | None = identity if isinstance(identity, IdentityPanel) else None
        if self.identity is not None:
            self.content.addWidget(self.identity)

        self.name.textChanged.connect(self._update_button)
        self.name.returnPressed.connect(self.submit)
        self.primary.clicked.connect(self.submit)
        self.retry.clicked.connect(self._retry)
        bridge.actionStarted.connect(self._on_started)
        bridge.actionFinished.connect(self._on_finished)
        if self._offer is not None:
            self._offer.changed.connect(self._show_offer)
        self._show_offer()
        self.retranslate()
        self._update_button()

    @property
    def test_identity(self) -> bool:
        """Whether the dev-mode test identity is offered here."""
        return self._offer is None or bool(self._offer.reachable and self._offer.test)

    def _show_offer(self) -> None:
        offer = self._offer
        if offer is not None and offer.panel is not None and self.identity is None:
            self.identity = offer.panel
            self.content.addWidget(offer.panel)
        unreachable = offer is not None and offer.reachable is False
        for widget in (self.banner, self.name_label, self.name, self.primary):
            widget.setVisible(self.test_identity)
        self.unreachable.setVisible(unreachable)
        self.retry.setVisible(unreachable)
        self.retry.setEnabled(offer is not None and not offer.checking)
        if self.identity is not None:
            self.identity.setVisible(not unreachable)
        self.retranslate()

    def _retry(self) -> None:
        if self._offer is not None:
            self._offer.retry()

    def submit(self) -> None:
        name = self.name.text().strip()
        if not self.test_identity or not name or not self.primary.isEnabled():
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
        offer = self._offer
        if offer is not None and offer.checking:
            self.unreachable.setText(self.tr("Trying to reach the service…"))
        else:
            self.unreachable.setText(
                self.tr(
                    "Samtale cannot reach its service. "
                    "Check that you are connected to the internet, then try again."
                )
            )
        self.unreachable.setAccessibleName(self.unreachable.text())
        self.retry.setText(self.tr("Try again"))
        self.retry.setAccessibleDescription(self.tr("Try to reach the service again"))

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
