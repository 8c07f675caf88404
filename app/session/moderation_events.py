"""Plain events about the host's authority and life in the call (room state, moderation, chat, ringing)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.core.protocol.moderation import NearbyPatient, ParticipantState
from app.core.room_types import RoomType


class HostAction(StrEnum):
    """Something the host did to this user that the UI must say in a plain sentence."""

    MUTED = "muted"  # audio turned off; the user may turn it on again
    HARD_MUTED = "hard_muted"  # audio off until the host allows it
    AUDIO_ALLOWED = "audio_allowed"  # the host allowed the audio again (it stays off until turned on)
    VIDEO_STOPPED = "video_stopped"
    VIDEO_HARD_STOPPED = "video_hard_stopped"
    VIDEO_ALLOWED = "video_allowed"
    SENT_TO_LOBBY = "sent_to_lobby"
    KICKED = "kicked"
    ENDED_FOR_ALL = "ended_for_all"


@dataclass(frozen=True, slots=True)
class RoomStateChanged:
    """Everyone in the call with their audio/video/hand state, and whether the room is locked."""

    room_type: RoomType
    locked: bool
    participants: list[ParticipantState]
    self_id: str | None


@dataclass(frozen=True, slots=True)
class HostActionApplied:
    """The host did ``action`` to this user (already applied to the local media)."""

    action: HostAction


@dataclass(frozen=True, slots=True)
class SentBackToLobby:
    """The host moved this user back to the lobby; they wait again without knocking."""


@dataclass(frozen=True, slots=True)
class ChatReceived:
    """One chat line of the call (kept in memory for the call only)."""

    sender: str
    name: str
    text: str
    at: float
    own: bool


@dataclass(frozen=True, slots=True)
class ChatUnsentChanged:
    """This user's chat lines not yet sent (written while the service was away), oldest first; they
    are sent, in order, as soon as the connection is back."""

    lines: list[str]


@dataclass(frozen=True, slots=True)
class RingingReceived:
    """Patient: the host is calling; show Answer / Decline and play the ring tone."""

    host_name: str


@dataclass(frozen=True, slots=True)
class RingAnswerReceived:
    """Host: the rung patient answered or declined."""

    user_id: str
    accepted: bool


@dataclass(frozen=True, slots=True)
class NearbyChanged:
    """Host: logged-in patients who have the room open but have not knocked."""

    patients: list[NearbyPatient]


@dataclass(frozen=True, slots=True)
class UnmuteAsked:
    """Host: a hard-muted participant asks to speak."""

    participant_id: str
