"""Prometheus metrics of one service instance (``GET /v1/metrics``), in its own registry.

Counts and timings only: no label ever carries a person, a room, a code or an address (the refusal
code label is the protocol's error code, a fixed set).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from starlette.requests import HTTPConnection

from app.core.errors import ErrorCode

_LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
_WAIT_BUCKETS = (5.0, 15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1200.0, 1800.0, 3600.0)


class _Live(Collector):
    """Gauges read from the live state at scrape time."""

    def __init__(self, connections: Callable[[], int], rooms: Callable[[], Iterable[dict[str, int]]]) -> None:
        self._connections = connections
        self._rooms = rooms

    def collect(self) -> Iterator[Metric]:
        counts = list(self._rooms())
        yield GaugeMetricFamily(
            "samtale_connections", "Authenticated WebSocket connections", self._connections()
        )
        active = sum(1 for c in counts if c["lobby"] or c["call"])
        yield GaugeMetricFamily("samtale_rooms_active", "Rooms with someone waiting or in the call", active)
        yield GaugeMetricFamily("samtale_rooms_loaded", "Rooms held in memory", len(counts))
        yield GaugeMetricFamily(
            "samtale_lobby_waiting", "People waiting in lobbies", sum(c["lobby"] for c in counts)
        )
        yield GaugeMetricFamily("samtale_in_calls", "People in calls", sum(c["call"] for c in counts))


class Metrics:
    def __init__(
        self,
        connections: Callable[[], int] = lambda: 0,
        rooms: Callable[[], Iterable[dict[str, int]]] = tuple,
    ) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.registry.register(_Live(connections, rooms))
        self.accepted = Counter(
            "samtale_websockets_accepted", "WebSocket connections accepted", registry=self.registry
        )
        self.refusals = Counter(
            "samtale_refusals",
            "Coded refusals sent, by code and by ws or rest",
            ["code", "via"],
            registry=self.registry,
        )
        self.admit = Histogram(
            "samtale_admit_seconds",
            "An admit request's arrival to the admitted patient's message queued",
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.relay = Histogram(
            "samtale_relay_seconds",
            "A signal or chat frame's arrival to its copy queued for the other participants",
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.lobby_wait = Histogram(
            "samtale_lobby_wait_seconds",
            "How long an admitted person waited in the lobby",
            buckets=_WAIT_BUCKETS,
            registry=self.registry,
        )
        for code in ErrorCode:  # every series exists from the start (rate() needs no first event)
            for via in ("ws", "rest"):
                self.refusals.labels(code.value, via)

    def refused(self, code: ErrorCode, via: str) -> None:
        self.refusals.labels(code.value, via).inc()

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


def metrics_of(conn: HTTPConnection) -> Metrics:
    metrics = conn.app.state.metrics
    assert isinstance(metrics, Metrics)
    return metrics
