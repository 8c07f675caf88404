"""Plain events that sessions emit upward; the UI bridge turns them into Qt signals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from app.core.call_quality import LinkQuality
from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.core.protocol import LeftReason, Participant, QueueEntry
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


class EndReason(StrEnum):
    """Why a consultation ended."""

    HUNG_UP = "hung_up"  # this user hung up
    REMOTE_LEFT = "remote_left"  # the other side hung up or left
    REMOTE_LOST = "remote_lost"  # the other side's connection was lost (past the reconnect grace)
    DENIED = "denied"  # the clinician did not admit the patient
    FAILED = "failed"  # media or service failure (a SessionFailed event says which)
    ENDED_BY_HOST = "ended_by_host"  # the host ended the consultation for everyone
    KICKED = "kicked"  # the host removed this user from the call
    ROOM_CLOSED = "room_closed"  # the room's owner closed the room: nobody will come


@dataclass(frozen=True, slots=True)
class CallStateChanged:
    """The consultation moved from ``old`` to ``new`` (see app.core.call_state)."""

    old: CallState
    new: CallState


@dataclass(frozen=True, slots=True)
class LobbyPositionChanged:
    """Patient: your place in the lobby (1 = next)."""

    position: int


@dataclass(frozen=True, slots=True)
class QueueChanged:
    """Clinician: the whole lobby queue of the watched room."""

    entries: list[QueueEntry]


@dataclass(frozen=True, slots=True)
class ParticipantsChanged:
    """The other people currently in the call."""

    participants: list[Participant]


@dataclass(frozen=True, slots=True)
class ParticipantGone:
    """Someone left the call, and why; ``others`` is how many other people are still in it."""

    participant: Participant
    reason: LeftReason
    others: int


@dataclass(frozen=True, slots=True)
class ServiceConnectionChanged:
    """The signaling connection dropped (``connected`` False) or came back."""

    connected: bool


@dataclass(frozen=True, slots=True)
class SessionFailed:
    """Something the user must be told, as a code the UI translates."""

    code: ErrorCode


@dataclass(frozen=True, slots=True)
class CallEnded:
    """The consultation is over, and why (sent just after the move to ``ended``)."""

    reason: EndReason


@dataclass(frozen=True, slots=True)
class RoomWasClosed:
    """The room this session had open was closed by its owner (maybe from another device)."""

    room_id: str


@dataclass(frozen=True, slots=True)
class TalkingWhileMuted:
    """The microphone hears the user speak while they are muted: tell them to unmute."""


@dataclass(frozen=True, slots=True)
class DevicesMissing:
    """Which of the user's own devices are missing now (told when media opens and when it changes).

    Nothing is sent in place of a missing one (no test pattern, no tone): the others hear but do not
    see them, or see but do not hear them. Both False: everything is there again.
    """

    camera: bool
    microphone: bool


@dataclass(frozen=True, slots=True)
class CallQualityChanged:
    """How the link to one participant goes (good / weak / poor and why), what video it carries now,
    and whether audio only is offered (``app/session/call_monitor.py``)."""

    quality: LinkQuality


@dataclass(frozen=True, slots=True)
class MediaFailed:
    """Media did not come back in the time the deployment sets (``MediaRecovery.give_up_s``): offer
    the user a choice (try again, continue with audio only, leave). Repair goes on meanwhile."""

    code: ErrorCode = ErrorCode.MEDIA_FAILED


@dataclass(frozen=True, slots=True)
class PicturePaused:
    """Another participant paused their picture to keep the sound (``paused``), or sends it again: their
    last frame has been taken down, so the view says so instead of showing it frozen."""

    participant_id: str
    paused: bool


@dataclass(frozen=True, slots=True)
class MediaRestored:
    """Media is back after a ``MediaFailed``: the choice goes away."""


SessionEvent = (
    CallStateChanged
    | LobbyPositionChanged
    | QueueChanged
    | ParticipantsChanged
    | ParticipantGone
    | ServiceConnectionChanged
    | SessionFailed
    | CallEnded
    | RoomWasClosed
    | TalkingWhileMuted
    | DevicesMissing
    | MediaFailed
    | MediaRestored
    | PicturePaused
    | RoomStateChanged
    | HostActionApplied
    | SentBackToLobby
    | ChatReceived
    | ChatUnsentChanged
    | RingingReceived
    | RingAnswerReceived
    | NearbyChanged
    | UnmuteAsked
    | CallQualityChanged
)
EventSink = Callable[[SessionEvent], None]
