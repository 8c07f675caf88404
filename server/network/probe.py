"""The pre-call UDP probe: a token-gated, rate-limited echo so clients can measure RTT, jitter, loss and rate.

A request is ``b"SP1" + token (24 bytes) + payload``; the answer is ``b"SR1" + receive time (float64,
service monotonic seconds) + payload``, never longer than the request, so the listener cannot amplify.
Packets without a valid, unexpired token (issued by ``GET /v1/preflight/probe``) get no answer at all,
and each source address is limited by a token bucket, so the listener is never an open reflector.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import logging
import secrets
import socket
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

log = logging.getLogger(__name__)

REQUEST_MAGIC = b"SP1"
REPLY_MAGIC = b"SR1"
TOKEN_BYTES = 24  # expiry u32 + nonce 4 + truncated HMAC-SHA256 16
MAX_PACKET = 1500
MIN_PAYLOAD = 8
_MAC_BYTES = 16


class ProbeTokens:
    """Short-lived probe tokens signed with a per-instance key; ``clock`` (unix seconds) is injectable."""

    def __init__(
        self, key: bytes | None = None, ttl_s: int = 60, clock: Callable[[], float] = time.time
    ) -> None:
        self._key = key or secrets.token_bytes(32)
        self.ttl_s = ttl_s
        self._clock = clock

    def _mac(self, head: bytes) -> bytes:
        return hmac.new(self._key, b"probe" + head, hashlib.sha256).digest()[:_MAC_BYTES]

    def issue_raw(self) -> bytes:
        head = struct.pack("!I", int(self._clock()) + self.ttl_s) + secrets.token_bytes(4)
        return head + self._mac(head)

    def issue(self) -> str:
        """A token as base64url text, as handed out over REST."""
        return base64.urlsafe_b64encode(self.issue_raw()).decode("ascii")

    def valid(self, raw: bytes) -> bool:
        """True when ``raw`` is a token we signed that has not expired."""
        if len(raw) != TOKEN_BYTES:
            return False
        head, mac = raw[:8], raw[8:]
        if not hmac.compare_digest(self._mac(head), mac):
            return False
        (expires_at,) = struct.unpack("!I", head[:4])
        return bool(expires_at > self._clock())


@dataclass(slots=True)
class _Bucket:
    tokens: float
    stamp: float


class RateLimiter:
    """A token bucket per source address (packets per second with a burst), with a bounded table."""

    def __init__(
        self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic, max_sources: int = 4096
    ) -> None:
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._max_sources = max_sources
        self._buckets: dict[str, _Bucket] = {}

    def allow(self, source: str) -> bool:
        now = self._clock()
        bucket = self._buckets.get(source)
        if bucket is None:
            if len(self._buckets) >= self._max_sources:
                self._buckets.clear()  # crude but bounded; legitimate probes last seconds
            bucket = self._buckets[source] = _Bucket(float(self.burst), now)
        bucket.tokens = min(float(self.burst), bucket.tokens + (now - bucket.stamp) * self.rate)
        bucket.stamp = now
        if bucket.tokens < 1.0:
            return False
        bucket.tokens -= 1.0
        return True


def answer(packet: bytes, tokens: ProbeTokens, now: float) -> bytes | None:
    """The reply to one datagram, or None when it must be ignored (bad magic, size or token)."""
    header = len(REQUEST_MAGIC) + TOKEN_BYTES
    if len(packet) > MAX_PACKET or len(packet) < header + MIN_PAYLOAD or not packet.startswith(REQUEST_MAGIC):
        return None
    if not tokens.valid(packet[len(REQUEST_MAGIC) : header]):
        return None
    reply = REPLY_MAGIC + struct.pack("!d", now) + packet[header:]
    assert len(reply) <= len(packet)
    return reply


class _EchoProtocol(asyncio.DatagramProtocol):
    def __init__(self, listener: ProbeListener) -> None:
        self._listener = listener
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # Not isinstance-checked: Python 3.11's selector datagram transport is no DatagramTransport subclass.
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[str | int, ...]) -> None:
        self._listener.received(data, addr)

    def error_received(self, exc: Exception) -> None:
        log.debug("probe socket error %s", type(exc).__name__)


class ProbeListener:
    """The UDP echo listener of one service instance; ``start`` binds it, ``close`` can be called twice."""

    def __init__(self, tokens: ProbeTokens, rate: float = 800.0, burst: int = 800) -> None:
        self.tokens = tokens
        self.limiter = RateLimiter(rate, burst)
        self.answered = 0
        self.ignored = 0
        self._protocol: _EchoProtocol | None = None

    async def start(self, host: str, port: int) -> None:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        loop = asyncio.get_running_loop()
        _, protocol = await loop.create_datagram_endpoint(
            lambda: _EchoProtocol(self), local_addr=(host, port), family=family
        )
        self._protocol = protocol
        log.info("probe listening port=%d", self.port)

    @property
    def port(self) -> int:
        if self._protocol is None or self._protocol.transport is None:
            return 0
        return int(self._protocol.transport.get_extra_info("sockname")[1])

    def received(self, data: bytes, addr: tuple[str | int, ...]) -> None:
        reply = answer(data, self.tokens, time.monotonic())
        if reply is None or not self.limiter.allow(str(addr[0])):
            self.ignored += 1
            return
        if self._protocol is not None and self._protocol.transport is not None:
            self.answered += 1
            self._protocol.transport.sendto(reply, addr)

    def close(self) -> None:
        if self._protocol is not None and self._protocol.transport is not None:
            self._protocol.transport.close()
        self._protocol = None
