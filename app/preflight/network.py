"""The network pre-call check on the real path to the service: signaling, UDP probe and TURN relays.

How busy the computer is, is the computer check's finding (``app/preflight/computer.py``).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx

from app.core.preflight import CheckName, CheckResult, PreflightCode
from app.core.protocol import IceServer
from app.core.protocol.models import Verdict
from app.preflight.net_probe import ProbePlan, ProbeTrace, UdpProbe
from app.preflight.net_signaling import (
    SignalingResult,
    fetch_ice_servers,
    fetch_probe_info,
    measure_signaling,
)
from app.preflight.net_stats import download_kbps, jitter_ms, loss_pct, rtt_median_ms, upload_kbps
from app.preflight.net_turn import RelayResult, probe_relay, split_turn_urls, transport_of

log = logging.getLogger(__name__)

TokenProvider = Callable[[], Awaitable[str | None]]
Code = PreflightCode


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Warn at the first value, fail at the second (for bandwidth: below them)."""

    rtt_ms: tuple[float, float] = (250.0, 500.0)
    jitter_ms: tuple[float, float] = (30.0, 60.0)
    loss_pct: tuple[float, float] = (2.0, 8.0)
    kbps: tuple[float, float] = (1000.0, 200.0)
    signaling_ms: tuple[float, float] = (400.0, 1500.0)


@dataclass(slots=True)
class NetworkFindings:
    """Everything the check measured, before it is judged."""

    signaling: SignalingResult
    trace: ProbeTrace | None = None
    relays: tuple[RelayResult, ...] = ()


def _grade(
    value: float | None, limits: tuple[float, float], code: Code, below: bool = False
) -> list[tuple[Code, Verdict]]:
    if value is None:
        return []
    warn, fail = limits
    if (value < fail) if below else (value > fail):
        return [(code, Verdict.FAIL)]
    if (value < warn) if below else (value > warn):
        return [(code, Verdict.WARNING)]
    return []


def measurements_of(found: NetworkFindings) -> dict[str, float]:
    out: dict[str, float] = {}
    trace = found.trace
    values = {
        "signaling_rtt_ms": found.signaling.ws_rtt_ms,
        "http_ms": found.signaling.http_ms,
        "ws_connect_ms": found.signaling.ws_connect_ms,
        "rtt_ms": rtt_median_ms(trace.media) if trace else None,
        "jitter_ms": jitter_ms(trace.media) if trace else None,
        "loss_pct": loss_pct(trace.media) if trace else None,
        "up_kbps": upload_kbps(trace.burst) if trace else None,
        "down_kbps": download_kbps(trace.burst) if trace else None,
    }
    for key, value in values.items():
        if value is not None:
            out[key] = round(value, 2)
    for relay in found.relays:
        out[f"relay_{transport_of(relay.url)}_ok"] = 1.0 if relay.ok else 0.0
    return out


def judge(found: NetworkFindings, limits: Thresholds) -> tuple[Verdict, list[Code]]:
    """The verdict and codes for what was found (pure: unit-tested on synthetic findings)."""
    if not found.signaling.reachable:
        return Verdict.FAIL, [Code.NETWORK_SERVICE_UNREACHABLE]
    m = measurements_of(found)
    graded: list[tuple[Code, Verdict]] = []
    signaling = m.get("signaling_rtt_ms", m.get("http_ms"))  # the WebSocket's round trip if it opened
    graded += _grade(signaling, limits.signaling_ms, Code.NETWORK_SLOW_SIGNALING)
    relay_ok = {transport_of(r.url): r.ok for r in found.relays}
    if found.trace is not None and found.trace.blocked:
        graded.append((Code.NETWORK_UDP_BLOCKED, Verdict.WARNING))
        if relay_ok.get("tcp") or relay_ok.get("tls"):
            graded.append((Code.NETWORK_RELAY_NEEDED, Verdict.WARNING))
        else:
            graded.append((Code.NETWORK_RELAY_FAILED, Verdict.FAIL))
    else:
        graded += _grade(m.get("rtt_ms"), limits.rtt_ms, Code.NETWORK_HIGH_RTT)
        graded += _grade(m.get("jitter_ms"), limits.jitter_ms, Code.NETWORK_HIGH_JITTER)
        graded += _grade(m.get("loss_pct"), limits.loss_pct, Code.NETWORK_HIGH_LOSS)
        rates = [v for v in (m.get("up_kbps"), m.get("down_kbps")) if v is not None]
        graded += _grade(min(rates) if rates else None, limits.kbps, Code.NETWORK_LOW_BANDWIDTH, below=True)
        if relay_ok and not any(relay_ok.values()):
            graded.append((Code.NETWORK_RELAY_FAILED, Verdict.WARNING))
    if not graded:
        return Verdict.OK, [Code.NETWORK_OK]
    verdict = Verdict.FAIL if any(v is Verdict.FAIL for _, v in graded) else Verdict.WARNING
    return verdict, [code for code, _ in graded]


class NetworkCheck:
    """``await NetworkCheck(url, token_provider).run()`` → the network ``CheckResult`` within ~6 s.

    ``token_provider`` gives the person's bearer token (None: only signaling is checked, since the
    probe and TURN credentials are for logged-in people). ``transport`` lets tests inject httpx's.
    """

    def __init__(
        self,
        service_url: str,
        token_provider: TokenProvider | None = None,
        *,
        thresholds: Thresholds | None = None,
        plan: ProbePlan | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.service_url = service_url.rstrip("/")
        self._token_provider = token_provider
        self.thresholds = thresholds or Thresholds()
        self.plan = plan or ProbePlan()
        self._transport = transport
        self._clock = clock

    async def _probe(self, http: httpx.AsyncClient, token: str) -> ProbeTrace | None:
        info = await fetch_probe_info(http, self.service_url, token)
        if info is None:
            return None
        return await UdpProbe(info.host, info.port, info.token, self.plan, self._clock).run()

    async def _relays(self, http: httpx.AsyncClient, token: str) -> tuple[RelayResult, ...]:
        servers: list[IceServer] = await fetch_ice_servers(http, self.service_url, token)
        single = [server for _, server in split_turn_urls(servers)]
        return tuple(await asyncio.gather(*(probe_relay(s) for s in single)))

    async def findings(self) -> NetworkFindings:
        async with httpx.AsyncClient(transport=self._transport, timeout=3.0) as http:
            found = NetworkFindings(signaling=await measure_signaling(http, self.service_url))
            token = (
                await self._token_provider() if self._token_provider and found.signaling.reachable else None
            )
            if token is not None:
                found.trace, found.relays = await asyncio.gather(
                    self._probe(http, token), self._relays(http, token)
                )
        return found

    async def run(self) -> CheckResult:
        started = self._clock()
        found = await self.findings()
        verdict, codes = judge(found, self.thresholds)
        result = CheckResult(
            check=CheckName.NETWORK,
            verdict=verdict,
            codes=codes,
            measurements=measurements_of(found),
            duration_s=round(self._clock() - started, 3),
        )
        log.info(
            "network check verdict=%s codes=%s %.2fs",
            verdict.value,
            [c.value for c in codes],
            result.duration_s,
        )
        return result
