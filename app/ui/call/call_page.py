"""The video call, laid out as the established video-call apps do: the other person fills the page,
yourself small in a corner (hide it, move it), one bar of large labelled controls at the bottom, and
the people and chat panels on the right that open and close from the bar (people open at first for
the clinician, whose per-patient controls are there). A status line and the host's notices sit
above; F11 or a double-click on the picture toggle full screen, Escape leaves it. One line, always
shown, says honestly how the call's media travels: end to end encrypted (peer to peer), or through
the health region's own media server (rooms beyond four). In such a room the layout and the size of
the pictures decide how many pictures are received (``bridge.set_view``, the last-N rule)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.core.last_n import slots_for
from app.core.protocol import Participant
from app.core.protocol.moderation import MediaControl, ParticipantState
from app.core.room_types import MediaRoute
from app.session.moderation_events import ChatReceived, HostAction
from app.ui import messages
from app.ui.bridge import SessionBridge
from app.ui.call.call_bar import CallBar
from app.ui.call.full_screen import FullScreen
from app.ui.call.gallery import MAX_TILES, SFU_MAX_TILES, Gallery, Layout
from app.ui.call.participants_panel import ParticipantsPanel
from app.ui.call.quality_indicator import QualityIndicator
from app.ui.call.recovery_panel import RecoveryPanel
from app.ui.call.stage import RemoteStage
from app.ui.diagnostics_save import save_diagnostics
from app.ui.widgets.confirm_bar import ConfirmBar
from app.ui.widgets.focus import first_focusable
from app.ui.widgets.named import named
from app.ui.widgets.video_view import VideoView, initials

CALL_STATES = (CallState.CONNECTING, CallState.IN_CALL, CallState.RECONNECTING)
MUTED_HINT_MS = 5000
SIDE_MIN, SIDE_MAX, SIDE_SHARE = 280, 420, 0.3  # the open side panel: 30 % of the page, within these


def side_width(page_width: int) -> int:
    return max(SIDE_MIN, min(SIDE_MAX, int(page_width * SIDE_SHARE)))


class CallPage(QWidget):
    """Everything during connecting, in call and reconnecting."""

    def __init__(
        self, bridge: SessionBridge, parent: QWidget | None = None, *, people_open: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._bridge = bridge
        self._participants: list[Participant] = []
        self._service_connected = True
        self._failure: ErrorCode | None = None
        self.status = named(QLabel(wordWrap=True), "callStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        # How the media travels, in words: never hidden, never more reassuring than it is.
        self.encryption = named(QLabel(wordWrap=True), "encryptionLine")
        self.encryption.setTextFormat(Qt.TextFormat.PlainText)
        self.muted_hint = named(QLabel(wordWrap=True), "mutedHint")
        self.muted_hint.setAccessibleName(self.tr("You are muted"))
        self.muted_hint.hide()
        self._hint_timer = QTimer(self, singleShot=True, interval=MUTED_HINT_MS)
        self._hint_timer.timeout.connect(self.muted_hint.hide)
        self.notice = named(QLabel(wordWrap=True), "hostNotice")  # what the host did to you, in words
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        # "<name> is presenting" from the room state; the presenter's tile is pinned meanwhile.
        self.presenting_notice = named(QLabel(wordWrap=True), "presentingNotice")
        self.presenting_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.presenting_notice.hide()
        self._presenter: str | None = None  # the remote participant presenting, if any
        self._presenting_self = False
        self._layout_before: Layout | None = None  # the layout to return to when the presentation ends
        self._hard_muted = False  # the host muted you until allowed (the People panel then opens)
        self._view_told: tuple[int, str | None] | None = None  # the last view told to the session
        self.stage = RemoteStage(bridge.remote_video, bridge.local_video)
        self.remote_view: VideoView = self.stage
        self.self_view = self.stage.self_view
        self.gallery = Gallery(bridge.remote_slots, speaker=bridge.remote_speaker)
        self.views = QStackedWidget()
        self.views.addWidget(self.stage)
        self.views.addWidget(self.gallery)
        # What cannot be undone (hang up, remove, end for all, closing the window) asks here first.
        self.confirm = ConfirmBar()
        self.participants_panel = ParticipantsPanel(bridge.room_bridge, ask=self.confirm.ask)
        self.chat_panel: QWidget | None = None
        # The side panels (people, chat) open and close from the bar; stacked when both are open.
        self.side = named(QWidget(), "callSide")
        self.side.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._side_layout = QVBoxLayout(self.side)
        self._side_layout.setContentsMargins(0, 0, 0, 0)
        self._side_layout.addWidget(self.participants_panel, 3)  # stacked: the host controls get more
        self.bar = CallBar()
        self.microphone, self.camera, self.hang_up = self.bar.microphone, self.bar.camera, self.bar.hang_up
        self.layout_picker = self.bar.layout_picker
        self.chat_button, self.people_button = self.bar.chat, self.bar.people
        self.default_focus = self.microphone  # where keyboard focus lands when the call page shows
        self.full_screen = FullScreen(self)
        self.addAction(self.bar.full_screen_action)  # F11 works wherever the focus is on this page

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.status_strip = QWidget()
        status_layout = QHBoxLayout(self.status_strip)
        status_layout.setContentsMargins(16, 6, 16, 6)
        status_layout.addWidget(self.status)
        status_layout.addWidget(self.muted_hint)
        status_layout.addWidget(self.presenting_notice)
        self.quality = QualityIndicator(bridge)  # per participant: good / weak / poor, words on demand
        self._status_layout = status_layout
        status_layout.addWidget(self.quality)
        layout.addWidget(self.status_strip)
        encryption_row = QHBoxLayout()
        encryption_row.setContentsMargins(16, 0, 16, 4)
        encryption_row.addWidget(self.encryption)
        layout.addLayout(encryption_row)
        # A media-server room grades our own link and each picture (up to ten): a row of their own,
        # the page's full width, where they wrap (beside the status they would stack one a line).
        self._quality_row = QHBoxLayout()
        self._quality_row.setContentsMargins(16, 0, 16, 4)
        layout.addLayout(self._quality_row)
        layout.addWidget(self.quality.details)  # the words and the audio-only offer
        # Media that did not come back in time: try again, audio only, or leave (never a frozen picture).
        self.recovery = RecoveryPanel(bridge, self._hang_up)
        layout.addWidget(self.recovery)
        layout.addWidget(self.notice)
        confirm_holder = QHBoxLayout()
        confirm_holder.setContentsMargins(16, 4, 16, 4)
        confirm_holder.addWidget(self.confirm)
        layout.addLayout(confirm_holder)
        self._top = QVBoxLayout()  # what a role adds above the pictures (the clinician's knock banner)
        self._top.setContentsMargins(0, 0, 0, 0)
        self._top.setSpacing(0)
        layout.addLayout(self._top)
        middle = QHBoxLayout()
        middle.setSpacing(0)
        middle.addWidget(self.views, 1)
        middle.addWidget(self.side)
        layout.addLayout(middle, 1)
        layout.addWidget(self.bar)

        self.microphone.clicked.connect(self._toggle_microphone)
        self.camera.clicked.connect(self._toggle_camera)
        self.hang_up.clicked.connect(self._hang_up)
        self.people_button.toggled.connect(lambda on: self._panel_toggled(self.participants_panel, on))
        self.chat_button.toggled.connect(lambda on: self._panel_toggled(self.chat_panel, on))
        self.bar.self_view_action.triggered.connect(
            lambda: self.set_self_view_hidden(not self.self_view_hidden)
        )
        self.bar.corner_action.triggered.connect(self.stage.next_corner)
        self.bar.full_screen_action.triggered.connect(self.full_screen.toggle)
        self.bar.diagnostics_action.triggered.connect(lambda: save_diagnostics(self, bridge))
        self.full_screen.changed.connect(lambda _on: self.retranslate())
        self.stage.doubleClicked.connect(self.full_screen.toggle)
        self.gallery.doubleClicked.connect(self.full_screen.toggle)
        bridge.stateChanged.connect(lambda _old, _new: self.retranslate())
        bridge.participantsChanged.connect(self._set_participants)
        bridge.connectionChanged.connect(self._set_service_connected)
        bridge.sessionFailed.connect(self._set_failure)
        bridge.mediaSwitched.connect(lambda _mic, _cam: self.retranslate())
        bridge.mediaRecoveryChanged.connect(lambda _failed: self.retranslate())
        bridge.picturePaused.connect(lambda _pid, _paused: self._picture_paused())
        bridge.talkingWhileMuted.connect(self._talking_while_muted)
        bridge.room_bridge.hostAction.connect(self.show_host_action)
        bridge.room_bridge.roomStateChanged.connect(self._room_changed)
        bridge.actionFailed.connect(self._action_failed)
        bridge.stateChanged.connect(self._state_moved)
        bridge.presentingChanged.connect(self._presenting_changed)
        bridge.room_bridge.chatReceived.connect(self._chat_line)
        self.bar.layoutChosen.connect(self._layout_chosen)
        self.people_button.setChecked(people_open)
        self._panel_toggled(self.participants_panel, people_open, focus=False)
        self.retranslate()

    @property
    def self_view_hidden(self) -> bool:
        return self.stage.self_view_hidden

    def set_self_view_hidden(self, hidden: bool) -> None:
        self.stage.set_self_view_hidden(hidden)
        self.retranslate()

    def add_side_panel(self, panel: QWidget) -> None:
        """The chat: a panel that the bar's Chat button opens and closes (closed at first)."""
        self.chat_panel = panel
        self._side_layout.addWidget(panel, 2)
        self.chat_button.show()
        self._panel_toggled(panel, self.chat_button.isChecked(), focus=False)
        self.bar.order_tabs()
        self.bar.even_out()

    def open_panel(self, panel: QWidget | None, on: bool = True, *, focus: bool = False) -> None:
        """Open or close a panel from code (the user's click on its button also moves the focus)."""
        button = self.chat_button if panel is self.chat_panel else self.people_button
        button.blockSignals(True)
        button.setChecked(on)
        button.blockSignals(False)
        self._panel_toggled(panel, on, focus=focus)

    def panel_open(self, panel: QWidget | None) -> bool:
        return panel is not None and not panel.isHidden() and not self.side.isHidden()

    def _panel_toggled(self, panel: QWidget | None, on: bool, *, focus: bool = True) -> None:
        """Open: the panel shows and takes the focus. Closed: the focus goes back to its button."""
        if panel is None:
            return
        focused = QApplication.focusWidget()
        had_focus = focused is not None and panel.isAncestorOf(focused)
        panel.setVisible(on)
        if on and panel is self.chat_panel:
            self.bar.unread = 0
        open_panels = [
            p for p in (self.participants_panel, self.chat_panel) if p is not None and not p.isHidden()
        ]
        self.side.setVisible(bool(open_panels))
        self.retranslate()
        if not focus:
            return
        if on:
            first = first_focusable(panel)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
        elif had_focus:
            button = self.chat_button if panel is self.chat_panel else self.people_button
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _chat_line(self, line: ChatReceived) -> None:
        """A line from someone else while the chat is closed: the Chat button counts it."""
        if self.chat_panel is not None and not line.own and not self.panel_open(self.chat_panel):
            self.bar.unread += 1
            self.retranslate()

    def add_top_widget(self, widget: QWidget) -> None:
        """Put a strip (the clinician's knock banner) between the notices and the pictures."""
        self._top.addWidget(widget)

    def add_bar_widget(self, widget: QWidget) -> None:
        """Put a control (the Present button) in the call bar, after People."""
        self.bar.add_widget(widget)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.side.setFixedWidth(side_width(event.size().width()))
        super().resizeEvent(event)
        self._tell_view()

    def _tell_view(self) -> None:
        """How many pictures the current layout has room for (a media-server room receives only those)."""
        mode = self.gallery.layout_mode if self.views.currentWidget() is self.gallery else Layout.SPEAKER
        shown = slots_for(mode.value, self.views.width(), self.views.height())
        pinned = self.gallery.pinned if mode in (Layout.PINNED, Layout.INTERPRETER) else None
        if (shown, pinned) != self._view_told:
            self._view_told = (shown, pinned)
            self._bridge.set_view(shown, pinned)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.full_screen.on:
            self.full_screen.leave()
            event.accept()
            return
        super().keyPressEvent(event)

    def show_host_action(self, action: HostAction) -> None:
        self.retranslate()  # the session already turned the microphone or camera off: say so on the buttons
        self.notice.setText(messages.host_action_text(action))
        self.notice.setAccessibleName(self.notice.text())
        self.notice.show()

    def set_layout(self, mode: Layout, pinned: str | None = None) -> None:
        self.bar.show_layout(mode)
        self.gallery.set_layout(mode, pinned)
        self.views.setCurrentWidget(self.stage if mode is Layout.SPEAKER else self.gallery)
        self._tell_view()

    def _layout_chosen(self, mode: Layout) -> None:
        self.gallery.set_layout(mode)
        self.views.setCurrentWidget(self.stage if mode is Layout.SPEAKER else self.gallery)
        self._tell_view()

    def _picture_paused(self) -> None:
        self.gallery.set_paused(self._bridge.paused_pictures)
        self._show_cameras()

    def _room_changed(self, people: list[ParticipantState]) -> None:
        others = self._bridge.room_bridge.others()
        self.gallery.set_people(
            {p.participant_id: p.name for p in others},
            {p.participant_id for p in others if not p.video_on},
            hosts={p.participant_id for p in others if p.is_host},
            muted={
                p.participant_id
                for p in others
                if not p.audio_on or p.audio_control is MediaControl.HARD_MUTE
            },
        )
        self._show_cameras()
        me = self._bridge.room_bridge.self_id
        mine = next((p for p in people if p.participant_id == me), None)
        hard_muted = mine is not None and mine.audio_control is MediaControl.HARD_MUTE
        if hard_muted and not self._hard_muted:
            self.open_panel(self.participants_panel)  # "Ask to unmute" is there (the notice says so)
        self._hard_muted = hard_muted
        presenting = [p for p in people if p.presenting]
        self._presenting_self = any(p.participant_id == me for p in presenting)
        presenters = [p for p in presenting if p.participant_id != me]
        self._pin_presenter(presenters[0].participant_id if presenters else None)
        self._show_presenting()

    def _pin_presenter(self, presenter: str | None) -> None:
        """Pin the presenter's tile while they present; afterwards go back to the layout chosen before."""
        if presenter == self._presenter:
            return
        self._presenter = presenter
        if presenter is not None:
            if self._layout_before is None:
                self._layout_before = self.bar.current_layout()
            self.set_layout(Layout.PINNED, presenter)
        elif self._layout_before is not None:
            before, self._layout_before = self._layout_before, None
            self.set_layout(before)

    def _show_presenting(self) -> None:
        names = [
            p.name
            for p in self._bridge.room_bridge.participants
            if p.presenting and p.participant_id != self._bridge.room_bridge.self_id
        ]
        if names:
            text = self.tr("{name} is presenting").format(name=", ".join(names))
        elif self._presenting_self or self._bridge.presenting:
            text = self.tr("You are presenting")
        else:
            text = ""
        self.presenting_notice.setText(text)
        self.presenting_notice.setAccessibleName(text)
        self.presenting_notice.setVisible(bool(text))

    def _presenting_changed(self, on: bool) -> None:
        """While presenting, the self view shows what is sent (not mirrored); the camera again after."""
        self.self_view.set_slot(self._bridge.presentation_view if on else self._bridge.local_video)
        self.self_view.set_mirrored(not on)
        self._show_presenting()
        self._show_cameras()

    def _action_failed(self, _action: str, code: ErrorCode) -> None:
        """Whatever was refused during the call (a host control, the chat, the camera) is said here."""
        if self._bridge.state not in CALL_STATES:
            return  # another page is showing and says it there
        self.notice.setText(messages.error_text(code))
        self.notice.setAccessibleName(self.notice.text())
        self.notice.show()

    def _state_moved(self, _old: CallState, new: CallState) -> None:
        if new is CallState.CONNECTING:
            self.bar.unread = 0  # a new call starts with an empty chat
            self.notice.hide()  # a new call (or back from the waiting room) starts without old notices
        if new not in CALL_STATES:
            self.confirm.cancel()  # a question about this call means nothing after it
            self.full_screen.leave()  # the pages after the call are in the normal window

    def retranslate(self) -> None:
        self.status.setText(self._status_text())
        if self._bridge.media_route is MediaRoute.SFU:
            line = self.tr(
                "Encrypted on the way, not end to end: sound and pictures pass through the health "
                "region's own media server."
            )
        else:
            line = self.tr("End-to-end encrypted: only the people in this call can see and hear it.")
        self.encryption.setText(line)
        self.encryption.setAccessibleName(line)
        sfu = self._bridge.media_route is MediaRoute.SFU
        self.gallery.set_max_tiles(SFU_MAX_TILES if sfu else MAX_TILES)
        self._place_quality(sfu)
        mic_on, cam_on = self._bridge.microphone_enabled, self._bridge.camera_enabled
        self.microphone.setChecked(not mic_on)
        self.microphone.setText(self.tr("Mute microphone") if mic_on else self.tr("Unmute microphone"))
        self.microphone.setAccessibleName(self.microphone.text())
        self.microphone.setAccessibleDescription(
            self.tr("Your microphone is on.")
            if mic_on
            else self.tr("Your microphone is off. Nobody hears you.")
        )
        self.camera.setChecked(not cam_on)
        self.camera.setText(self.tr("Turn camera off") if cam_on else self.tr("Turn camera on"))
        self.camera.setAccessibleName(self.camera.text())
        self.camera.setAccessibleDescription(
            self.tr("Your camera is on.") if cam_on else self.tr("Your camera is off. Nobody sees you.")
        )
        self.bar.retranslate(self_view_hidden=self.self_view_hidden, full_screen=self.full_screen.on)
        self.muted_hint.setText(self.tr("You are muted. Press “Unmute microphone” to be heard."))
        if mic_on:
            self.muted_hint.hide()
        self._show_presenting()
        self._show_cameras()

    def _place_quality(self, own_row: bool) -> None:
        """The quality buttons beside the status (peer to peer: one a person) or on a row of their own."""
        target = self._quality_row if own_row else self._status_layout
        if target.indexOf(self.quality) < 0:
            (self._status_layout if own_row else self._quality_row).removeWidget(self.quality)
            target.addWidget(self.quality)

    def _show_cameras(self) -> None:
        """A camera that is off shows as initials and a caption on both sides, never as a picture."""
        cam_on = self._bridge.camera_enabled
        user = self._bridge.user
        if cam_on or self._bridge.presenting:
            self.self_view.show_video()
            self.self_view.setAccessibleName(self.tr("You"))
            self.self_view.set_placeholder(self.tr("You"))
        else:
            self.self_view.show_off(initials(user.name if user else ""), self.tr("Your camera is off"))
        shown = self._stage_person()
        if shown is not None and not shown.video_on:
            caption = self.tr("{name} has turned the camera off").format(name=shown.name)
            self.remote_view.show_off(initials(shown.name), caption)
            return
        if shown is not None and shown.participant_id in self._bridge.paused_pictures:
            # Their picture is paused to keep the sound (their link, or their choice): said, never frozen.
            caption = self.tr("Picture paused. {name} can still be heard.").format(name=shown.name)
            self.remote_view.show_off(initials(shown.name), caption)
            return
        self.remote_view.show_video()
        other = self._other_name()
        if self._bridge.state is CallState.RECONNECTING:
            self.remote_view.set_placeholder(self.tr("Reconnecting…"))
        elif other:
            self.remote_view.set_placeholder(self.tr("Waiting for {name}'s picture…").format(name=other))
        else:
            self.remote_view.set_placeholder(self.tr("Waiting for the picture…"))
        self.remote_view.setAccessibleName(self.remote_view.placeholder())

    def _stage_person(self) -> ParticipantState | None:
        """Who the large picture is of: the session's focus, or the first other person in the room."""
        others = self._bridge.room_bridge.others()
        focus = self._bridge.remote_focus()
        return next((p for p in others if p.participant_id == focus), others[0] if others else None)

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
            case CallState.RECONNECTING if self._bridge.media_failed:
                return self.tr("The connection could not be restored.")
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
        def texts() -> tuple[str, str, str]:
            return self.tr("Leave the consultation?"), self.tr("Leave"), self.tr("Stay")

        self.confirm.ask(texts, self._bridge.hang_up)

    def ask_to_close(self, close: Callable[[], None]) -> None:
        """Closing the window in a call leaves it: asked here, then hang up and ``close()``."""

        def texts() -> tuple[str, str, str]:
            return (
                self.tr("Leave the consultation and close Samtale?"),
                self.tr("Leave and close"),
                self.tr("Stay"),
            )

        def leave_and_close() -> None:
            self._bridge.hang_up()
            close()

        self.confirm.ask(texts, leave_and_close)
