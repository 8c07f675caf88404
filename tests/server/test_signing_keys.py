"""Signing keys from configuration: a key id in every token, several keys accepted, rotation."""

from __future__ import annotations

import base64
import json

import pytest

from app.core.errors import ErrorCode, ProtocolError
from server.identity.signing_keys import SigningKeys
from server.identity.tokens import TokenService

OLD = "old-2026-11:" + "o" * 40
NEW = "new-2026-12:" + "n" * 40


def _header(token: str) -> dict[str, str]:
    part = token.split(".")[1]
    return dict(json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))))


def test_the_first_key_signs_and_its_kid_is_in_the_token_header() -> None:
    keys = SigningKeys.parse(f"{NEW}\n{OLD}  # the old one until its tokens expire\n")
    assert keys.signing_kid == "new-2026-12"
    assert sorted(keys.keys) == ["new-2026-12", "old-2026-11"]
    token = TokenService(keys, ttl_s=60).issue("u_1")
    assert _header(token)["kid"] == "new-2026-12"


def test_rotation_keeps_tokens_of_the_old_key_valid_until_it_is_removed() -> None:
    before = TokenService(SigningKeys.parse(OLD), ttl_s=60)
    token = before.issue("u_1")
    rotated = TokenService(SigningKeys.parse(f"{NEW} {OLD}"), ttl_s=60)
    assert rotated.verify(token).user_id == "u_1"  # nobody is signed out by the rotation
    assert _header(rotated.issue("u_1"))["kid"] == "new-2026-12"
    retired = TokenService(SigningKeys.parse(NEW), ttl_s=60)
    with pytest.raises(ProtocolError) as refusal:
        retired.verify(token)
    assert refusal.value.code is ErrorCode.INVALID_TOKEN


def test_another_instance_with_the_same_keys_accepts_the_token() -> None:
    token = TokenService(SigningKeys.parse(OLD), ttl_s=60).issue("u_1")
    assert TokenService(SigningKeys.parse(OLD), ttl_s=60).verify(token).user_id == "u_1"


def test_same_kid_with_another_secret_is_refused() -> None:
    token = TokenService(SigningKeys.parse(OLD), ttl_s=60).issue("u_1")
    other = TokenService(SigningKeys.parse("old-2026-11:" + "x" * 40), ttl_s=60)
    with pytest.raises(ProtocolError) as refusal:
        other.verify(token)
    assert refusal.value.code is ErrorCode.INVALID_TOKEN


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "no signing keys"),
        ("# nothing\n", "no signing keys"),
        ("nokid" + "a" * 40, "kid:secret"),
        ("k:short", "shorter than 32"),
        (f"{OLD} {OLD}", "given twice"),
        ("bad!kid:" + "a" * 40, "kid:secret"),
    ],
)
def test_bad_key_text_is_refused(text: str, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        SigningKeys.parse(text)


def test_keys_never_show_in_their_repr() -> None:
    keys = SigningKeys.parse(f"{NEW} {OLD}")
    assert "nnnn" not in repr(keys) and "oooo" not in repr(keys)
    assert "new-2026-12" in repr(keys)
