"""HMAC-SHA256 signed, expiring access tokens: ``v2.<header>.<payload>.<signature>`` in base64url.

The header names the key id (``{"kid": ...}``) so keys from configuration can rotate: the service
signs with its first key and verifies with any of them (``server.identity.signing_keys``).
"""

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
from server.identity.signing_keys import SigningKeys

_PREFIX = "v2"


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
    """Issues tokens with the signing key, verifies with any configured key; ``clock`` for tests."""

    def __init__(self, keys: SigningKeys, ttl_s: int, clock: Callable[[], float] = time.time) -> None:
        self._kid = keys.signing_kid
        self._keys = {kid: secret.reveal().encode() for kid, secret in keys.keys.items()}
        self._header = _b64(json.dumps({"kid": self._kid}, separators=(",", ":")).encode())
        self.ttl_s = ttl_s
        self._clock = clock

    @staticmethod
    def _sign(key: bytes, header: str, body: str) -> str:
        return _b64(hmac.new(key, f"{_PREFIX}.{header}.{body}".encode(), hashlib.sha256).digest())

    def _key_of(self, header: str) -> bytes:
        try:
            kid = json.loads(_unb64(header))["kid"]
        except (ValueError, KeyError, TypeError):
            raise ProtocolError(ErrorCode.INVALID_TOKEN, "malformed header") from None
        key = self._keys.get(kid) if isinstance(kid, str) else None
        if key is None:
            raise ProtocolError(ErrorCode.INVALID_TOKEN, "unknown key")
        return key

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
        signature = self._sign(self._keys[self._kid], self._header, body)
        return f"{_PREFIX}.{self._header}.{body}.{signature}"

    def verify(self, token: str) -> TokenClaims:
        """Check signature then expiry; raise ``ProtocolError`` (invalid_token / token_expired)."""
        parts = token.split(".")
        if len(parts) != 4 or parts[0] != _PREFIX:
            raise ProtocolError(ErrorCode.INVALID_TOKEN, "malformed token")
        _, header, body, signature = parts
        expected = self._sign(self._key_of(header), header, body)
        if not hmac.compare_digest(expected.encode(), signature.encode()):
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
