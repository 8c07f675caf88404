"""Whether a TURN relay works: gather relay-only ICE candidates through one TURN URL with aiortc.

aiortc yields no relay candidate — silently — when the credential is wrong or expired or the server
is unreachable, so the answer is simply whether a ``typ relay`` candidate appeared in the offer.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from aiortc import RTCConfiguration, RTCIceServer, RTCPeerConnection
from aiortc.rtcconfiguration import RTCIceTransportPolicy

from app.core.protocol import IceServer

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RelayResult:
    """One TURN URL's outcome: did a relay candidate appear, and how long gathering took."""

    url: str
    ok: bool
    duration_s: float


def transport_of(url: str) -> str:
    """``udp``, ``tcp`` or ``tls`` for a ``turn:``/``turns:`` URL."""
    if url.startswith("turns:"):
        return "tls"
    return "tcp" if "transport=tcp" in url else "udp"


def split_turn_urls(servers: list[IceServer]) -> list[tuple[str, IceServer]]:
    """Each TURN URL on its own (aiortc uses only the first TURN URL of a configuration)."""
    out = []
    for server in servers:
        for url in server.urls:
            if url.startswith(("turn:", "turns:")):
                out.append(
                    (url, IceServer(urls=[url], username=server.username, credential=server.credential))
                )
    return out


async def probe_relay(server: IceServer) -> RelayResult:
    """Gather relay-only candidates through ``server`` (one TURN URL); ``ok`` if a relay candidate came."""
    url = server.urls[0]
    started = time.monotonic()
    config = RTCConfiguration(
        iceServers=[RTCIceServer(urls=server.urls, username=server.username, credential=server.credential)],
        iceTransportPolicy=RTCIceTransportPolicy.RELAY,
    )
    pc = RTCPeerConnection(config)
    ok = False
    try:
        pc.createDataChannel("probe")
        offer = await pc.createOffer()
        # Never cancelled: aioice leaks sockets when cancelled mid-bind, and gives up by itself after 5 s.
        await pc.setLocalDescription(offer)
        ok = pc.localDescription is not None and " typ relay" in pc.localDescription.sdp
    except Exception as exc:  # a relay that cannot be used is a finding, not a crash
        log.info("relay probe failed transport=%s error=%s", transport_of(url), type(exc).__name__)
    finally:
        await pc.close()
    duration = time.monotonic() - started
    log.info("relay probe transport=%s ok=%s %.2fs", transport_of(url), ok, duration)
    return RelayResult(url=url, ok=ok, duration_s=duration)
