"""Refresh-token families in the store: rotation, reuse revokes the family, expiry, pruning, restarts."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import ErrorCode, ProtocolError
from server.identity.refresh import RefreshTokens
from server.store import Repository


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def repo(url: str = "sqlite://") -> Repository:
    r = Repository(url)
    r.create_tables()
    return r


def test_rotation_and_reuse() -> None:
    tokens = RefreshTokens(repo(), ttl_s=60)
    first = tokens.issue("u_1")
    second = tokens.rotate(first)
    assert (second.user_id, second.actor_user_id) == ("u_1", None) and second.token != first
    third = tokens.rotate(second.token)
    with pytest.raises(ProtocolError) as reused:
        tokens.rotate(first)
    assert reused.value.code is ErrorCode.INVALID_TOKEN
    with pytest.raises(ProtocolError):
        tokens.rotate(third.token)  # the family is revoked


def test_expiry_logout_and_pruning() -> None:
    clock, store = Clock(), repo()
    tokens = RefreshTokens(store, ttl_s=60, clock=clock)
    old = tokens.issue("u_1", actor_user_id="u_guardian")
    assert tokens.rotate(old).actor_user_id == "u_guardian"
    other = tokens.issue("u_2")
    tokens.revoke(other)
    with pytest.raises(ProtocolError):
        tokens.rotate(other)
    tokens.revoke("rt.unknown")  # ignored
    clock.now += 61
    expiring = tokens.issue("u_3")  # prunes the two expired families
    with pytest.raises(ProtocolError) as gone:
        tokens.rotate(old)
    assert gone.value.code is ErrorCode.INVALID_TOKEN
    clock.now += 61
    with pytest.raises(ProtocolError) as expired:
        tokens.rotate(expiring)
    assert expired.value.code is ErrorCode.TOKEN_EXPIRED


def test_families_survive_a_new_repository_on_the_same_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    first = repo(url)
    token = RefreshTokens(first, ttl_s=60).issue("u_1")
    first.dispose()
    again = repo(url)
    assert RefreshTokens(again, ttl_s=60).rotate(token).user_id == "u_1"
    again.dispose()
