"""The patient's waiting page: place in the queue, who will let them in, and their own picture.

When the connection to the service drops, a notice above the place says so at once ("Trying to
reconnect…"); when it is back it says "Connected again." and the place comes from the service again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPushButton, QStyle, QWidget

from app.core.preflight import CheckName, CheckResult, PreflightCode
from app.core.protocol import RoomInfo
from app.ui import messages
from app.ui.bridge import PatientBridge
from app.ui.lobby.ready_page import no_picture
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
        # Whether the service can be reached: None while nothing went wrong, False while it cannot,
        # True once it is back after an outage.
        self._connected: bool | None = None
        self._no_picture: PreflightCode | None = None  # the camera check found none: no picture, no claim
        self.connection = named(QLabel(wordWrap=True), "connectionLost")
        self.connection.hide()
        self.content.insertWidget(0, self.connection)
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
        bridge.connectionChanged.connect(self.set_connected)
        bridge.stateChanged.connect(lambda _old, _new: self._forget_outage())
        bridge.roomOpened.connect(lambda _room: self.retranslate())
        self.retranslate()

    def set_position(self, position: int) -> None:
        self._position = position
        self.retranslate()

    def set_connected(self, connected: bool) -> None:
        """The service went away (False) or came back (True)."""
        if connected and self._connected is None:
            return  # nothing was lost: nothing to say
        self._connected = connected
        self.connection.setObjectName("connectionBack" if connected else "connectionLost")
        style: QStyle = self.connection.style()
        style.unpolish(self.connection)
        style.polish(self.connection)
        self.retranslate()
        self.connection.show()

    def camera_checked(self, result: CheckResult) -> None:
        """The camera check's result: without a usable camera, no picture and no "how you look"."""
        if result.check is CheckName.CAMERA:
            self._no_picture = no_picture(result)
            self.self_view.setVisible(self._no_picture is None)
            self.retranslate()

    def _forget_outage(self) -> None:
        """A new stay in the waiting room starts without the notice of an earlier outage."""
        if self._connected:
            self._connected = None
            self.connection.hide()

    def retranslate(self) -> None:
        if self._connected is False:
            self.connection.setText(self.tr("The connection to the service was lost. Trying to reconnect…"))
        elif self._connected:
            self.connection.setText(self.tr("Connected again."))
        self.connection.setAccessibleName(self.connection.text())
        room: RoomInfo | None = self._bridge.room
        clinician = room.host_name if room is not None and room.host_name else self.tr("Your clinician")
        self.heading.setText(self.tr("You are in the waiting room"))
        if self._position > 0:
            self.body.setText(messages.queue_position_text(self._position, clinician))
        else:
            self.body.setText(self.tr("{clinician} will let you in soon.").format(clinician=clinician))
        if self._no_picture is not None:
            self.caption.setText(messages.no_picture_text(self._no_picture))
        else:
            self.caption.setText(self.tr("This is how you look to your clinician."))
        self.caption.setAccessibleName(self.caption.text())
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
