"""HMAC-SHA256 signed, expiring access tokens: ``v1.<payload>.<signature>`` in base64url."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.core.errors import ErrorCode, ProtocolError
from server.settings import Secret

_PREFIX = "v1"


@dataclass(frozen=True, slots=True)
class TokenClaims:
    """What a valid token says: whose it is and until when it is valid (unix seconds)."""

    user_id: str
    expires_at: int
    session: str | None = None  # the refresh family (one login) it was issued to; None: test logins


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class TokenService:
    """Issues and verifies tokens with one secret; ``clock`` is injectable for tests."""

    def __init__(self, secret: Secret, ttl_s: int, clock: Callable[[], float] = time.time) -> None:
        self._key = secret.reveal().encode()
        self.ttl_s = ttl_s
        self._clock = clock

    def _sign(self, body: str) -> str:
        return _b64(hmac.new(self._key, f"{_PREFIX}.{body}".encode(), hashlib.sha256).digest())

    def issue(self, user_id: str, session: str | None = None) -> str:
        """A token for ``user_id`` valid for ``ttl_s`` seconds from now (of login ``session``)."""
        payload: dict[str, str | int] = {
            "sub": user_id,
            "exp": int(self._clock()) + self.ttl_s,
            "jti": secrets.token_urlsafe(8),
        }
        if session is not None:
            payload["sid"] = session
        body = _b64(json.dumps(payload, separators=(",", ":")).encode())
        return f"{_PREFIX}.{body}.{self._sign(body)}"

    def verify(self, token: str) -> TokenClaims:
        """Check signature then expiry; raise ``ProtocolError`` (invalid_token / token_expired)."""
        parts = token.split(".")
        if len(parts) != 3 or parts[0] != _PREFIX:
            raise ProtocolError(ErrorCode.INVALID_TOKEN, "malformed token")
        _, body, signature = parts
        if not hmac.compare_digest(self._sign(body).encode(), signature.encode()):
            raise ProtocolError(ErrorCode.INVALID_TOKEN, "bad signature")
        try:
            payload = json.loads(_unb64(body))
            user_id, expires_at = payload["sub"], payload["exp"]
        except (ValueError, KeyError, TypeError):
            raise ProtocolError(ErrorCode.INVALID_TOKEN, "malformed payload") from None
        session = payload.get("sid")
        if (
            not isinstance(user_id, str)
            or not isinstance(expires_at, int)
            or not isinstance(session, str | None)
        ):
            raise ProtocolError(ErrorCode.INVALID_TOKEN, "malformed payload")
        if expires_at <= self._clock():
            raise ProtocolError(ErrorCode.TOKEN_EXPIRED, "token expired")
        return TokenClaims(user_id=user_id, expires_at=expires_at, session=session)
