"""The after-call page: "The consultation has ended", a plain sentence saying why, and for a patient
who left (or lost the call) a way back: "Return to the waiting room" knocks again into the same room."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.session.events import EndReason
from app.ui import messages
from app.ui.bridge import SessionBridge
from app.ui.widgets.named import named
from app.ui.widgets.page import Page

# The clinician said no (sent away, removed and banned): knocking again straight away is not offered.
NO_WAY_BACK = (EndReason.KICKED, EndReason.DENIED)


class EndedPage(Page):
    """Shows why the consultation ended; the one button closes the window or, for a clinician with
    a room, goes back to the waiting list (the next admit starts a new call)."""

    closeRequested = Signal()
    backRequested = Signal()
    returnRequested = Signal()  # the patient knocks again, into the same room (through the lobby)

    def __init__(self, bridge: SessionBridge, *, can_go_back: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._bridge = bridge
        self._can_go_back = can_go_back
        self.thanks = named(QLabel(wordWrap=True), "hint")
        self.content.addWidget(self.thanks)
        self.primary.clicked.connect(self.backRequested if can_go_back else self.closeRequested)
        self.return_button = named(QPushButton(), "primary")  # the patient's main way on, when offered
        # On its own line (long words in sv, large system text), as wide as its words.
        self.content.addWidget(self.return_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.return_button.clicked.connect(self.returnRequested)
        self.return_button.hide()
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
            return
        self.thanks.setText(self.tr("Thank you for using Samtale. You can close this window now."))
        self.primary.setText(self.tr("Close"))
        self.return_button.setText(self.tr("Return to the waiting room"))
        self.return_button.setAccessibleDescription(
            self.tr("Knock again: you wait in the same room until you are let in")
        )
        way_back = reason is not None and reason not in NO_WAY_BACK
        self.return_button.setVisible(way_back)
        # One default: Enter returns when that is offered, else closes.
        self.primary.setObjectName("secondary" if way_back else "primary")
        self.primary.setDefault(not way_back)
        self.return_button.setDefault(way_back)
        self.primary.style().unpolish(self.primary)
        self.primary.style().polish(self.primary)
