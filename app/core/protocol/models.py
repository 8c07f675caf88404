"""Value objects that appear inside protocol messages and REST bodies."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

MAX_SDP = 32 * 1024


class Role(StrEnum):
    """What a verified person may do; decided by the service, never by the client."""

    PATIENT = "patient"
    CLINICIAN = "clinician"


class Verification(StrEnum):
    """How the service verified a person's identity."""

    TEST = "test"  # the dev-mode test identity; never a real person
    BANKID_SE = "bankid_se"
    OIDC = "oidc"
    EMAIL = "email"  # a one-time code sent to an e-mail address: a lower assurance level, not an e-ID


class BankIdMessage(StrEnum):
    """BankID's recommended user messages (RP guidelines), sent as codes and translated by the client."""

    RFA1 = "RFA1"  # start your BankID app
    RFA2 = "RFA2"  # the BankID app is not installed
    RFA3 = "RFA3"  # action cancelled, try again
    RFA4 = "RFA4"  # already in progress for this personal number
    RFA5 = "RFA5"  # internal error, try again
    RFA6 = "RFA6"  # action cancelled
    RFA8 = "RFA8"  # the app did not respond in time
    RFA9 = "RFA9"  # enter your security code in the app
    RFA13 = "RFA13"  # trying to start your BankID app
    RFA14 = "RFA14"  # searching for BankID
    RFA15 = "RFA15"  # searching for BankID (card reader)
    RFA16 = "RFA16"  # the BankID is blocked or too old
    RFA17 = "RFA17"  # the app could not be found / the QR code could not be scanned
    RFA18 = "RFA18"  # start the BankID app (the same-device button)
    RFA19 = "RFA19"  # this computer or a mobile BankID?
    RFA20 = "RFA20"  # this device or another device?
    RFA21 = "RFA21"  # identification in progress
    RFA22 = "RFA22"  # unknown error, try again
    RFA23 = "RFA23"  # process your machine-readable travel document


class LeftReason(StrEnum):
    """Why someone left the call, as the others are told (``participant_left``)."""

    LEFT = "left"  # hung up or closed the app
    CONNECTION_LOST = "connection_lost"  # gone longer than the reconnect grace time
    REMOVED = "removed"  # a host removed them
    MOVED_TO_LOBBY = "moved_to_lobby"  # a host sent them back to the waiting room
    UNKNOWN = "unknown"  # a reason from a newer service that this client does not know yet (never sent)


class Verdict(StrEnum):
    """Overall pre-call verdict shown as a badge in the clinician's queue."""

    UNKNOWN = "unknown"
    OK = "ok"
    WARNING = "warning"
    FAIL = "fail"


@dataclass(frozen=True, slots=True)
class PrecallSummary:
    """What the patient's pre-call check found, as codes (translated by the clinician's UI)."""

    verdict: Verdict = Verdict.UNKNOWN
    reasons: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class UserInfo:
    """A verified person as the service knows them."""

    user_id: str
    name: str
    role: Role
    verified_by: Verification


@dataclass(frozen=True, slots=True)
class QueueEntry:
    """One waiting patient in a room's lobby, as the room's clinicians see it."""

    participant_id: str
    name: str
    verified_by: Verification
    waiting_since: float  # unix seconds, service clock
    precall: PrecallSummary
    guardian: str | None = None  # a guardian acting for a child: the guardian's verified name


@dataclass(frozen=True, slots=True)
class Participant:
    """One admitted member of a call."""

    participant_id: str
    name: str
    role: Role


@dataclass(frozen=True, slots=True)
class IceServer:
    """One STUN or TURN server handed out on admission (never a public default)."""

    urls: list[str]
    username: str | None = None
    credential: str | None = None


@dataclass(frozen=True, slots=True)
class SignalPayload:
    """An SDP offer/answer, one trickled ICE candidate, a request to offer again (``restart``), or the news
    that the sender's picture is paused to keep the sound (``video_paused``) or goes out again
    (``video_resumed``)."""

    # restart: "my side of our link is gone"; video_paused / video_resumed: no other field
    kind: Literal["offer", "answer", "candidate", "restart", "video_paused", "video_resumed"]
    sdp: str | None = field(default=None, metadata={"max_len": MAX_SDP})
    candidate: str | None = field(default=None, metadata={"max_len": 1024})
    sdp_mid: str | None = field(default=None, metadata={"alias": "sdpMid"})  # a browser's name too
    sdp_mline_index: int | None = field(default=None, metadata={"alias": "sdpMLineIndex"})
