"""Unit tests of tokens, the rate limiter, settings secrets and join codes."""

from __future__ import annotations

import pytest

from app.core.errors import ErrorCode, ProtocolError
from server.identity.tokens import TokenService
from server.settings import Secret, ServiceSettings, SigningKeys
from server.signaling.ratelimit import TokenBucket
from server.store.repository import CODE_ALPHABET, format_code, new_join_code, normalize_code


class Clock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_token_round_trip_and_expiry() -> None:
    clock = Clock()
    tokens = TokenService(SigningKeys.parse("k1:" + "k" * 32), ttl_s=60, clock=clock)
    token = tokens.issue("u_1")
    claims = tokens.verify(token)
    assert (claims.user_id, claims.expires_at) == ("u_1", 1060)
    clock.now = 1060
    with pytest.raises(ProtocolError) as refusal:
        tokens.verify(token)
    assert refusal.value.code is ErrorCode.TOKEN_EXPIRED


@pytest.mark.parametrize(
    "mangle", ["other_secret", "flip_payload", "drop_part", "garbage", "non_ascii", "unknown_kid"]
)
def test_token_rejections_are_invalid_token(mangle: str) -> None:
    tokens = TokenService(SigningKeys.parse("k1:" + "k" * 32), ttl_s=60, clock=Clock())
    token = tokens.issue("u_1")
    version, head, body, sig = token.split(".")
    forged = {
        "other_secret": TokenService(SigningKeys.parse("k1:" + "x" * 32), ttl_s=60, clock=Clock()).issue(
            "u_1"
        ),
        "flip_payload": f"{version}.{head}.{body[:-2]}{'A' if body[-2] != 'A' else 'B'}{body[-1]}.{sig}",
        "drop_part": f"{version}.{head}.{body}",
        "garbage": "not a token",
        "non_ascii": f"{version}.{head}.{body}.ø{sig[1:]}",
        "unknown_kid": f"{version}.eyJraWQiOiJub3BlIn0.{body}.{sig}",
    }[mangle]
    with pytest.raises(ProtocolError) as refusal:
        tokens.verify(forged)
    assert refusal.value.code is ErrorCode.INVALID_TOKEN


def test_token_bucket_allows_burst_then_rate() -> None:
    clock = Clock(0.0)
    bucket = TokenBucket(rate=10, burst=5, clock=clock)
    assert [bucket.take() for _ in range(6)] == [True] * 5 + [False]
    clock.now = 0.25  # 2.5 tokens back
    assert [bucket.take() for _ in range(3)] == [True, True, False]
    clock.now = 100.0  # never more than the burst
    assert sum(bucket.take() for _ in range(10)) == 5


def test_secret_is_masked_everywhere() -> None:
    secret = Secret("hunter2-very-secret")
    settings = ServiceSettings(token_keys=SigningKeys("k1", {"k1": secret}))
    for text in (repr(secret), str(secret), repr(settings), f"{secret}"):
        assert "hunter2" not in text
    assert secret.reveal() == "hunter2-very-secret"
    assert Secret.generate() != Secret.generate()


def test_default_settings_hand_out_no_public_stun() -> None:
    settings = ServiceSettings()
    assert settings.ice_servers == []
    assert (settings.host, settings.dev_mode, settings.token_ttl_s) == ("127.0.0.1", False, 900)


def test_join_codes() -> None:
    code = new_join_code()
    assert len(code) == 8
    assert set(code) <= set(CODE_ALPHABET)
    assert not set("IO01") & set(CODE_ALPHABET)
    shown = format_code(code)
    assert shown[4] == "-"
    assert normalize_code(shown.lower()) == code
    assert normalize_code(f" {code} ") == code
    for bad in ("", "ABCD-EFG", "ABCD-EFGHJ", "ABCD-EFG0", "ABCD EFGH!"):
        assert normalize_code(bad) is None
