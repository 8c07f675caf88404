"""The patient's waiting page: place in the queue, who will let them in, and their own picture."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.core.protocol import RoomInfo
from app.ui import messages
from app.ui.bridge import PatientBridge
from app.ui.widgets.confirm_bar import ConfirmBar
from app.ui.widgets.named import named
from app.ui.widgets.page import Page
from app.ui.widgets.video_view import VideoView

SELF_VIEW_SIZE = (320, 240)


class WaitingPage(Page):
    """Shows "You are number N in the queue" and a self view; "Leave" is the only action."""

    def __init__(self, bridge: PatientBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._position = 0
        self.self_view = VideoView(bridge.local_video, mirrored=True)
        self.self_view.setFixedSize(*SELF_VIEW_SIZE)
        self.caption = named(QLabel(wordWrap=True), "hint")
        self.content.addWidget(self.self_view)
        self.content.addWidget(self.caption)
        # Waiting has no main action: leaving is possible but must not invite a click.
        self.primary.hide()
        self.leave = QPushButton()
        self.action_row.insertWidget(0, self.leave)
        self.leave.clicked.connect(self._leave)
        self.confirm = ConfirmBar()
        self.content.addWidget(self.confirm)

        bridge.lobbyPositionChanged.connect(self.set_position)
        bridge.roomOpened.connect(lambda _room: self.retranslate())
        self.retranslate()

    def set_position(self, position: int) -> None:
        self._position = position
        self.retranslate()

    def retranslate(self) -> None:
        room: RoomInfo | None = self._bridge.room
        clinician = room.host_name if room is not None and room.host_name else self.tr("Your clinician")
        self.heading.setText(self.tr("You are in the waiting room"))
        if self._position > 0:
            self.body.setText(messages.queue_position_text(self._position, clinician))
        else:
            self.body.setText(self.tr("{clinician} will let you in soon.").format(clinician=clinician))
        self.caption.setText(self.tr("This is how you look to your clinician."))
        self.self_view.set_placeholder(self.tr("Your camera is starting…"))
        self.leave.setText(self.tr("Leave the waiting room"))
        self.leave.setAccessibleDescription(self.tr("You leave the queue. Your clinician is told."))

    def _leave(self) -> None:
        self.ask_to_leave(self._bridge.hang_up)

    def ask_to_leave(self, leave: Callable[[], object], *, closing: bool = False) -> None:
        """Leaving loses one's place in the queue: asked in the page first (issue 11, finding 9)."""

        def texts() -> tuple[str, str, str]:
            question = (
                self.tr("Leave the waiting room and close Samtale? You lose your place in the queue.")
                if closing
                else self.tr("Leave the waiting room? You lose your place in the queue.")
            )
            return question, self.tr("Leave"), self.tr("Stay in the queue")

        self.confirm.ask(texts, leave)
