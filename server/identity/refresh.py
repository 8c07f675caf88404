"""Rotating refresh tokens: each use returns a new one; reusing an old one revokes the whole family."""

from __future__ import annotations

import hashlib
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.core.errors import ErrorCode, ProtocolError
from server.store import Repository
from server.store.refresh_families import RefreshFamilies

log = logging.getLogger(__name__)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _new_token() -> str:
    return f"rt.{secrets.token_urlsafe(32)}"


@dataclass(frozen=True, slots=True)
class Rotated:
    """Whose family it is (and who acts for them, if a guardian does) and the family's next token."""

    user_id: str
    actor_user_id: str | None
    token: str
    family_id: str


class RefreshTokens:
    """Families kept in the store (hashes only); blocking calls, so run them in a worker thread."""

    def __init__(
        self,
        repo: Repository,
        ttl_s: int,
        clock: Callable[[], float] = time.time,
        on_revoke: Callable[[str], None] = lambda family_id: None,
    ) -> None:
        self._families = RefreshFamilies(repo)
        self._ttl_s = ttl_s
        self._clock = clock
        self._on_revoke = on_revoke  # told each revoked family id (from this worker thread)

    def issue(self, user_id: str, actor_user_id: str | None = None) -> str:
        """A new family with its first token (families long expired are forgotten first)."""
        return self.issue_family(user_id, actor_user_id)[1]

    def issue_family(self, user_id: str, actor_user_id: str | None = None) -> tuple[str, str]:
        """A new family: its id (the access tokens' session) and its first token."""
        self._families.prune(self._clock())
        token = _new_token()
        family_id = secrets.token_urlsafe(12)
        self._families.create(family_id, user_id, actor_user_id, self._clock() + self._ttl_s, _hash(token))
        return family_id, token

    def _revoke(self, family_id: str) -> None:
        self._families.revoke(family_id)
        self._on_revoke(family_id)

    def rotate(self, token: str) -> Rotated:
        """The family's next token; a reused (already rotated) token revokes its family."""
        digest = _hash(token)
        family = self._families.find(digest)
        if family is None or family.revoked:
            raise ProtocolError(ErrorCode.INVALID_TOKEN, "unknown refresh token")
        if family.expires_at <= self._clock():
            self._revoke(family.family_id)
            raise ProtocolError(ErrorCode.TOKEN_EXPIRED, "refresh token expired")
        new = _new_token()
        if family.current_hash != digest or not self._families.advance(family.family_id, digest, _hash(new)):
            self._revoke(family.family_id)
            log.warning("refresh token reused: family revoked")
            raise ProtocolError(ErrorCode.INVALID_TOKEN, "refresh token reused")
        return Rotated(family.user_id, family.actor_user_id, new, family.family_id)

    def revoked_within(self, seconds: float) -> list[str]:
        """The families revoked in the last ``seconds`` (blocking)."""
        return self._families.revoked_since(time.time() - seconds)

    def revoke(self, token: str) -> None:
        """Log out: the token's family can no longer be used (unknown tokens are ignored)."""
        family = self._families.find(_hash(token))
        if family is not None:
            self._revoke(family.family_id)
