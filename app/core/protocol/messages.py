"""Protocol v1 WebSocket messages: one frozen dataclass per message type, for both directions.

Client requests carry an ``id``; the service answers each with ``ack`` or ``error`` carrying that id
as ``ref``. Server events carry no id. ``docs/protocol.md`` shows each one as JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from app.core.errors import ErrorCode
from app.core.protocol import moderation as mod
from app.core.protocol import sfu
from app.core.protocol.models import (
    IceServer,
    LeftReason,
    Participant,
    PrecallSummary,
    QueueEntry,
    SignalPayload,
    UserInfo,
)
from app.core.room_types import MediaRoute

ID = {"max_len": 64}

# --- client → service -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Hello:
    """First message on every connection: authenticates it with an access token.

    ``resume``: this is the same app reconnecting (its calls are still up), so a call membership it
    had is handed back; a fresh start (the default) never gets back into a call without the lobby.
    """

    TYPE: ClassVar[str] = "hello"
    id: str = field(metadata=ID)
    token: str = field(metadata={"max_len": 4096})
    resume: bool = False


@dataclass(frozen=True, slots=True)
class WatchRoom:
    """A clinician subscribes to a room's lobby queue."""

    TYPE: ClassVar[str] = "watch_room"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)


@dataclass(frozen=True, slots=True)
class Knock:
    """A patient says "I'm ready" and enters the room's lobby with a pre-call summary."""

    TYPE: ClassVar[str] = "knock"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)
    precall: PrecallSummary = field(default_factory=PrecallSummary)
    pin: str | None = field(default=None, metadata={"max_len": 32})  # the guest PIN, where the room has one
    consent: bool = False  # the patient agreed to the deployment's consent text (where it asks for one)


@dataclass(frozen=True, slots=True)
class Admit:
    """A clinician admits a waiting patient into the call."""

    TYPE: ClassVar[str] = "admit"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)
    participant_id: str = field(metadata=ID)


@dataclass(frozen=True, slots=True)
class Deny:
    """A clinician turns a waiting patient away."""

    TYPE: ClassVar[str] = "deny"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)
    participant_id: str = field(metadata=ID)


@dataclass(frozen=True, slots=True)
class JoinCall:
    """A clinician of the room enters its call directly (hosts never wait in the lobby)."""

    TYPE: ClassVar[str] = "join_call"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)


@dataclass(frozen=True, slots=True)
class Signal:
    """SDP or ICE for one other admitted participant of the same room."""

    TYPE: ClassVar[str] = "signal"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)
    to: str = field(metadata=ID)
    payload: SignalPayload


@dataclass(frozen=True, slots=True)
class Leave:
    """Leave the room's lobby or call (hang up)."""

    TYPE: ClassVar[str] = "leave"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)


@dataclass(frozen=True, slots=True)
class Ping:
    """Keep-alive and round-trip probe."""

    TYPE: ClassVar[str] = "ping"
    id: str = field(metadata=ID)


ClientMessage = (
    Hello
    | WatchRoom
    | Knock
    | Admit
    | Deny
    | JoinCall
    | Signal
    | Leave
    | Ping
    | mod.OpenRoom
    | mod.LockRoom
    | mod.AdmitAll
    | mod.SendToLobby
    | mod.Moderate
    | mod.SetMedia
    | mod.AskToUnmute
    | mod.Kick
    | mod.EndCall
    | mod.TransferHost
    | mod.ClaimHost
    | mod.Chat
    | mod.RaiseHand
    | mod.Present
    | mod.Ring
    | mod.AnswerRing
    | sfu.SfuPublish
    | sfu.SfuSubscribe
    | sfu.SfuStart
    | sfu.SfuUnsubscribe
)
CLIENT_TYPES: dict[str, type] = {
    c.TYPE: c
    for c in (
        Hello,
        WatchRoom,
        Knock,
        Admit,
        Deny,
        JoinCall,
        Signal,
        Leave,
        Ping,
        *mod.MODERATION_CLIENT_TYPES,
        *sfu.SFU_CLIENT_TYPES,
    )
}

