"""A rolling restart under load (issue 13, docs/deployment.md "A rolling upgrade"): N live 1:1
consultations with real media and M waiting patients on two instances behind a balancer; A is
restarted and waited for, then B; first with SIGTERM, then the same with SIGKILL. No consultation
ends, no waiting patient loses their place or waiting time, nobody is signed out."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from urllib.parse import urlsplit

import pytest

from tests.support.balancer import Balancer
from tests.support.deployment import needs_postgres_and_redis, two_instances
from tests.support.postgres import PostgresCluster
from tests.support.rolling_load import Load, restart
from tests.support.service import ServiceProcess

log = logging.getLogger(__name__)

CONSULTATIONS = 4  # 8 apps with audio and video: what two shared cores carry
WAITING = 4

pytestmark = [
    pytest.mark.e2e,
    needs_postgres_and_redis,
]


@pytest.fixture
async def instances(postgres: PostgresCluster) -> AsyncIterator[tuple[ServiceProcess, ServiceProcess]]:
    async with two_instances(postgres) as deployment:
        yield deployment.instances


@pytest.mark.parametrize("kill", [False, True], ids=["sigterm", "sigkill"])
async def test_a_rolling_restart_under_load_ends_no_consultation(
    instances: tuple[ServiceProcess, ServiceProcess], kill: bool
) -> None:
    a, b = instances
    ports = [urlsplit(p.url).port for p in (a, b)]
    proxy = await Balancer([("127.0.0.1", port) for port in ports if port is not None]).start()
    load = Load(proxy.url, CONSULTATIONS, WAITING)
    try:
        await load.start()
        assert set(proxy.chosen) == {0, 1}  # both instances serve the apps
        for process in (a, b):
            await restart(process, kill)
            assert await load.media_flows(), "the media of a consultation stopped"
            await load.everyone_back()
        outcome = load.outcome()
        p50, p99, worst = outcome.gap_summary()
        log.info(
            "rolling restart kill=%s: longest signaling gap per app p50=%.2f s p99=%.2f s max=%.2f s; "
            "consultations survived %d/%d; waiting kept their place %d/%d",
            kill,
            p50,
            p99,
            worst,
            outcome.survived,
            outcome.consultations,
            outcome.kept_place,
            outcome.waiting,
        )
        assert outcome.survived == CONSULTATIONS
        assert outcome.kept_place == WAITING
        assert outcome.signed_out == 0
        assert sum(1 for g in outcome.gaps if g > 0) >= len(load.apps) // 2  # the restarts were felt
    finally:
        await load.close()
        await proxy.close()
