"""The video call: the other person large, yourself small, a status line, and mute / camera / hang up."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.core.protocol import Participant
from app.ui import messages
from app.ui.bridge import SessionBridge
from app.ui.widgets.named import named
from app.ui.widgets.video_view import VideoView

SELF_VIEW_WIDTH = 220
MARGIN = 16
MUTED_HINT_MS = 5000  # how long "you are muted" stays after the microphone last heard speech


class RemoteStage(VideoView):
    """The remote picture with the self view kept in its bottom-right corner."""

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge.remote_video, parent=parent)
        self.self_view = VideoView(bridge.local_video, mirrored=True, parent=self)
        self.self_view.setMinimumSize(120, 90)
        self.self_view.setFixedSize(SELF_VIEW_WIDTH, SELF_VIEW_WIDTH * 3 // 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        s = self.self_view
        s.move(self.width() - s.width() - MARGIN, self.height() - s.height() - MARGIN)


class CallPage(QWidget):
    """Everything during connecting, in call and reconnecting."""

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._bridge = bridge
        self._participants: list[Participant] = []
        self._service_connected = True
        self._failure: ErrorCode | None = None
        self.status = named(QLabel(wordWrap=True), "callStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.muted_hint = named(QLabel(wordWrap=True), "mutedHint")
        self.muted_hint.setAccessibleName(self.tr("You are muted"))
        self.muted_hint.hide()
        self._hint_timer = QTimer(self, singleShot=True, interval=MUTED_HINT_MS)
        self._hint_timer.timeout.connect(self.muted_hint.hide)
        self.stage = RemoteStage(bridge)
        self.remote_view: VideoView = self.stage
        self.self_view = self.stage.self_view
        self.microphone = QPushButton()
        self.camera = QPushButton()
        self.microphone.setCheckable(True)
        self.camera.setCheckable(True)
        self.hang_up = named(QPushButton(), "hangUp")
        self.hang_up.setCursor(Qt.CursorShape.PointingHandCursor)

        bar = named(QFrame(), "callBar")
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(24, 14, 24, 14)
        bar_layout.setSpacing(16)
        bar_layout.addWidget(self.microphone)
        bar_layout.addWidget(self.camera)
        bar_layout.addStretch(1)
        bar_layout.addWidget(self.hang_up)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        status_holder = QWidget()
        status_layout = QHBoxLayout(status_holder)
        status_layout.setContentsMargins(24, 12, 24, 12)
        status_layout.addWidget(self.status)
        status_layout.addWidget(self.muted_hint)
        layout.addWidget(status_holder)
        layout.addWidget(self.stage, 1)
        layout.addWidget(bar)

        self.microphone.clicked.connect(self._toggle_microphone)
        self.camera.clicked.connect(self._toggle_camera)
        self.hang_up.clicked.connect(self._hang_up)
        bridge.stateChanged.connect(lambda _old, _new: self.retranslate())
        bridge.participantsChanged.connect(self._set_participants)
        bridge.connectionChanged.connect(self._set_service_connected)
        bridge.sessionFailed.connect(self._set_failure)
        bridge.mediaSwitched.connect(lambda _mic, _cam: self.retranslate())
        bridge.talkingWhileMuted.connect(self._talking_while_muted)
        self.retranslate()

    def retranslate(self) -> None:
        self.status.setText(self._status_text())
        mic_on, cam_on = self._bridge.microphone_enabled, self._bridge.camera_enabled
        self.microphone.setChecked(not mic_on)
        self.microphone.setText(self.tr("Mute microphone") if mic_on else self.tr("Unmute microphone"))
        self.camera.setChecked(not cam_on)
        self.camera.setText(self.tr("Turn camera off") if cam_on else self.tr("Turn camera on"))
        self.hang_up.setText(self.tr("Hang up"))
        self.muted_hint.setText(self.tr("You are muted. Press “Unmute microphone” to be heard."))
        if mic_on:
            self.muted_hint.hide()
        other = self._other_name()
        if other:
            self.remote_view.set_placeholder(self.tr("Waiting for {name}'s picture…").format(name=other))
        else:
            self.remote_view.set_placeholder(self.tr("Waiting for the picture…"))
        self.self_view.set_placeholder(self.tr("Your camera is off") if not cam_on else self.tr("You"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _status_text(self) -> str:
        if not self._service_connected:
            return self.tr("The connection was lost. Trying to connect again…")
        if self._failure is not None:
            return messages.error_text(self._failure)
        other = self._other_name()
        match self._bridge.state:
            case CallState.IN_CALL if other:
                return self.tr("In consultation with {name}").format(name=other)
            case CallState.IN_CALL:
                return self.tr("In consultation")
            case CallState.RECONNECTING:
                return self.tr("The connection is unstable. Reconnecting…")
            case _:
                return self.tr("Connecting…")

    def _other_name(self) -> str:
        return ", ".join(p.name for p in self._participants)

    def _set_participants(self, participants: list[Participant]) -> None:
        self._participants = list(participants)
        self.retranslate()

    def _set_service_connected(self, connected: bool) -> None:
        self._service_connected = connected
        self.retranslate()

    def _set_failure(self, code: ErrorCode) -> None:
        self._failure = code
        self.retranslate()

    def _talking_while_muted(self) -> None:
        if not self._bridge.microphone_enabled:
            self.muted_hint.show()
            self._hint_timer.start()

    def _toggle_microphone(self) -> None:
        self._bridge.set_microphone_enabled(not self._bridge.microphone_enabled)

    def _toggle_camera(self) -> None:
        self._bridge.set_camera_enabled(not self._bridge.camera_enabled)

    def _hang_up(self) -> None:
        self._bridge.hang_up()
