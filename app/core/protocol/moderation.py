"""Protocol v1 messages for the host's authority and life in the call: room state, lock, mute,
kick, end for all, host hand-over, chat, raised hands, presenting, and ringing a patient.

The service is the authority: it checks every request against the sender's verified role and the
room's state, then tells everyone the new ``room_state``. Honest clients obey it (a kicked
participant's connections are closed by every peer; a muted participant's audio is dropped by
every receiver). ``docs/protocol.md`` shows each message as JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import ClassVar

from app.core.protocol.models import Role, Verification
from app.core.room_types import MediaRoute, RoomType

ID = {"max_len": 64}
MAX_CHAT = 1000


class MediaControl(StrEnum):
    """What the host allows for one participant's audio or video."""

    ALLOW = "allow"
    MUTE = "mute"  # turned off by the host; the participant may turn it on again
    HARD_MUTE = "hard_mute"  # turned off, and stays off until the host allows it ("ask to unmute")


@dataclass(frozen=True, slots=True)
class ParticipantState:
    """One member of the call as everyone in it sees them."""

    participant_id: str = field(metadata=ID)
    name: str
    role: Role
    is_host: bool
    audio_on: bool
    video_on: bool
    audio_control: MediaControl = MediaControl.ALLOW
    video_control: MediaControl = MediaControl.ALLOW
    hand_raised: bool = False
    presenting: bool = False
    verified_by: Verification | None = None  # how the service checked them (email: a lower level)


@dataclass(frozen=True, slots=True)
class NearbyPatient:
    """A logged-in patient who has opened the room but not knocked (hosts may ring them)."""

    user_id: str = field(metadata=ID)
    name: str


# --- client → service --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OpenRoom:
    """A patient has the room open (before knocking): hosts see them and may ring them."""

    TYPE: ClassVar[str] = "open_room"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)


@dataclass(frozen=True, slots=True)
class LockRoom:
    """Host: lock or unlock; arrivals in a locked room wait in the lobby even if admitted before."""

    TYPE: ClassVar[str] = "lock_room"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)
    locked: bool


@dataclass(frozen=True, slots=True)
class AdmitAll:
    """Host: admit everyone waiting."""

    TYPE: ClassVar[str] = "admit_all"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)


@dataclass(frozen=True, slots=True)
class SendToLobby:
    """Host: move a participant from the call back to the lobby."""

    TYPE: ClassVar[str] = "send_to_lobby"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)
    participant_id: str = field(metadata=ID)


@dataclass(frozen=True, slots=True)
class Moderate:
    """Host: set audio and/or video control of one participant, or of everyone but hosts (null)."""

    TYPE: ClassVar[str] = "moderate"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)
    participant_id: str | None = field(default=None, metadata=ID)
    audio: MediaControl | None = None
    video: MediaControl | None = None


@dataclass(frozen=True, slots=True)
class SetMedia:
    """Anyone: report turning one's own audio/video on or off; turning on a hard-muted one is refused."""

    TYPE: ClassVar[str] = "set_media"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)
    audio_on: bool
    video_on: bool


@dataclass(frozen=True, slots=True)
class AskToUnmute:
    """A hard-muted participant asks the hosts to allow their audio again."""

    TYPE: ClassVar[str] = "ask_to_unmute"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)


@dataclass(frozen=True, slots=True)
class Kick:
    """Host: remove a participant from the call; with ``ban`` they cannot come back to this room."""

    TYPE: ClassVar[str] = "kick"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)
    participant_id: str = field(metadata=ID)
    ban: bool = True


@dataclass(frozen=True, slots=True)
class EndCall:
    """Host: end the consultation for everyone (the lobby is emptied too)."""

    TYPE: ClassVar[str] = "end_call"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)


@dataclass(frozen=True, slots=True)
class TransferHost:
    """Host: hand the host role to another clinician in the call."""

    TYPE: ClassVar[str] = "transfer_host"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)
    participant_id: str = field(metadata=ID)


@dataclass(frozen=True, slots=True)
class ClaimHost:
    """A clinician in the call claims the host role with the room's host PIN."""

    TYPE: ClassVar[str] = "claim_host"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)
    pin: str = field(metadata={"max_len": 32})


@dataclass(frozen=True, slots=True)
class Chat:
    """A text message to everyone in the call (relayed, never stored)."""

    TYPE: ClassVar[str] = "chat"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)
    text: str = field(metadata={"max_len": MAX_CHAT})


