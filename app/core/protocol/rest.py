"""Protocol v1 REST bodies (login and rooms). Paths are listed in ``docs/protocol.md``."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from app.core.errors import ErrorCode
from app.core.protocol.models import BankIdMessage, IceServer, Role, UserInfo
from app.core.room_types import MediaRoute, RoomType

API_PREFIX = "/v1"


@dataclass(frozen=True, slots=True)
class TestLoginRequest:
    """Dev-mode only: log in as a named test person (never a real identity)."""

    name: str = field(metadata={"max_len": 80})
    role: Role


@dataclass(frozen=True, slots=True)
class LoginResponse:
    """A short-lived bearer token for REST and the WebSocket ``hello``."""

    access_token: str = field(metadata={"max_len": 4096})
    expires_in: int
    user: UserInfo
    # Rotating; the client keeps it only in the OS keyring. Absent for the test identity.
    refresh_token: str | None = field(default=None, repr=False, metadata={"max_len": 512})


@dataclass(frozen=True, slots=True)
class CreateRoomRequest:
    """A clinician opens a consultation room."""

    title: str = field(default="", metadata={"max_len": 120})
    room_type: RoomType = RoomType.PERSONAL
    host_pin: str | None = field(default=None, metadata={"max_len": 32})
    guest_pin: str | None = field(default=None, metadata={"max_len": 32})


@dataclass(frozen=True, slots=True)
class RoomInfo:
    """What anyone holding the join code may know about a room.

    ``address``: the address a clinician chose for their standing personal room (then ``link``
    ends with it); ``None`` for other rooms, reached by their code.
    """

    room_id: str
    code: str
    title: str
    host_name: str
    link: str
    room_type: RoomType = RoomType.PERSONAL
    guest_pin_required: bool = False
    address: str | None = None


@dataclass(frozen=True, slots=True)
class RoomTypeInfo:
    """One room type this service can hold, with its participant limits and how its media travels."""

    type: RoomType
    min: int
    max: int
    media: MediaRoute


@dataclass(frozen=True, slots=True)
class RoomTypes:
    """``GET /v1/room-types``: the room types a clinician may create here (a service without a media
    server lists only the peer-to-peer ones)."""

    room_types: list[RoomTypeInfo]


@dataclass(frozen=True, slots=True)
class StandingRoomRequest:
    """A clinician keeps one standing personal room at an address they choose (``PUT /v1/me/room``)."""

    address: str = field(metadata={"max_len": 64})
    title: str = field(default="", metadata={"max_len": 120})


@dataclass(frozen=True, slots=True)
class RoomSummary:
    """One of a clinician's open rooms as their list shows it: how to reach it and who is there."""

    room: RoomInfo
    standing: bool
    waiting: int  # patients in the lobby now
    in_call: int  # people in the call now


@dataclass(frozen=True, slots=True)
class RoomList:
    """The clinician's open rooms (``GET /v1/rooms``), the standing room first, then newest first."""

    rooms: list[RoomSummary]


@dataclass(frozen=True, slots=True)
class ErrorBody:
    """Every REST refusal: a stable code, plus a request id when the caller sent ``X-Request-Id``."""

    code: ErrorCode
    ref: str | None = None
    detail: str = ""
    type: str = "error"


class BankIdStatus(StrEnum):
    """Where a BankID login stands, as the desktop sees it."""

    PENDING = "pending"
    COMPLETE = "complete"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class BankIdStartResponse:
    """A BankID login was started; poll it by ``login_id`` (the order reference stays in the service)."""

    login_id: str
    auto_start_token: str


@dataclass(frozen=True, slots=True)
class BankIdLoginState:
    """One poll of a BankID login: the QR to draw now and BankID's message code, or the login."""

    status: BankIdStatus
    message: BankIdMessage
    qr: str | None = field(default=None, metadata={"max_len": 512})
    login: LoginResponse | None = None


