"""The network check under real network conditions: service and check in two network namespaces.

The service (with a coturn beside it) runs in one namespace, the check in the other, and the link
between them is shaped like ``tc netem`` would (delay, loss, rate) or stripped of UDP; the verdict
and codes must follow. Skipped only without root or ``ip netns`` (CI runs as root).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from app.core.preflight import PreflightCode as Code
from tests.support import coturn
from tests.support.netns import SVC_ADDR, NetnsPair, why_unavailable
from tests.support.service import REPO_ROOT, ServiceProcess

_REASON = why_unavailable()
pytestmark = [
    pytest.mark.timeout(60),
    pytest.mark.skipif(_REASON is not None, reason=str(_REASON)),
    pytest.mark.skipif(not coturn.available(), reason="coturn (Debian package 'coturn') is not installed"),
]


class Lab:
    """A namespace pair with the service and coturn in one side; ``check()`` runs in the other."""

    def __init__(self, pair: NetnsPair, service: ServiceProcess, ca_file: str | None = None) -> None:
        self.pair = pair
        self.service = service
        self.ca_file = ca_file  # coturn's self-signed certificate, trusted by the check for TURN over TLS

    def check(self) -> dict[str, object]:
        env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
        if self.ca_file is not None:
            env["SSL_CERT_FILE"] = self.ca_file
        done = subprocess.run(
            [
                *self.pair.exec_prefix(self.pair.cli),
                sys.executable,
                "-m",
                "tests.support.netns",
                "check",
                self.service.url,
            ],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
        return result


def start_lab(pair: NetnsPair, turn: coturn.Coturn) -> ServiceProcess:
    service = ServiceProcess("--host", SVC_ADDR, *(a for url in turn.urls for a in ("--turn-url", url)))
    service.args = [*pair.exec_prefix(pair.svc), *service.args]
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SAMTALE_TURN_SECRET", turn.secret)
        return service.start()


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    with NetnsPair() as pair, coturn.Coturn(host=SVC_ADDR, netns=pair.svc, tls_port=443) as turn:
        service = start_lab(pair, turn)
        try:
            yield Lab(pair, service, str(turn.ca_file))
        finally:
            service.close()


def network_codes(result: dict[str, object]) -> set[str]:
    codes = result["codes"]
    assert isinstance(codes, list)
    return set(codes)


def test_clean_link_is_ok(lab: Lab) -> None:
    lab.pair.clear()
    result = lab.check()
    assert network_codes(result) == {Code.NETWORK_OK.value}, result
    measured = result["measurements"]
    assert isinstance(measured, dict)
    assert measured["relay_udp_ok"] == 1.0
    assert measured["relay_tcp_ok"] == 1.0
    assert measured["relay_tls_ok"] == 1.0  # turns: on port 443


@pytest.mark.parametrize(
    ("spec", "both_ways", "expected"),
    [
        ("delay 150ms", True, Code.NETWORK_HIGH_RTT),
        ("loss 10%", True, Code.NETWORK_HIGH_LOSS),
        ("rate 300kbit", False, Code.NETWORK_LOW_BANDWIDTH),
    ],
)
def test_shaped_link_changes_the_verdict(lab: Lab, spec: str, both_ways: bool, expected: Code) -> None:
    lab.pair.clear()
    lab.pair.netem("cli", spec)
    if both_ways:
        lab.pair.netem("svc", spec)
    try:
        result = lab.check()
    finally:
        lab.pair.clear()
    assert expected.value in network_codes(result), result
    assert result["verdict"] in ("warning", "fail"), result


def test_udp_blocked_needs_the_tcp_relay(lab: Lab) -> None:
    lab.pair.clear()
    lab.pair.block_udp()
    try:
        result = lab.check()
    finally:
        lab.pair.clear()
    assert network_codes(result) == {Code.NETWORK_UDP_BLOCKED.value, Code.NETWORK_RELAY_NEEDED.value}, result
    assert result["verdict"] == "warning"
    measured = result["measurements"]
    assert isinstance(measured, dict)
    assert (measured["relay_udp_ok"], measured["relay_tcp_ok"], measured["relay_tls_ok"]) == (0.0, 1.0, 1.0)