@dataclass(frozen=True, slots=True)
class RaiseHand:
    TYPE: ClassVar[str] = "raise_hand"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)
    raised: bool


@dataclass(frozen=True, slots=True)
class Present:
    """Start or stop presenting (screen, window or PDF); the media travels as the video track."""

    TYPE: ClassVar[str] = "present"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)
    presenting: bool


@dataclass(frozen=True, slots=True)
class Ring:
    """Host: ring a logged-in patient who has the room open (see ``nearby``)."""

    TYPE: ClassVar[str] = "ring"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)
    user_id: str = field(metadata=ID)


@dataclass(frozen=True, slots=True)
class AnswerRing:
    """Patient: answer (then knock with "Join call") or decline the host's ring."""

    TYPE: ClassVar[str] = "answer_ring"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)
    accept: bool


MODERATION_CLIENT_TYPES = (
    OpenRoom,
    LockRoom,
    AdmitAll,
    SendToLobby,
    Moderate,
    SetMedia,
    AskToUnmute,
    Kick,
    EndCall,
    TransferHost,
    ClaimHost,
    Chat,
    RaiseHand,
    Present,
    Ring,
    AnswerRing,
)

# --- service → client --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoomState:
    """Sent to every member of the call and every watching host after any change."""

    TYPE: ClassVar[str] = "room_state"
    room_id: str = field(metadata=ID)
    room_type: RoomType
    locked: bool
    participants: list[ParticipantState]
    media: MediaRoute = MediaRoute.P2P


@dataclass(frozen=True, slots=True)
class NearbyPatients:
    """Hosts only: logged-in patients who have the room open but have not knocked."""

    TYPE: ClassVar[str] = "nearby"
    room_id: str = field(metadata=ID)
    patients: list[NearbyPatient]


@dataclass(frozen=True, slots=True)
class Moderated:
    """To the participant the host moderated: what changed (null: unchanged)."""

    TYPE: ClassVar[str] = "moderated"
    room_id: str = field(metadata=ID)
    audio: MediaControl | None = None
    video: MediaControl | None = None


@dataclass(frozen=True, slots=True)
class UnmuteRequested:
    """Hosts only: a hard-muted participant asks to speak."""

    TYPE: ClassVar[str] = "unmute_requested"
    room_id: str = field(metadata=ID)
    participant_id: str = field(metadata=ID)


@dataclass(frozen=True, slots=True)
class Kicked:
    """To the removed participant (then their connection to the room is closed)."""

    TYPE: ClassVar[str] = "kicked"
    room_id: str = field(metadata=ID)
    banned: bool


@dataclass(frozen=True, slots=True)
class CallEndedForAll:
    """The host ended the consultation for everyone."""

    TYPE: ClassVar[str] = "call_ended"
    room_id: str = field(metadata=ID)


@dataclass(frozen=True, slots=True)
class RoomClosed:
    """The room's owner closed the room: nobody waits in it or joins it any more."""

    TYPE: ClassVar[str] = "room_closed"
    room_id: str = field(metadata=ID)


@dataclass(frozen=True, slots=True)
class SentToLobby:
    """To a participant the host moved back to the lobby (a ``lobby`` message follows)."""

    TYPE: ClassVar[str] = "sent_to_lobby"
    room_id: str = field(metadata=ID)


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """A chat line, relayed to everyone in the call (never stored by the service)."""

    TYPE: ClassVar[str] = "chat_message"
    room_id: str = field(metadata=ID)
    sender: str = field(metadata=ID)
    name: str
    text: str = field(metadata={"max_len": MAX_CHAT})
    at: float


@dataclass(frozen=True, slots=True)
class Ringing:
    """To a patient: the host is calling you."""

    TYPE: ClassVar[str] = "ringing"
    room_id: str = field(metadata=ID)
    host_name: str


@dataclass(frozen=True, slots=True)
class RingAnswered:
    """To hosts: the rung patient answered or declined."""

    TYPE: ClassVar[str] = "ring_answered"
    room_id: str = field(metadata=ID)
    user_id: str = field(metadata=ID)
    accepted: bool


MODERATION_SERVER_TYPES = (
    RoomState,
    NearbyPatients,
    Moderated,
    UnmuteRequested,
    Kicked,
    CallEndedForAll,
    RoomClosed,
    SentToLobby,
    ChatMessage,
    Ringing,
    RingAnswered,
)
