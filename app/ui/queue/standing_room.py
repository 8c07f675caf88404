"""The clinician's standing personal room: an address they choose, kept by the service across restarts.

One field for the address (letters and digits; dashes and dots are fine, they are ignored) and one
button that opens the room there — creating it the first time, changing its address later.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.ui.widgets.named import named


class StandingRoomForm(QWidget):
    """Address field and "Open my personal room"; ``openRequested(address)`` when pressed."""

    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = named(QLabel(), "subheading")
        self.hint = named(QLabel(wordWrap=True), "hint")
        self.address_label = QLabel()
        self.address = named(QLineEdit(), "standingAddress")
        self.address.setMaxLength(40)
        self.address_label.setBuddy(self.address)
        self.open_button = named(QPushButton(), "standingOpen")
        row = QHBoxLayout()
        row.addWidget(self.address_label)
        row.addWidget(self.address, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        self.open_button.clicked.connect(self._open)
        self.address.returnPressed.connect(self._open)
        self.retranslate()

    def set_current(self, address: str | None) -> None:
        """The address the service has for this clinician's standing room (kept unless being edited)."""
        if address and not self.address.isModified():
            self.address.setText(address)

    def _open(self) -> None:
        text = self.address.text().strip()
        if text:
            self.openRequested.emit(text)
        else:
            self.address.setFocus()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your personal room"))
        self.hint.setText(
            self.tr("A room that is always yours, at an address you choose. Patients can use it any day.")
        )
        self.address_label.setText(self.tr("Address"))
        self.address.setAccessibleName(self.tr("Address of your personal room"))
        # Not "dr-hansen": DRHANSEN reads as a join code, so it cannot be an address.
        self.address.setPlaceholderText(self.tr("for example dr-dahl"))
        self.open_button.setText(self.tr("Open my personal room"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
