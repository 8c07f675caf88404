"""The network check end to end on loopback: a real service, a real coturn, real UDP and TURN."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.preflight import CheckName
from app.core.preflight import PreflightCode as Code
from app.core.protocol.models import Verdict
from app.preflight.net_probe import ProbePlan
from app.preflight.network import NetworkCheck
from server.embedded import EmbeddedService, start_embedded_service
from server.settings import Secret, ServiceSettings
from tests.support import coturn
from tests.support.service import login

pytestmark = [
    pytest.mark.timeout(60),
    pytest.mark.skipif(not coturn.available(), reason="coturn (Debian package 'coturn') is not installed"),
]
QUICK = ProbePlan(media_s=0.6, burst_s=0.2, drain_s=0.4)


@pytest.fixture(scope="module")
def turn() -> Iterator[coturn.Coturn]:
    with coturn.Coturn() as server:
        yield server


def _service(turn: coturn.Coturn, secret: str) -> EmbeddedService:
    return start_embedded_service(
        ServiceSettings(dev_mode=True, turn_urls=turn.urls, turn_secret=Secret(secret))
    )


async def test_clean_loopback_is_ok_with_every_measurement(turn: coturn.Coturn) -> None:
    with _service(turn, turn.secret) as service:
        token = login(service.url, "Pat Net", "patient")

        async def provider() -> str:
            return token

        result = await NetworkCheck(service.url, provider, plan=QUICK).run()
    assert result.check is CheckName.NETWORK
    assert result.codes == [Code.NETWORK_OK]
    for key in (
        "signaling_rtt_ms",
        "ws_connect_ms",
        "rtt_ms",
        "jitter_ms",
        "loss_pct",
        "up_kbps",
        "down_kbps",
    ):
        assert key in result.measurements, key
    assert result.measurements["loss_pct"] == 0.0
    assert result.measurements["relay_udp_ok"] == 1.0
    assert result.measurements["relay_tcp_ok"] == 1.0
    assert result.duration_s < 6.0


async def test_wrong_turn_secret_is_detected_as_relay_failed(turn: coturn.Coturn) -> None:
    with _service(turn, "not-the-coturn-secret") as service:
        token = login(service.url, "Pat Relay", "patient")

        async def provider() -> str:
            return token

        result = await NetworkCheck(service.url, provider, plan=QUICK).run()
    assert Code.NETWORK_RELAY_FAILED in result.codes
    assert result.verdict is Verdict.WARNING  # UDP works, so a direct call may still work
    assert result.measurements["relay_udp_ok"] == 0.0


async def test_unreachable_service_fails_fast() -> None:
    with start_embedded_service(ServiceSettings(dev_mode=True)) as service:
        url = service.url
    result = await NetworkCheck(url, None).run()
    assert (result.verdict, result.codes) == (Verdict.FAIL, [Code.NETWORK_SERVICE_UNREACHABLE])
    assert result.duration_s < 3.0


async def test_without_a_login_only_signaling_is_measured() -> None:
    with start_embedded_service(ServiceSettings(dev_mode=True)) as service:
        result = await NetworkCheck(service.url, None).run()
    assert "signaling_rtt_ms" in result.measurements
    assert "rtt_ms" not in result.measurements
