"""The client side of the UDP probe: media-like packets, then a paced burst, echoed by the service.

Wire format (see ``server/network/probe.py``): we send ``b"SP1" + token + payload`` and get back
``b"SR1" + service receive time (float64) + payload``; our payload is ``phase (1) + seq (u32) +
send time (float64)`` padded to the packet size.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import socket
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import cast

from app.preflight.net_stats import Sample

REQUEST_MAGIC = b"SP1"
REPLY_MAGIC = b"SR1"
_PAYLOAD = struct.Struct("!BId")  # phase, sequence number, send time
MEDIA, BURST = 0, 1


@dataclass(frozen=True, slots=True)
class ProbePlan:
    """How much to send: ~400 kbit/s of 1000-byte packets like a video call, then a short paced burst."""

    media_pps: float = 50.0
    media_s: float = 2.0
    media_size: int = 1000
    blocked_after_s: float = 1.0  # no echo at all by then: UDP is blocked
    burst_kbps: float = 8000.0
    burst_s: float = 0.3
    burst_size: int = 1200
    drain_s: float = 0.8  # how long to wait for late echoes after each phase


@dataclass(slots=True)
class ProbeTrace:
    """What one probe run saw; ``blocked`` when not a single echo came back."""

    media: list[Sample] = field(default_factory=list)
    burst: list[Sample] = field(default_factory=list)
    blocked: bool = False


class _Receiver(asyncio.DatagramProtocol):
    def __init__(self, on_reply: Callable[[bytes, float], None], clock: Callable[[], float]) -> None:
        self._on_reply = on_reply
        self._clock = clock
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # Python 3.11's selector datagram transport is not a DatagramTransport subclass (3.12's is),
        # so no isinstance check here: the .deb runs on 3.11 (tests/packaging caught it).
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[str | int, ...]) -> None:
        self._on_reply(data, self._clock())

    def error_received(self, exc: Exception) -> None:  # ICMP unreachable: treated as loss
        pass


class UdpProbe:
    """Runs one probe against ``host:port`` with a token from ``GET /v1/preflight/probe``."""

    def __init__(
        self,
        host: str,
        port: int,
        token: str,
        plan: ProbePlan | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.host = host
        self.port = port
        self._token = base64.urlsafe_b64decode(token.encode("ascii"))
        self.plan = plan or ProbePlan()
        self._clock = clock
        self._sent: dict[tuple[int, int], Sample] = {}
        self._replies: dict[tuple[int, int], tuple[float, float]] = {}
        self._first_reply = asyncio.Event()

    def _on_reply(self, data: bytes, now: float) -> None:
        if not data.startswith(REPLY_MAGIC) or len(data) < len(REPLY_MAGIC) + 8 + _PAYLOAD.size:
            return
        (echoed,) = struct.unpack_from("!d", data, len(REPLY_MAGIC))
        phase, seq, _ = _PAYLOAD.unpack_from(data, len(REPLY_MAGIC) + 8)
        if (phase, seq) in self._sent and (phase, seq) not in self._replies:
            self._replies[(phase, seq)] = (now, echoed)
            self._first_reply.set()

    def _send(self, transport: asyncio.DatagramTransport, phase: int, seq: int, size: int) -> None:
        now = self._clock()
        head = REQUEST_MAGIC + self._token + _PAYLOAD.pack(phase, seq, now)
        transport.sendto(head + bytes(max(0, size - len(head))))
        self._sent[(phase, seq)] = Sample(seq=seq, sent=now, size=max(size, len(head)))

    async def _paced(
        self, transport: asyncio.DatagramTransport, phase: int, pps: float, seconds: float, size: int
    ) -> bool:
        """Send ``pps`` packets/s for ``seconds``; False if stopped early because nothing came back."""
        start = self._clock()
        count = int(pps * seconds)
        for seq in range(count):
            due = start + seq / pps
            delay = due - self._clock()
            if delay > 0:
                await asyncio.sleep(delay)
            self._send(transport, phase, seq, size)
            if (
                phase == MEDIA
                and not self._first_reply.is_set()
                and self._clock() - start > self.plan.blocked_after_s
            ):
                return False
        return True

    async def _drain(self, phase: int) -> None:
        deadline = self._clock() + self.plan.drain_s
        while self._clock() < deadline:
            pending = [k for k in self._sent if k[0] == phase and k not in self._replies]
            if not pending:
                return
            await asyncio.sleep(0.02)

    def _samples(self, phase: int) -> list[Sample]:
        out = []
        for (p, seq), sample in sorted(self._sent.items()):
            if p != phase:
                continue
            reply = self._replies.get((p, seq))
            if reply is not None:
                sample = Sample(seq, sample.sent, sample.size, received=reply[0], echoed=reply[1])
            out.append(sample)
        return out

    async def run(self) -> ProbeTrace:
        """Media phase (stops early when UDP is blocked), then the burst; sockets closed on return."""
        loop = asyncio.get_running_loop()
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        transport, _ = await loop.create_datagram_endpoint(
            lambda: _Receiver(self._on_reply, self._clock), remote_addr=(self.host, self.port), family=family
        )
        try:
            plan = self.plan
            if not await self._paced(transport, MEDIA, plan.media_pps, plan.media_s, plan.media_size):
                return ProbeTrace(media=self._samples(MEDIA), blocked=True)
            await self._drain(MEDIA)
            if not self._first_reply.is_set():
                return ProbeTrace(media=self._samples(MEDIA), blocked=True)
            burst_pps = plan.burst_kbps * 1000 / 8 / plan.burst_size
            await self._paced(transport, BURST, burst_pps, plan.burst_s, plan.burst_size)
            await self._drain(BURST)
            return ProbeTrace(media=self._samples(MEDIA), burst=self._samples(BURST))
        finally:
            with contextlib.suppress(Exception):
                transport.close()
