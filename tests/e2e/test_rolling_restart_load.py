"""A rolling restart under load (issue 13, docs/deployment.md "A rolling upgrade"): N live 1:1
consultations with real media and M waiting patients on two instances behind a balancer; A is
restarted and waited for, then B; first with SIGTERM, then the same with SIGKILL. No consultation
ends, no waiting patient loses their place or waiting time, nobody is signed out."""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import AsyncIterator, Iterator
from urllib.parse import urlsplit

import pytest

from tests.support import postgres
from tests.support import redis as redis_support
from tests.support.balancer import Balancer
from tests.support.postgres import PostgresCluster
from tests.support.redis import RedisServer
from tests.support.rolling_load import Load, restart
from tests.support.service import ServiceProcess

log = logging.getLogger(__name__)

CONSULTATIONS = 4  # 8 apps with audio and video: what two shared cores carry
WAITING = 4

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        not (postgres.available() and redis_support.available()),
        reason="needs Debian's postgresql and redis-server (scripts/setup installs both)",
    ),
]


@pytest.fixture(scope="module")
def pg() -> Iterator[PostgresCluster]:
    with PostgresCluster() as cluster:
        yield cluster


@pytest.fixture
async def instances(pg: PostgresCluster) -> AsyncIterator[tuple[ServiceProcess, ServiceProcess]]:
    url = await asyncio.to_thread(pg.new_database)
    keys = "roll:" + secrets.token_urlsafe(32)
    redis = await asyncio.to_thread(RedisServer().start)
    started: list[ServiceProcess] = []
    try:
        for _ in range(2):
            process = ServiceProcess("--redis-url", redis.url, database_url=url, token_keys=keys)
            started.append(await asyncio.to_thread(process.start))
        yield started[0], started[1]
    finally:
        for process in started:
            await asyncio.to_thread(process.close)
        await asyncio.to_thread(redis.stop)


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
