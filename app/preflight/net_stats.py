"""Statistics of a UDP probe trace: round trip, RFC 3550 jitter, loss and delivered rate."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sample:
    """One probe packet: when we sent it, when its echo came back (None if lost) and its size.

    ``sent`` and ``received`` are on the client's monotonic clock; ``echoed`` is when the service
    received it, on the service's own monotonic clock (only differences of it mean anything).
    """

    seq: int
    sent: float
    size: int
    received: float | None = None
    echoed: float | None = None


def answered(samples: Sequence[Sample]) -> list[Sample]:
    return [s for s in samples if s.received is not None]


def rtt_median_ms(samples: Sequence[Sample]) -> float | None:
    """Median round trip of the answered packets, or None when none was answered."""
    rtts = [(s.received - s.sent) * 1000.0 for s in samples if s.received is not None]
    return statistics.median(rtts) if rtts else None


def jitter_ms(samples: Sequence[Sample]) -> float | None:
    """RFC 3550 interarrival jitter (J += (|D| - J) / 16) over the echoes in arrival order.

    The transit time of a packet is its round trip, so this is the jitter of the whole path there and
    back; a fixed clock offset cancels out, as in RFC 3550.
    """
    got = sorted(answered(samples), key=lambda s: s.received or 0.0)
    if len(got) < 2:
        return None
    jitter = 0.0
    previous = got[0]
    for sample in got[1:]:
        assert sample.received is not None
        assert previous.received is not None
        d = (sample.received - previous.received) - (sample.sent - previous.sent)
        jitter += (abs(d) - jitter) / 16.0
        previous = sample
    return jitter * 1000.0


def loss_pct(samples: Sequence[Sample]) -> float | None:
    """Percentage of packets sent whose echo never came back (None if nothing was sent)."""
    if not samples:
        return None
    return 100.0 * (len(samples) - len(answered(samples))) / len(samples)


def delivered_kbps(times: Sequence[float], sizes: Sequence[int]) -> float | None:
    """The rate at which packets arrived: bytes after the first one over the span of arrival times.

    The first packet only opens the window (its bytes arrived before the span began). None when
    fewer than two packets arrived or they arrived all at once.
    """
    if len(times) < 2:
        return None
    order = sorted(range(len(times)), key=times.__getitem__)
    span = times[order[-1]] - times[order[0]]
    if span <= 0:
        return None
    carried = sum(sizes[i] for i in order[1:])
    return carried * 8 / span / 1000.0


def upload_kbps(samples: Sequence[Sample]) -> float | None:
    """Delivered rate towards the service, from the service's receive times."""
    got = [s for s in samples if s.echoed is not None]
    return delivered_kbps([s.echoed for s in got if s.echoed is not None], [s.size for s in got])


def download_kbps(samples: Sequence[Sample]) -> float | None:
    """Delivered rate back to us, from our receive times of the echoes."""
    got = answered(samples)
    return delivered_kbps([s.received for s in got if s.received is not None], [s.size for s in got])
