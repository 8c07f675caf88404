"""The unmistakable TEST IDENTITY banner shown wherever the dev-mode test login is used."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget


class IdentityBanner(QLabel):
    """A yellow box saying that this is a test identity, not a real login."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("testBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(
            self.tr(
                "TEST IDENTITY — this is a test version of Samtale. "
                "Nobody is checked, so never use it for real patients."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