# --- service → client -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Welcome:
    """The connection is authenticated as this person."""

    TYPE: ClassVar[str] = "welcome"
    user: UserInfo


@dataclass(frozen=True, slots=True)
class Ack:
    """The request ``ref`` was accepted."""

    TYPE: ClassVar[str] = "ack"
    ref: str = field(metadata=ID)


@dataclass(frozen=True, slots=True)
class Error:
    """The request ``ref`` (or an unparseable message, ``ref`` null) was refused."""

    TYPE: ClassVar[str] = "error"
    code: ErrorCode
    ref: str | None = field(default=None, metadata=ID)
    detail: str = ""


@dataclass(frozen=True, slots=True)
class QueueUpdate:
    """The whole current lobby queue of a watched room (sent on every change)."""

    TYPE: ClassVar[str] = "queue"
    room_id: str = field(metadata=ID)
    entries: list[QueueEntry]


@dataclass(frozen=True, slots=True)
class LobbyUpdate:
    """The patient's own place in the lobby (1 = next)."""

    TYPE: ClassVar[str] = "lobby"
    room_id: str = field(metadata=ID)
    participant_id: str = field(metadata=ID)
    position: int


@dataclass(frozen=True, slots=True)
class Admitted:
    """You are in the call: connect to ``participants`` (you offer to each) using ``ice_servers``."""

    TYPE: ClassVar[str] = "admitted"
    room_id: str = field(metadata=ID)
    participant_id: str = field(metadata=ID)
    ice_servers: list[IceServer]
    participants: list[Participant]
    media: MediaRoute = MediaRoute.P2P  # sfu: nobody offers to peers; media goes through sfu_* messages


@dataclass(frozen=True, slots=True)
class Denied:
    """The clinician did not admit you."""

    TYPE: ClassVar[str] = "denied"
    room_id: str = field(metadata=ID)


@dataclass(frozen=True, slots=True)
class ParticipantJoined:
    """Someone entered the call; they will send you an offer."""

    TYPE: ClassVar[str] = "participant_joined"
    room_id: str = field(metadata=ID)
    participant: Participant


@dataclass(frozen=True, slots=True)
class ParticipantLeft:
    """Someone left the call; close your connection to them."""

    TYPE: ClassVar[str] = "participant_left"
    room_id: str = field(metadata=ID)
    participant_id: str = field(metadata=ID)
    reason: LeftReason = LeftReason.LEFT


@dataclass(frozen=True, slots=True)
class SignalFrom:
    """SDP or ICE from another admitted participant of the room."""

    TYPE: ClassVar[str] = "signal_from"
    room_id: str = field(metadata=ID)
    sender: str = field(metadata=ID)
    payload: SignalPayload


@dataclass(frozen=True, slots=True)
class Pong:
    """Answer to ``ping``."""

    TYPE: ClassVar[str] = "pong"
    ref: str = field(metadata=ID)


ServerMessage = (
    Welcome
    | Ack
    | Error
    | QueueUpdate
    | LobbyUpdate
    | Admitted
    | Denied
    | ParticipantJoined
    | ParticipantLeft
    | SignalFrom
    | Pong
    | mod.RoomState
    | mod.NearbyPatients
    | mod.Moderated
    | mod.UnmuteRequested
    | mod.Kicked
    | mod.CallEndedForAll
    | mod.RoomClosed
    | mod.SentToLobby
    | mod.ChatMessage
    | mod.Ringing
    | mod.RingAnswered
    | sfu.SfuAnswer
    | sfu.SfuOffer
    | sfu.SfuFeeds
    | sfu.SfuTalking
    | sfu.SfuMoved
)
SERVER_TYPES: dict[str, type] = {
    c.TYPE: c
    for c in (
        Welcome,
        Ack,
        Error,
        QueueUpdate,
        LobbyUpdate,
        Admitted,
        Denied,
        ParticipantJoined,
        ParticipantLeft,
        SignalFrom,
        Pong,
        *mod.MODERATION_SERVER_TYPES,
        *sfu.SFU_SERVER_TYPES,
    )
}
