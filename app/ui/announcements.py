"""Which state changes a screen reader hears, in which words: it listens to the bridges and speaks
through a window's ``Announcer``.

Both roles hear their microphone and camera switching, being let in, the call connecting, dropping
and ending, the service going away and coming back,
someone else leaving a call that goes on (and why), what the host did to them, and every
error. Patients also hear their place in the queue,
a clinician ringing and the verdict of the pre-call check; clinicians hear each patient who knocks.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.core.preflight import PreflightReport
from app.core.protocol import LeftReason, QueueEntry, Verdict
from app.session.events import EndReason
from app.session.moderation_events import HostAction
from app.ui import messages
from app.ui.bridge import ClinicianBridge, PatientBridge
from app.ui.session_bridge import SessionBridge
from app.ui.widgets.announcer import Announcer


class CallAnnouncements(QObject):
    """What both roles hear; ``for_patient`` and ``for_clinician`` add the rest."""

    def __init__(self, bridge: SessionBridge, announcer: Announcer, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else announcer)
        self._bridge = bridge
        self._say = announcer.announce
        self._microphone = bridge.microphone_enabled
        self._camera = bridge.camera_enabled
        bridge.mediaSwitched.connect(self._media)
        bridge.stateChanged.connect(self._state)
        bridge.callEnded.connect(self._ended)
        bridge.actionFailed.connect(lambda _action, code: self._failed(code))
        bridge.sessionFailed.connect(self._failed)
        bridge.talkingWhileMuted.connect(self._talking_while_muted)
        bridge.room_bridge.hostAction.connect(self._host_action)
        bridge.presentingChanged.connect(self._presenting)
        bridge.participantGone.connect(self._gone)
        bridge.connectionChanged.connect(self._connection)
        self._service_lost = False

    def _media(self, microphone: bool, camera: bool) -> None:
        if microphone != self._microphone:
            self._say(self.tr("Microphone on.") if microphone else self.tr("Microphone off. You are muted."))
        if camera != self._camera:
            self._say(self.tr("Camera on.") if camera else self.tr("Camera off. Nobody can see you."))
        self._microphone, self._camera = microphone, camera

    def _state(self, old: CallState, new: CallState) -> None:
        if old is CallState.WAITING and new is CallState.CONNECTING:
            self._say(self.tr("You have been let in. The consultation is starting."), assertive=True)
        elif new is CallState.IN_CALL and old is not CallState.RECONNECTING:
            self._say(self.tr("You are now in the consultation."))
        elif new is CallState.IN_CALL:
            self._say(self.tr("The connection is back."))
        elif new is CallState.RECONNECTING:
            self._say(self.tr("The connection is unstable. Reconnecting…"), assertive=True)

    def _connection(self, connected: bool) -> None:
        if not connected:
            self._service_lost = True
            self._say(self.tr("The connection to the service was lost. Trying to reconnect…"), assertive=True)
        elif self._service_lost:
            self._service_lost = False
            self._say(self.tr("Connected again."))

    def _ended(self, reason: EndReason) -> None:
        why = messages.end_reason_text(reason, self._bridge.last_failure)
        self._say(self.tr("The consultation has ended. {reason}").format(reason=why), assertive=True)

    def _failed(self, code: ErrorCode) -> None:
        if self._bridge.state is not CallState.ENDED:  # after the end, the end is what is said
            self._say(messages.error_text(code), assertive=True)

    def _talking_while_muted(self) -> None:
        if not self._bridge.microphone_enabled:
            self._say(self.tr("You are muted. Press “Unmute microphone” to be heard."))

    def _host_action(self, action: HostAction) -> None:
        self._say(messages.host_action_text(action), assertive=True)

    def _gone(self, name: str, reason: str, others: int) -> None:
        if others == 0:
            return  # the call ends now, and the end is what is said, with this reason
        match reason:
            case LeftReason.CONNECTION_LOST:
                self._say(self.tr("The connection to {name} was lost.").format(name=name))
            case LeftReason.REMOVED:
                self._say(self.tr("{name} was removed from the consultation.").format(name=name))
            case LeftReason.MOVED_TO_LOBBY:
                self._say(self.tr("{name} is back in the waiting room.").format(name=name))
            case _:
                self._say(self.tr("{name} left the consultation.").format(name=name))

    def _presenting(self, on: bool) -> None:
        self._say(self.tr("You are presenting.") if on else self.tr("You stopped presenting."))


class PatientAnnouncements(QObject):
    """The patient's place in the queue, a clinician ringing, and the pre-call check's verdict."""

    def __init__(self, bridge: PatientBridge, announcer: Announcer) -> None:
        super().__init__(announcer)
        self._bridge = bridge
        self._say = announcer.announce
        bridge.lobbyPositionChanged.connect(self._position)
        bridge.room_bridge.ringing.connect(self._ringing)
        bridge.room_bridge.sentToLobby.connect(
            lambda: self._say(messages.host_action_text(HostAction.SENT_TO_LOBBY), assertive=True)
        )

    def _position(self, position: int) -> None:
        if position > 0:
            room = self._bridge.room
            clinician = room.host_name if room is not None and room.host_name else self.tr("Your clinician")
            self._say(messages.queue_position_text(position, clinician))

    def _ringing(self, host_name: str) -> None:
        self._say(self.tr("{name} is calling you. Answer or decline.").format(name=host_name), assertive=True)

    def check_started(self) -> None:
        self._say(self.tr("Checking your camera, microphone, sound and internet connection…"))

    def check_finished(self, report: PreflightReport) -> None:
        match report.verdict:
            case Verdict.OK:
                self._say(self.tr("The check is finished. Everything works."))
            case Verdict.WARNING:
                self._say(self.tr("The check is finished. Something needs your attention; see the advice."))
            case Verdict.FAIL:
                self._say(self.tr("The check is finished. There is a problem; see the advice."))
            case _:
                self._say(self.tr("The check is finished."))


class KnockAnnouncements(QObject):
    """Clinicians hear each patient who starts waiting, once, with how their pre-call check went."""

    def __init__(self, bridge: ClinicianBridge, announcer: Announcer) -> None:
        super().__init__(announcer)
        self._say = announcer.announce
        self._seen: set[str] = set()
        bridge.queueChanged.connect(self._queue)

    def _queue(self, entries: list[QueueEntry]) -> None:
        for entry in entries:
            if entry.participant_id not in self._seen:
                readiness = messages.verdict_text(entry.precall.verdict)
                self._say(
                    self.tr("{name} is waiting to be let in. {readiness}.").format(
                        name=entry.name, readiness=readiness
                    ),
                    assertive=True,
                )
        self._seen = {entry.participant_id for entry in entries}
