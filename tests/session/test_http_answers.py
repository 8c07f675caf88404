"""A newer service's REST refusals: a code this client does not know is ``unknown``, not ``internal``."""

from __future__ import annotations

import httpx

from app.core.errors import ErrorCode
from app.session.http_answers import refusal


def test_a_known_code_is_read_with_its_detail() -> None:
    response = httpx.Response(429, json={"code": "rate_limited", "detail": "slow down"})
    assert refusal(response) == (ErrorCode.RATE_LIMITED, "slow down")


def test_a_code_from_a_newer_service_is_unknown() -> None:
    response = httpx.Response(409, json={"code": "quota_exceeded", "detail": ""})
    assert refusal(response) == (ErrorCode.UNKNOWN, "")


def test_an_unreadable_body_is_internal() -> None:
    assert refusal(httpx.Response(502, content=b"<html>bad gateway"))[0] is ErrorCode.INTERNAL
    assert refusal(httpx.Response(400, content=b"[" * 1500 + b"]" * 1500))[0] is ErrorCode.INTERNAL