@dataclass(frozen=True, slots=True)
class OidcProviderInfo:
    """An OpenID provider the desktop may use (authorization code + PKCE, loopback redirect)."""

    provider_id: str
    issuer: str
    client_id: str
    scopes: list[str]
    acr_values: list[str] = field(default_factory=list)  # requested in the authorization request
    # What the sign-in button calls it, per language ("en", "nb", "sv"); empty: the provider_id.
    display_name: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AuthProviders:
    """Which ways of logging in this deployment offers (``GET /v1/auth/providers``)."""

    bankid_se: bool
    oidc: list[OidcProviderInfo]
    test: bool = False
    email: bool = False  # a one-time code by e-mail (a lower assurance level, for people without an e-ID)


@dataclass(frozen=True, slots=True)
class ConsentInfo:
    """The consent a deployment asks for before knocking (``GET /v1/consent``); not ``required``: none."""

    required: bool
    texts: dict[str, str] = field(default_factory=dict)  # language (nb, sv, en) → the text
    version: str | None = None  # what the audit log records with the time of consent


@dataclass(frozen=True, slots=True)
class EmailCodeRequest:
    """Send a one-time sign-in code to ``address`` (``POST /v1/auth/email``); the name is self-declared."""

    address: str = field(repr=False, metadata={"max_len": 254})
    name: str = field(repr=False, metadata={"max_len": 120})
    language: str = field(default="en", metadata={"max_len": 8})  # of the e-mail: nb, sv or en


@dataclass(frozen=True, slots=True)
class EmailLoginRequest:
    """The code the person received (``POST /v1/auth/email/verify``)."""

    address: str = field(repr=False, metadata={"max_len": 254})
    code: str = field(repr=False, metadata={"max_len": 16})


@dataclass(frozen=True, slots=True)
class OidcLoginRequest:
    """The ID token the desktop obtained, with the nonce it sent; the service verifies both."""

    provider_id: str
    id_token: str = field(repr=False, metadata={"max_len": 16384})
    nonce: str = field(repr=False, metadata={"max_len": 256})


@dataclass(frozen=True, slots=True)
class RefreshRequest:
    """Exchange a refresh token for a new access token and a new refresh token (or log out)."""

    refresh_token: str = field(repr=False, metadata={"max_len": 512})


@dataclass(frozen=True, slots=True)
class ActForRequest:
    """A logged-in guardian asks to act for a child under 16 (``POST /v1/auth/act-for``, bearer token)."""

    national_id: str = field(repr=False, metadata={"max_len": 16})  # the child's


@dataclass(frozen=True, slots=True)
class TurnCredentialsResponse:
    """TURN (and configured STUN) servers with time-limited credentials, for the pre-call check."""

    ice_servers: list[IceServer]
    expires_in: int


@dataclass(frozen=True, slots=True)
class ProbeInfo:
    """Where and with which short-lived token to send the pre-call UDP probe."""

    host: str
    port: int
    token: str
    expires_in: int


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One host action in a room's audit log: opaque ids and roles, never names or content."""

    at: float
    action: str  # admit, deny, send_to_lobby, moderate, kick, lock, unlock, end_call, ...
    actor_user_id: str
    actor_role: Role
    target_user_id: str | None = None
    target_role: Role | None = None
    target_participant_id: str | None = None
    detail: str = ""  # e.g. "ban", "audio=hard_mute", "auto" (a sensitive room locking itself)


@dataclass(frozen=True, slots=True)
class AuditLog:
    """A room's audit log for the patient record (``GET /v1/rooms/{room_id}/audit``), oldest first."""

    room_id: str
    entries: list[AuditEntry]


@dataclass(frozen=True, slots=True)
class ClientVersions:
    """``GET /v1/client``: the oldest client version the deployment supports, the newest available,
    and where to download it (versions are numbers like ``1.2.3``; ``app.core.client_version``)."""

    oldest_supported: str = field(metadata={"max_len": 16})
    newest: str = field(metadata={"max_len": 16})
    download_url: str | None = field(default=None, metadata={"max_len": 512})
