"""Protocol v1 REST bodies (login and rooms). Paths are listed in ``docs/protocol.md``."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.errors import ErrorCode
from app.core.protocol.models import Role, UserInfo

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


@dataclass(frozen=True, slots=True)
class CreateRoomRequest:
    """A clinician opens a consultation room."""

    title: str = field(default="", metadata={"max_len": 120})


@dataclass(frozen=True, slots=True)
class RoomInfo:
    """What anyone holding the join code may know about a room."""

    room_id: str
    code: str
    title: str
    host_name: str
    link: str


@dataclass(frozen=True, slots=True)
class ErrorBody:
    """Every REST refusal: a stable code, plus a request id when the caller sent ``X-Request-Id``."""

    code: ErrorCode
    ref: str | None = None
    detail: str = ""
    type: str = "error"
