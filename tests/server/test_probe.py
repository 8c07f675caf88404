"""The UDP probe: only valid, unexpired tokens get an echo, never a bigger one; sources are rate-limited."""

from __future__ import annotations

import asyncio
import base64
import socket
import struct

import httpx
import pytest

from server.embedded import start_embedded_service
from server.network.probe import REPLY_MAGIC, REQUEST_MAGIC, ProbeTokens, RateLimiter, answer
from server.settings import ServiceSettings
from tests.support.service import login

pytestmark = pytest.mark.timeout(30)


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def packet(token: bytes, payload: bytes = b"12345678" * 4) -> bytes:
    return REQUEST_MAGIC + token + payload


def test_valid_token_is_echoed_with_no_more_bytes() -> None:
    tokens = ProbeTokens(clock=Clock())
    request = packet(tokens.issue_raw(), b"x" * 1000)
    reply = answer(request, tokens, now=12.5)
    assert reply is not None
    assert reply.startswith(REPLY_MAGIC)
    assert struct.unpack_from("!d", reply, 3)[0] == 12.5
    assert reply.endswith(b"x" * 1000)
    assert len(reply) <= len(request)


def test_expired_forged_and_malformed_packets_get_no_answer() -> None:
    clock = Clock()
    tokens = ProbeTokens(ttl_s=60, clock=clock)
    token = tokens.issue_raw()
    forged = bytearray(token)
    forged[-1] ^= 1
    other_key = ProbeTokens(clock=clock).issue_raw()
    assert answer(packet(bytes(forged)), tokens, 0.0) is None
    assert answer(packet(other_key), tokens, 0.0) is None
    assert answer(b"XX1" + token + b"12345678", tokens, 0.0) is None
    assert answer(packet(token, b""), tokens, 0.0) is None  # too short to carry a payload
    assert answer(packet(token, b"y" * 1600), tokens, 0.0) is None  # over the size limit
    assert answer(packet(token), tokens, 0.0) is not None
    clock.now += 61
    assert answer(packet(token), tokens, 0.0) is None


def test_rate_limit_per_source() -> None:
    clock = Clock(0.0)
    limiter = RateLimiter(rate=10, burst=5, clock=clock)
    assert [limiter.allow("a") for _ in range(7)] == [True] * 5 + [False] * 2
    assert limiter.allow("b")
    clock.now += 0.5  # 5 tokens back
    assert [limiter.allow("a") for _ in range(6)] == [True] * 5 + [False]


async def _exchange(host: str, port: int, data: bytes, wait: float = 0.3) -> list[bytes]:
    loop = asyncio.get_running_loop()
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setblocking(False)
    sock.connect((host, port))
    got = []
    try:
        await loop.sock_sendall(sock, data)
        async with asyncio.timeout(wait):
            while True:
                got.append(await loop.sock_recv(sock, 2048))
    except TimeoutError:
        pass
    finally:
        sock.close()
    return got


async def test_probe_endpoint_needs_login_and_only_token_holders_get_echoes() -> None:
    with start_embedded_service(ServiceSettings(dev_mode=True)) as service:
        url = f"{service.url}/v1/preflight/probe"
        async with httpx.AsyncClient() as http:
            assert (await http.get(url)).status_code == 401
            assert (await http.get(url, headers={"Authorization": "Bearer x"})).status_code == 401
            token = login(service.url, "Pat Probe", "patient")
            info = (await http.get(url, headers={"Authorization": f"Bearer {token}"})).json()
        assert info["host"] == "127.0.0.1"
        assert info["port"] > 0
        assert info["expires_in"] == 60
        raw = base64.urlsafe_b64decode(info["token"])
        assert await _exchange(info["host"], info["port"], packet(raw)) != []
        assert await _exchange(info["host"], info["port"], packet(bytes(24))) == []
        assert await _exchange(info["host"], info["port"], b"hello") == []
