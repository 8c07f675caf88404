"""Stable machine error codes shared by the service and the client; the UI turns them into words."""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    """Every coded refusal the service can give; values are part of protocol v1 and never change."""

    BAD_JSON = "bad_json"
    BAD_MESSAGE = "bad_message"
    UNKNOWN_TYPE = "unknown_type"
    UNSUPPORTED_VERSION = "unsupported_version"
    TOO_LARGE = "too_large"
    RATE_LIMITED = "rate_limited"
    UNAUTHENTICATED = "unauthenticated"
    INVALID_TOKEN = "invalid_token"
    TOKEN_EXPIRED = "token_expired"
    FORBIDDEN = "forbidden"
    DEV_MODE_ONLY = "dev_mode_only"
    NOT_FOUND = "not_found"
    ROOM_CLOSED = "room_closed"
    ADDRESS_TAKEN = "address_taken"  # another clinician's standing room has that address
    NOT_IN_LOBBY = "not_in_lobby"
    NOT_ADMITTED = "not_admitted"
    ALREADY_JOINED = "already_joined"
    UNKNOWN_PARTICIPANT = "unknown_participant"
    INTERNAL = "internal"
    SERVICE_UNAVAILABLE = "service_unavailable"  # the database or Redis is away: try again shortly
    IDENTITY_REJECTED = "identity_rejected"  # an ID token or login failed verification
    ASSURANCE_TOO_LOW = "assurance_too_low"  # the identity's assurance level is below the configured one
    PROVIDER_UNAVAILABLE = "provider_unavailable"  # BankID or the OpenID provider could not be used
    LOGIN_FAILED = "login_failed"  # a BankID login ended without an identity (the message code says why)
    ROOM_FULL = "room_full"  # the room type's participant limit is reached
    NEEDS_SFU = "needs_sfu"  # more than four media participants need the SFU (a p2p room, or no SFU here)
    SFU_UNAVAILABLE = "sfu_unavailable"  # the media server (Janus) cannot be reached
    NOT_PUBLISHING = "not_publishing"  # a subscription to a feed nobody publishes
    HARD_MUTED = "hard_muted"  # the host has muted you until they allow it
    BANNED = "banned"  # the host removed you from this room
    PIN_REQUIRED = "pin_required"
    WRONG_PIN = "wrong_pin"
    CODE_INVALID = "code_invalid"  # an e-mail sign-in code that is wrong, used already or expired
    CONSENT_REQUIRED = "consent_required"  # the deployment asks for consent before knocking
    # Client-side outcomes (never sent by the service, but translated the same way).
    SERVICE_UNREACHABLE = "service_unreachable"
    CONNECTION_LOST = "connection_lost"
    MEDIA_FAILED = "media_failed"
    KEYRING_UNAVAILABLE = "keyring_unavailable"  # no OS keyring: the login cannot be remembered
    LOGIN_CANCELLED = "login_cancelled"  # the user closed the browser login or it timed out
    UNKNOWN = "unknown"  # a code from a newer service that this client does not know yet


class ProtocolError(Exception):
    """A message could not be accepted; carries the code to send back and the request id if known."""

    def __init__(self, code: ErrorCode, detail: str = "", ref: str | None = None) -> None:
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
        self.code = code
        self.detail = detail
        self.ref = ref
