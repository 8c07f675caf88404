"""The patient types the join code their clinic gave them."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.ui.bridge import PatientBridge
from app.ui.widgets.named import named
from app.ui.widgets.page import Page

MAX_CODE = 32


class RoomCodePage(Page):
    """A code field and "Continue"; the room's details appear on the next page."""

    def __init__(self, bridge: PatientBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.code_label = named(QLabel(), "hint")
        self.code = QLineEdit()
        self.code.setMaxLength(MAX_CODE)
        self.code_label.setBuddy(self.code)
        self.content.addWidget(self.code_label)
        self.content.addWidget(self.code)

        self.code.textChanged.connect(self._update_button)
        self.code.returnPressed.connect(self.submit)
        self.primary.clicked.connect(self.submit)
        bridge.actionStarted.connect(self._on_started)
        bridge.actionFinished.connect(self._on_finished)
        self.retranslate()
        self._update_button()

    def set_code(self, code: str) -> None:
        """Fill in the code (the demo passes the clinician's code along)."""
        self.code.setText(code)

    def submit(self) -> None:
        code = self.code.text().strip()
        if not code or not self.primary.isEnabled():
            return
        self.clear_error()
        self._bridge.open_room(code)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Join your consultation"))
        self.body.setText(
            self.tr("Type the code you got from your clinic. You find it in your letter or text message.")
        )
        self.code_label.setText(self.tr("Consultation code"))
        self.primary.setText(self.tr("Continue"))
        self.primary.setAccessibleDescription(self.tr("Opens the consultation with this code"))

    def _update_button(self) -> None:
        busy = "open_room" in self._bridge.running_actions
        self.primary.setEnabled(bool(self.code.text().strip()) and not busy)

    def _on_started(self, action: str) -> None:
        if action == "open_room":
            self.primary.setEnabled(False)

    def _on_finished(self, action: str) -> None:
        if action == "open_room":
            self._update_button()
