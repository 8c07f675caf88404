"""Rotating refresh tokens: each use returns a new one; reusing an old one revokes the whole family."""

from __future__ import annotations

import hashlib
import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.core.errors import ErrorCode, ProtocolError

log = logging.getLogger(__name__)


@dataclass(slots=True)
class _Family:
    user_id: str
    expires_at: float
    current: str  # hash of the one token of this family that may still be used
    revoked: bool = False


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class RefreshTokens:
    """In-memory families of refresh tokens (stored as hashes only); ``clock`` is injectable."""

    def __init__(self, ttl_s: int, clock: Callable[[], float] = time.time) -> None:
        self._ttl_s = ttl_s
        self._clock = clock
        self._families: dict[str, _Family] = {}
        self._by_hash: dict[str, str] = {}  # every token ever issued → its family id
        self._lock = threading.Lock()

    def issue(self, user_id: str) -> str:
        """A new family with its first token."""
        family_id = secrets.token_urlsafe(12)
        token = f"rt.{secrets.token_urlsafe(32)}"
        with self._lock:
            self._families[family_id] = _Family(user_id, self._clock() + self._ttl_s, _hash(token))
            self._by_hash[_hash(token)] = family_id
        return token

    def rotate(self, token: str) -> tuple[str, str]:
        """``(user_id, new token)``; a reused (already rotated) token revokes its family."""
        digest = _hash(token)
        with self._lock:
            family_id = self._by_hash.get(digest)
            family = self._families.get(family_id) if family_id is not None else None
            if family is None or family.revoked:
                raise ProtocolError(ErrorCode.INVALID_TOKEN, "unknown refresh token")
            if family.expires_at <= self._clock():
                family.revoked = True
                raise ProtocolError(ErrorCode.TOKEN_EXPIRED, "refresh token expired")
            if family.current != digest:
                family.revoked = True
                log.warning("refresh token reused: family revoked")
                raise ProtocolError(ErrorCode.INVALID_TOKEN, "refresh token reused")
            new = f"rt.{secrets.token_urlsafe(32)}"
            family.current = _hash(new)
            self._by_hash[family.current] = family_id  # type: ignore[assignment]
            return family.user_id, new

    def revoke(self, token: str) -> None:
        """Log out: the token's family can no longer be used (unknown tokens are ignored)."""
        with self._lock:
            family_id = self._by_hash.get(_hash(token))
            if family_id is not None and family_id in self._families:
                self._families[family_id].revoked = True
