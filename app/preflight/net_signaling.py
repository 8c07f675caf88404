"""Reachability and round trip of the service's signaling path: HTTP health and a WebSocket open.

Also fetches what the rest of the network check needs from the service with the person's token:
the UDP probe's address and token, and TURN servers with fresh credentials. Written here with
httpx and websockets directly because ``app.preflight`` may not import ``app.session``.
"""

from __future__ import annotations

import asyncio
import logging
import statistics
import time
from dataclasses import dataclass

import httpx
import websockets

from app.core.protocol import IceServer, from_json
from app.core.protocol.rest import ProbeInfo, TurnCredentialsResponse

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SignalingResult:
    """``reachable`` when health answered; times in ms (None when that part failed).

    ``ws_rtt_ms`` (median of WebSocket ping → pong on the signaling connection) is the signaling
    round trip; ``http_ms`` is a warm health request, which also carries server-side delays.
    """

    reachable: bool
    http_ms: float | None = None
    ws_connect_ms: float | None = None
    ws_rtt_ms: float | None = None


def ws_url_of(service_url: str) -> str:
    return "ws" + service_url.rstrip("/").removeprefix("http") + "/v1/ws"


async def _ws_times(service_url: str, limit_s: float, pings: int = 3) -> tuple[float | None, float | None]:
    """(opening handshake ms, median ping → pong ms) on the WebSocket; no login is needed for either."""
    started = time.monotonic()
    opened: float | None = None
    try:
        async with asyncio.timeout(limit_s * 2):
            async with websockets.connect(ws_url_of(service_url), open_timeout=limit_s, max_size=2**16) as ws:
                opened = (time.monotonic() - started) * 1000.0
                rtts = []
                for _ in range(pings):
                    sent = time.monotonic()
                    await (await ws.ping())
                    rtts.append((time.monotonic() - sent) * 1000.0)
                return opened, statistics.median(rtts)
    except (OSError, TimeoutError, websockets.WebSocketException) as exc:
        log.info("signaling websocket failed error=%s", type(exc).__name__)
        return opened, None


async def measure_signaling(
    http: httpx.AsyncClient, service_url: str, limit_s: float = 2.0
) -> SignalingResult:
    """Three health requests (the first opens the connection; the time is the median of the other
    two) and, concurrently, a WebSocket opening handshake and three pings."""
    ws_task = asyncio.ensure_future(_ws_times(service_url, limit_s))
    times = []
    try:
        for _ in range(3):
            started = time.monotonic()
            response = await http.get(f"{service_url.rstrip('/')}/v1/health", timeout=limit_s)
            response.raise_for_status()
            times.append((time.monotonic() - started) * 1000.0)
    except (httpx.HTTPError, OSError) as exc:
        log.info("signaling health failed error=%s", type(exc).__name__)
    ws_open, ws_rtt = await ws_task
    if not times:
        return SignalingResult(reachable=False, ws_connect_ms=ws_open, ws_rtt_ms=ws_rtt)
    http_ms = statistics.median(times[1:]) if len(times) > 1 else times[0]
    return SignalingResult(reachable=True, http_ms=http_ms, ws_connect_ms=ws_open, ws_rtt_ms=ws_rtt)


async def fetch_probe_info(http: httpx.AsyncClient, service_url: str, token: str) -> ProbeInfo | None:
    """``GET /v1/preflight/probe``; None when the service has no probe or refuses."""
    try:
        response = await http.get(
            f"{service_url.rstrip('/')}/v1/preflight/probe", headers={"Authorization": f"Bearer {token}"}
        )
        response.raise_for_status()
        return from_json(ProbeInfo, response.json())
    except Exception as exc:  # any failure means: no probe available
        log.info("probe info unavailable error=%s", type(exc).__name__)
        return None


async def fetch_ice_servers(http: httpx.AsyncClient, service_url: str, token: str) -> list[IceServer]:
    """``POST /v1/turn/credentials``; an empty list when the service offers no TURN or refuses."""
    try:
        response = await http.post(
            f"{service_url.rstrip('/')}/v1/turn/credentials", headers={"Authorization": f"Bearer {token}"}
        )
        response.raise_for_status()
        return from_json(TurnCredentialsResponse, response.json()).ice_servers
    except Exception as exc:  # any failure means: no relay to test
        log.info("turn credentials unavailable error=%s", type(exc).__name__)
        return []
