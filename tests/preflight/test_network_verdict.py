"""Judging network findings: every network code and verdict from synthetic measurements."""

from __future__ import annotations

import pytest

from app.core.preflight import PreflightCode as Code
from app.core.protocol.models import Verdict
from app.preflight.net_probe import ProbeTrace
from app.preflight.net_signaling import SignalingResult
from app.preflight.net_stats import Sample
from app.preflight.net_turn import RelayResult
from app.preflight.network import NetworkFindings, Thresholds, judge, measurements_of

UDP = "turn:10.0.0.1:3478?transport=udp"
TCP = "turn:10.0.0.1:3478?transport=tcp"


def media(rtt: float = 0.02, lost_every: int = 0, jitter: float = 0.0) -> list[Sample]:
    out = []
    for i in range(100):
        sent = i * 0.02
        lost = lost_every and i % lost_every == 0
        delay = rtt + (jitter if i % 2 else 0.0)
        out.append(Sample(i, sent, 1000, None if lost else sent + delay, None if lost else sent + delay / 2))
    return out


def burst(kbps: float = 5000.0) -> list[Sample]:
    gap = 1200 * 8 / (kbps * 1000)
    return [Sample(i, 0.0, 1200, 1.0 + i * gap, 9.0 + i * gap) for i in range(50)]


def findings(trace: ProbeTrace | None, relays: tuple[RelayResult, ...] = (), rtt_ms: float = 5.0):
    return NetworkFindings(SignalingResult(True, rtt_ms + 1.0, 3.0, rtt_ms), trace, relays)


def ok_relays() -> tuple[RelayResult, ...]:
    return (RelayResult(UDP, True, 0.1), RelayResult(TCP, True, 0.1))


@pytest.mark.parametrize(
    ("found", "verdict", "codes"),
    [
        (findings(ProbeTrace(media(), burst()), ok_relays()), Verdict.OK, [Code.NETWORK_OK]),
        (NetworkFindings(SignalingResult(False)), Verdict.FAIL, [Code.NETWORK_SERVICE_UNREACHABLE]),
        (
            findings(ProbeTrace(media(), burst()), rtt_ms=600.0),
            Verdict.WARNING,
            [Code.NETWORK_SLOW_SIGNALING],
        ),
        (findings(ProbeTrace(media(rtt=0.3), burst())), Verdict.WARNING, [Code.NETWORK_HIGH_RTT]),
        (findings(ProbeTrace(media(rtt=0.6), burst())), Verdict.FAIL, [Code.NETWORK_HIGH_RTT]),
        (findings(ProbeTrace(media(jitter=0.04), burst())), Verdict.WARNING, [Code.NETWORK_HIGH_JITTER]),
        (findings(ProbeTrace(media(lost_every=20), burst())), Verdict.WARNING, [Code.NETWORK_HIGH_LOSS]),
        (findings(ProbeTrace(media(lost_every=5), burst())), Verdict.FAIL, [Code.NETWORK_HIGH_LOSS]),
        (findings(ProbeTrace(media(), burst(500))), Verdict.WARNING, [Code.NETWORK_LOW_BANDWIDTH]),
        (findings(ProbeTrace(media(), burst(100))), Verdict.FAIL, [Code.NETWORK_LOW_BANDWIDTH]),
        (
            findings(ProbeTrace(media(), burst()), (RelayResult(UDP, False, 0.1),)),
            Verdict.WARNING,
            [Code.NETWORK_RELAY_FAILED],
        ),
        (
            findings(ProbeTrace(blocked=True), (RelayResult(UDP, False, 5), RelayResult(TCP, True, 0.1))),
            Verdict.WARNING,
            [Code.NETWORK_UDP_BLOCKED, Code.NETWORK_RELAY_NEEDED],
        ),
        (
            findings(ProbeTrace(blocked=True), (RelayResult(UDP, False, 5), RelayResult(TCP, False, 0.1))),
            Verdict.FAIL,
            [Code.NETWORK_UDP_BLOCKED, Code.NETWORK_RELAY_FAILED],
        ),
        (
            findings(ProbeTrace(blocked=True)),
            Verdict.FAIL,
            [Code.NETWORK_UDP_BLOCKED, Code.NETWORK_RELAY_FAILED],
        ),
    ],
)
def test_judge(found: NetworkFindings, verdict: Verdict, codes: list[Code]) -> None:
    assert judge(found, Thresholds()) == (verdict, codes)


def test_measurements_are_named_with_units() -> None:
    m = measurements_of(findings(ProbeTrace(media(rtt=0.05), burst(2000)), ok_relays()))
    assert m["rtt_ms"] == pytest.approx(50.0)
    assert m["loss_pct"] == 0.0
    assert m["up_kbps"] == pytest.approx(2000.0, rel=0.01)
    assert m["down_kbps"] == pytest.approx(2000.0, rel=0.01)
    assert m["signaling_rtt_ms"] == 5.0
    assert m["relay_udp_ok"] == 1.0
    assert m["relay_tcp_ok"] == 1.0
