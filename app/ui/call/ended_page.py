"""The after-call page: "The consultation has ended" and a plain sentence saying why."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from app.ui import messages
from app.ui.bridge import SessionBridge
from app.ui.widgets.named import named
from app.ui.widgets.page import Page


class EndedPage(Page):
    """Shows why the consultation ended; the one button closes the window or, for a clinician with
    a room, goes back to the waiting list (the next admit starts a new call)."""

    closeRequested = Signal()
    backRequested = Signal()

    def __init__(self, bridge: SessionBridge, *, can_go_back: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._bridge = bridge
        self._can_go_back = can_go_back
        self.thanks = named(QLabel(wordWrap=True), "hint")
        self.content.addWidget(self.thanks)
        self.primary.clicked.connect(self.backRequested if can_go_back else self.closeRequested)
        bridge.callEnded.connect(lambda _reason: self.retranslate())
        bridge.sessionFailed.connect(lambda _code: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("The consultation has ended"))
        reason = self._bridge.end_reason
        self.body.setText(messages.end_reason_text(reason, self._bridge.last_failure) if reason else "")
        if self._can_go_back:
            self.thanks.setText("")
            self.primary.setText(self.tr("Back to the waiting list"))
        else:
            self.thanks.setText(self.tr("Thank you for using Samtale. You can close this window now."))
            self.primary.setText(self.tr("Close"))
