"""The open room's invitation: the patient's language, then "Copy invitation", "Copy text message"
and "Open in e-mail" (the computer's mail program, with the subject and text filled in)."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.bridge import ClinicianBridge
from app.ui.invitation import Invitation, InvitationWriter
from app.ui.widgets.copy_button import CopyButton
from app.ui.widgets.named import named

LANGUAGE_NAMES = (("nb", "Norsk bokmål"), ("sv", "Svenska"), ("en", "English"))  # each in its own words


def mailto(invitation: Invitation) -> QUrl:
    """``mailto:?subject=…&body=…``, percent-encoded (no address: the clinician fills it in)."""
    query = f"subject={quote(invitation.subject, safe='')}&body={quote(invitation.body, safe='')}"
    return QUrl.fromEncoded(f"mailto:?{query}".encode("ascii"))


class InvitePanel(QWidget):
    """Shown with the open room; ``open_url`` is injected (tests record it)."""

    def __init__(
        self,
        bridge: ClinicianBridge,
        writer: InvitationWriter,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._writer = writer
        self._open_url = open_url
        self.heading = named(QLabel(), "subheading")
        self.language_label = named(QLabel(), "fieldLabel")
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language_label.setBuddy(self.language)
        self.copy_invitation = CopyButton(
            lambda: self.invitation().body if self._bridge.room is not None else "",
            lambda: self.tr("Copy invitation"),
            lambda: self.tr("Invitation copied"),
        )
        self.copy_sms = CopyButton(
            lambda: self.invitation().sms if self._bridge.room is not None else "",
            lambda: self.tr("Copy text message"),
            lambda: self.tr("Text message copied"),
        )
        self.email = QPushButton()
        self.email.clicked.connect(self.open_email)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        row = QHBoxLayout()
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        for button in (self.copy_invitation, self.copy_sms, self.email):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    def invitation(self) -> Invitation:
        room = self._bridge.room
        assert room is not None
        return self._writer.write(room, str(self.language.currentData()))

    def open_email(self) -> None:
        if self._bridge.room is not None:
            self._open_url(mailto(self.invitation()))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Invite the patient"))
        self.language_label.setText(self.tr("The patient's language"))
        self.language.setAccessibleName(self.language_label.text())
        self.email.setText(self.tr("Open in e-mail"))
        self.email.setAccessibleDescription(self.tr("Opens your e-mail program with the invitation written."))
        self.copy_invitation.retranslate()
        self.copy_sms.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
