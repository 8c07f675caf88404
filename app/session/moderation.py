"""The room as the service describes it, and this client's obedience to the host's moderation.

``RoomModeration`` keeps the latest ``room_state`` (everyone's audio/video/hand state and control),
applies ``moderated`` to the local media (a hard mute also refuses local unmute with
``HARD_MUTED``), tells receivers whose audio to drop, keeps the call's chat in memory only (a line
written while the service is away waits in ``unsent`` and goes out when the connection is back), and
sends every host and participant request. Lifecycle messages (kicked, call ended, sent to lobby)
stay with the consultation. No Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from app.core.errors import ErrorCode
from app.core.protocol import ClientMessage, ServerMessage
from app.core.protocol import moderation as mod
from app.core.protocol.moderation import MediaControl, NearbyPatient, ParticipantState
from app.core.room_types import RoomType
from app.session.errors import SessionError
from app.session.moderation_events import (
    ChatReceived,
    ChatUnsentChanged,
    HostAction,
    HostActionApplied,
    NearbyChanged,
    RingAnswerReceived,
    RingingReceived,
    RoomStateChanged,
    UnmuteAsked,
)

log = logging.getLogger(__name__)

Request = Callable[[ClientMessage], Awaitable[Any]]
ForceOff = Callable[[bool, bool], None]  # (audio off, video off): turn own media off and report it

_LOST = (ErrorCode.CONNECTION_LOST, ErrorCode.SERVICE_UNREACHABLE)

_AUDIO_ACTIONS = {
    MediaControl.MUTE: HostAction.MUTED,
    MediaControl.HARD_MUTE: HostAction.HARD_MUTED,
    MediaControl.ALLOW: HostAction.AUDIO_ALLOWED,
}
_VIDEO_ACTIONS = {
    MediaControl.MUTE: HostAction.VIDEO_STOPPED,
    MediaControl.HARD_MUTE: HostAction.VIDEO_HARD_STOPPED,
    MediaControl.ALLOW: HostAction.VIDEO_ALLOWED,
}


def audio_dropped(state: ParticipantState) -> bool:
    """Whether receivers must not play this participant's audio (what the service says, not the sender).

    Anything but ``allow`` is dropped: the service sets a soft mute back to ``allow`` when the
    participant turns their microphone on again, and tells everyone in the next ``room_state``.
    """
    return state.audio_control is not MediaControl.ALLOW


class RoomModeration:
    """One consultation's view of the room and its moderation; the consultation feeds it messages."""

    def __init__(
        self,
        request: Request,
        on_event: Callable[[Any], None],
        force_off: ForceOff,
        room_id: Callable[[], str | None],
        self_id: Callable[[], str | None],
    ) -> None:
        self._request = request
        self._on_event = on_event
        self._force_off = force_off
        self._room_id = room_id
        self._self_id = self_id
        self.room_type = RoomType.PERSONAL
        self.locked = False
        self.participants: dict[str, ParticipantState] = {}
        self.audio_control = MediaControl.ALLOW
        self.video_control = MediaControl.ALLOW
        self.chat: list[ChatReceived] = []  # this call's lines only; cleared when the call ends
        self.unsent: list[str] = []  # own lines written while the service was away, oldest first
        self.nearby: list[NearbyPatient] = []
        # Participants this host sent away: their leaving does not end the host's own call.
        self.departing: set[str] = set()

    # --- queries ----------------------------------------------------------------------------------

    @property
    def is_host(self) -> bool:
        me = self.participants.get(self._self_id() or "")
        return me is not None and me.is_host

    def audio_allowed(self, participant_id: str) -> bool:
        """Receivers play a participant's audio only while the room state allows it."""
        state = self.participants.get(participant_id)
        return state is None or not audio_dropped(state)

    def check_unmute(self, audio: bool, video: bool) -> None:
        """Refuse turning on what the host hard-muted (raises ``SessionError(HARD_MUTED)``)."""
        if (audio and self.audio_control is MediaControl.HARD_MUTE) or (
            video and self.video_control is MediaControl.HARD_MUTE
        ):
            raise SessionError(ErrorCode.HARD_MUTED, "the host has muted you until they allow it")

    def reset(self) -> None:
        """Forget the call (it ended, or this user went back to the lobby)."""
        self.participants = {}
        self.chat = []
        if self.unsent:
            self.unsent = []
            self._on_event(ChatUnsentChanged([]))
        self.locked = False
        self.audio_control = MediaControl.ALLOW
        self.video_control = MediaControl.ALLOW

    # --- messages from the service ------------------------------------------------------------

    def handle(self, message: ServerMessage) -> bool:
        """Apply one service message; False if it is not about moderation."""
        match message:
            case mod.RoomState():
                self._room_state(message)
            case mod.Moderated(audio=audio, video=video):
                self._moderated(audio, video)
            case mod.ChatMessage(sender=sender, name=name, text=text, at=at):
                line = ChatReceived(sender, name, text, at, own=sender == self._self_id())
                self.chat.append(line)
                self._on_event(line)
            case mod.Ringing(host_name=host_name):
                self._on_event(RingingReceived(host_name))
            case mod.RingAnswered(user_id=user_id, accepted=accepted):
                self._on_event(RingAnswerReceived(user_id, accepted))
            case mod.NearbyPatients(patients=patients):
                self.nearby = list(patients)
                self._on_event(NearbyChanged(list(patients)))
            case mod.UnmuteRequested(participant_id=pid):
                self._on_event(UnmuteAsked(pid))
            case _:
                return False
        return True

    def self_known(self) -> None:
        """This session's own id changed (``admitted``): tell the last room state again, so who is
        host (and whose controls to show) is judged with the right id from the call's first frame."""
        if self.participants.get(self._self_id() or "") is not None:
            self._room_state(
                mod.RoomState(
                    self._room_id() or "", self.room_type, self.locked, list(self.participants.values())
                )
            )

    def _room_state(self, message: mod.RoomState) -> None:
        self.room_type = message.room_type
        self.locked = message.locked
        self.participants = {p.participant_id: p for p in message.participants}
        me = self.participants.get(self._self_id() or "")
        if me is not None:
            # The room state is the authority even if a ``moderated`` message was missed.
            self.audio_control, self.video_control = me.audio_control, me.video_control
            self._force_off(
                me.audio_control is MediaControl.HARD_MUTE, me.video_control is MediaControl.HARD_MUTE
            )
        self._on_event(
            RoomStateChanged(message.room_type, message.locked, list(message.participants), self._self_id())
        )

    def _moderated(self, audio: MediaControl | None, video: MediaControl | None) -> None:
        if audio is not None:
            self.audio_control = audio
        if video is not None:
            self.video_control = video
        off_audio = audio is not None and audio is not MediaControl.ALLOW
        off_video = video is not None and video is not MediaControl.ALLOW
        self._force_off(off_audio, off_video)
        if audio is not None:
            self._on_event(HostActionApplied(_AUDIO_ACTIONS[audio]))
        if video is not None:
            self._on_event(HostActionApplied(_VIDEO_ACTIONS[video]))

    # --- requests -------------------------------------------------------------------------------

    def _room(self) -> str:
        room_id = self._room_id()
        if room_id is None:
            raise SessionError(ErrorCode.NOT_FOUND, "no room")
        return room_id

    async def lock(self, locked: bool) -> None:
        await self._request(mod.LockRoom(id="", room_id=self._room(), locked=locked))

    async def admit_all(self) -> None:
        await self._request(mod.AdmitAll(id="", room_id=self._room()))

    async def send_to_lobby(self, participant_id: str) -> None:
        self.departing.add(participant_id)
        await self._request(mod.SendToLobby(id="", room_id=self._room(), participant_id=participant_id))

    async def moderate(
        self,
        participant_id: str | None,
        audio: MediaControl | None = None,
        video: MediaControl | None = None,
    ) -> None:
        """Set one participant's (or, with None, everyone but the hosts') audio and/or video control."""
        room_id = self._room()
        await self._request(
            mod.Moderate(id="", room_id=room_id, participant_id=participant_id, audio=audio, video=video)
        )

    async def kick(self, participant_id: str, ban: bool = True) -> None:
        self.departing.add(participant_id)
        await self._request(mod.Kick(id="", room_id=self._room(), participant_id=participant_id, ban=ban))

    async def end_call(self) -> None:
        await self._request(mod.EndCall(id="", room_id=self._room()))

    async def transfer_host(self, participant_id: str) -> None:
        await self._request(mod.TransferHost(id="", room_id=self._room(), participant_id=participant_id))

    async def claim_host(self, pin: str) -> None:
        await self._request(mod.ClaimHost(id="", room_id=self._room(), pin=pin))

    async def report_media(self, audio_on: bool, video_on: bool) -> None:
        await self._request(mod.SetMedia(id="", room_id=self._room(), audio_on=audio_on, video_on=video_on))

    async def ask_to_unmute(self) -> None:
        await self._request(mod.AskToUnmute(id="", room_id=self._room()))

    async def chat_send(self, text: str) -> None:
        """Send a chat line; while the service is away it waits in ``unsent`` (in order, after any
        line already waiting) and goes out with ``send_unsent`` when the connection is back."""
        text = text[: mod.MAX_CHAT]
        if self.unsent:
            self._keep_unsent(text)
            return
        try:
            await self._request(mod.Chat(id="", room_id=self._room(), text=text))
        except SessionError as exc:
            if exc.code not in _LOST:
                raise
            self._keep_unsent(text)

    def _keep_unsent(self, text: str) -> None:
        self.unsent.append(text)
        self._on_event(ChatUnsentChanged(list(self.unsent)))

    async def send_unsent(self) -> None:
        """The connection is back: send the lines that waited, oldest first; stop if it drops again."""
        while self.unsent:
            try:
                await self._request(mod.Chat(id="", room_id=self._room(), text=self.unsent[0]))
            except SessionError as exc:
                if exc.code in _LOST:
                    return  # still away: they wait for the next reconnect
                log.info("unsent chat refused: %s", exc.code.value)  # e.g. the call ended meanwhile
            if self.unsent:
                self.unsent.pop(0)
                self._on_event(ChatUnsentChanged(list(self.unsent)))

    async def raise_hand(self, raised: bool) -> None:
        await self._request(mod.RaiseHand(id="", room_id=self._room(), raised=raised))

    async def ring(self, user_id: str) -> None:
        await self._request(mod.Ring(id="", room_id=self._room(), user_id=user_id))

    async def answer_ring(self, accept: bool) -> None:
        await self._request(mod.AnswerRing(id="", room_id=self._room(), accept=accept))

    async def announce_open(self) -> None:
        """Patient: tell the hosts this user has the room open (they may ring)."""
        await self._request(mod.OpenRoom(id="", room_id=self._room()))
