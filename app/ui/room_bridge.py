"""The bridge's helper for life in the room: room state, moderation, chat and ringing as Qt signals.

A ``SessionBridge`` owns one ``RoomBridge`` (``bridge.room``); it forwards the moderation events of
its consultation here, and host and participant actions started here run as the bridge's owned
tasks (one per action name, failures become ``actionFailed``). Widgets never see the session.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.core.protocol.moderation import MediaControl, NearbyPatient, ParticipantState
from app.core.room_types import RoomType
from app.session.moderation_events import (
    ChatReceived,
    ChatUnsentChanged,
    HostActionApplied,
    NearbyChanged,
    RingAnswerReceived,
    RingingReceived,
    RoomStateChanged,
    SentBackToLobby,
    UnmuteAsked,
)

if TYPE_CHECKING:
    from app.session.moderation import RoomModeration
    from app.ui.session_bridge import SessionBridge


class RoomBridge(QObject):
    """Signals about the room, and the actions every host control and participant button starts."""

    roomStateChanged = Signal(object)  # list[ParticipantState]
    hostAction = Signal(object)  # HostAction done to this user
    sentToLobby = Signal()
    chatReceived = Signal(object)  # ChatReceived
    chatUnsentChanged = Signal(object)  # list[str]: own lines waiting for the connection, oldest first
    ringing = Signal(str)  # host name
    ringAnswered = Signal(str, bool)  # user id, accepted
    nearbyChanged = Signal(object)  # list[NearbyPatient]
    unmuteAsked = Signal(str)  # participant id

    def __init__(self, bridge: SessionBridge) -> None:
        super().__init__(bridge)
        self._bridge = bridge
        self.participants: list[ParticipantState] = []
        self.room_type = RoomType.PERSONAL
        self.locked = False
        self.self_id: str | None = None
        self.chat: list[ChatReceived] = []
        self.unsent: list[str] = []
        self.nearby: list[NearbyPatient] = []
        self.hand_raised = False

    @property
    def is_host(self) -> bool:
        return any(p.is_host and p.participant_id == self.self_id for p in self.participants)

    def others(self) -> list[ParticipantState]:
        return [p for p in self.participants if p.participant_id != self.self_id]

    # -- events --------------------------------------------------------------------------------------
    def on_event(self, event: object) -> bool:
        """Re-emit one moderation event; False if it is not one."""
        match event:
            case RoomStateChanged(room_type=room_type, locked=locked, participants=participants, self_id=me):
                self.room_type, self.locked, self.self_id = room_type, locked, me
                self.participants = list(participants)
                mine = next((p for p in participants if p.participant_id == me), None)
                self.hand_raised = mine.hand_raised if mine is not None else False
                self.roomStateChanged.emit(list(participants))
            case HostActionApplied(action=action):
                self.hostAction.emit(action)
            case SentBackToLobby():
                self.participants, self.chat = [], []
                self.sentToLobby.emit()
            case ChatReceived():
                self.chat.append(event)
                self.chatReceived.emit(event)
            case ChatUnsentChanged(lines=lines):
                self.unsent = list(lines)
                self.chatUnsentChanged.emit(list(lines))
            case RingingReceived(host_name=host_name):
                self.ringing.emit(host_name)
            case RingAnswerReceived(user_id=user_id, accepted=accepted):
                self.ringAnswered.emit(user_id, accepted)
            case NearbyChanged(patients=patients):
                self.nearby = list(patients)
                self.nearbyChanged.emit(list(patients))
            case UnmuteAsked(participant_id=pid):
                self.unmuteAsked.emit(pid)
            case _:
                return False
        return True

    def call_ended(self) -> None:
        """Forget the call's participants and chat (the chat is never kept beyond the call)."""
        self.participants, self.chat, self.hand_raised = [], [], False
        self.roomStateChanged.emit([])

    # -- host actions ---------------------------------------------------------------------------
    def lock(self, locked: bool) -> asyncio.Task[None] | None:
        return self._do("lock", lambda m: m.lock(locked))

    def send_to_lobby(self, participant_id: str) -> asyncio.Task[None] | None:
        return self._do(f"send_to_lobby:{participant_id}", lambda m: m.send_to_lobby(participant_id))

    def moderate(
        self, participant_id: str | None, audio: MediaControl | None = None, video: MediaControl | None = None
    ) -> asyncio.Task[None] | None:
        name = f"moderate:{participant_id or 'all'}:{audio}:{video}"
        return self._do(name, lambda m: m.moderate(participant_id, audio, video))

    def kick(self, participant_id: str, ban: bool = True) -> asyncio.Task[None] | None:
        return self._do(f"kick:{participant_id}", lambda m: m.kick(participant_id, ban))

    def end_call(self) -> asyncio.Task[None] | None:
        return self._do("end_call", lambda m: m.end_call())

    def transfer_host(self, participant_id: str) -> asyncio.Task[None] | None:
        return self._do(f"transfer_host:{participant_id}", lambda m: m.transfer_host(participant_id))

    def claim_host(self, pin: str) -> asyncio.Task[None] | None:
        return self._do("claim_host", lambda m: m.claim_host(pin))

    def ring(self, user_id: str) -> asyncio.Task[None] | None:
        return self._do(f"ring:{user_id}", lambda m: m.ring(user_id))

    # -- participant actions ----------------------------------------------------------------------
    def ask_to_unmute(self) -> asyncio.Task[None] | None:
        return self._do("ask_to_unmute", lambda m: m.ask_to_unmute())

    def send_chat(self, text: str) -> asyncio.Task[None] | None:
        text = text.strip()
        return self._do("chat", lambda m: m.chat_send(text)) if text else None

    def raise_hand(self, raised: bool) -> asyncio.Task[None] | None:
        return self._do("raise_hand", lambda m: m.raise_hand(raised))

    def answer_ring(self, accept: bool) -> asyncio.Task[None] | None:
        return self._do("answer_ring", lambda m: m.answer_ring(accept))

    def _do(self, action: str, step: Callable[[RoomModeration], Awaitable[Any]]) -> asyncio.Task[None] | None:
        moderation: RoomModeration = self._bridge._consultation.moderation
        return self._bridge._start(action, lambda: step(moderation))
