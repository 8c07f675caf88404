"""Probe statistics on synthetic packet traces: round trip, RFC 3550 jitter, loss and delivered rate."""

from __future__ import annotations

import pytest

from app.preflight.net_stats import (
    Sample,
    delivered_kbps,
    download_kbps,
    jitter_ms,
    loss_pct,
    rtt_median_ms,
    upload_kbps,
)


def trace(rtts: list[float | None], interval: float = 0.02, size: int = 1000) -> list[Sample]:
    out = []
    for i, rtt in enumerate(rtts):
        sent = i * interval
        out.append(
            Sample(
                i, sent, size, None if rtt is None else sent + rtt, None if rtt is None else sent + rtt / 2
            )
        )
    return out


def test_constant_delay_has_no_jitter_and_its_rtt() -> None:
    samples = trace([0.1] * 50)
    assert rtt_median_ms(samples) == pytest.approx(100.0)
    assert jitter_ms(samples) == pytest.approx(0.0, abs=1e-9)
    assert loss_pct(samples) == 0.0


def test_alternating_delay_converges_to_rfc3550_jitter() -> None:
    # transit alternates 100/120 ms: |D| = 20 ms every packet, so J converges to 20 ms
    samples = trace([0.1, 0.12] * 200, interval=0.05)
    assert jitter_ms(samples) == pytest.approx(20.0, rel=0.01)
    assert rtt_median_ms(samples) == pytest.approx(110.0)


def test_jitter_first_steps_follow_the_formula() -> None:
    samples = trace([0.1, 0.116, 0.1])
    # D1 = 16 ms → J = 1 ms; D2 = 16 ms → J = 1 + (16 - 1)/16 = 1.9375 ms
    assert jitter_ms(samples) == pytest.approx(1.9375)


def test_loss_counts_unanswered_packets() -> None:
    samples = trace([0.05] * 90 + [None] * 10)
    assert loss_pct(samples) == pytest.approx(10.0)
    assert loss_pct([]) is None
    assert rtt_median_ms(trace([None, None])) is None
    assert jitter_ms(trace([0.05])) is None


def test_delivered_rate_ignores_the_first_packets_bytes() -> None:
    # 11 packets of 1250 bytes (10 kbit) arriving 10 ms apart: 10 × 10 kbit / 0.1 s = 1000 kbit/s
    times = [i * 0.01 for i in range(11)]
    assert delivered_kbps(times, [1250] * 11) == pytest.approx(1000.0)
    assert delivered_kbps([0.0], [1250]) is None
    assert delivered_kbps([1.0, 1.0], [1250, 1250]) is None


def test_upload_and_download_use_their_own_clocks() -> None:
    # sent as fast as possible, squeezed to 300 kbit/s on the way up (1000 bytes every 26.7 ms)
    gap = 1000 * 8 / 300_000
    samples = [Sample(i, 0.0, 1000, received=1.0 + i * gap, echoed=50.0 + i * gap) for i in range(20)]
    assert upload_kbps(samples) == pytest.approx(300.0)
    assert download_kbps(samples) == pytest.approx(300.0)
