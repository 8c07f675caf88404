"""Two service instances of one deployment for tests (decision 0016): a fresh PostgreSQL database,
a Redis of their own and shared signing keys, started one after the other (the first creates the
schema) and stopped after, with Redis::

    async with two_instances(pg) as d:       # a database on the caller's PostgreSQL server
        d.a.url, d.b.url, d.redis
    async with two_instances() as d:         # a PostgreSQL server of its own, which the test may stop
        d.pg.halt()
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import pytest

from tests.support import postgres
from tests.support import redis as redis_support
from tests.support.postgres import PostgresCluster
from tests.support.redis import RedisServer
from tests.support.service import ServiceProcess

needs_postgres_and_redis = pytest.mark.skipif(
    not (postgres.available() and redis_support.available()),
    reason="needs Debian's postgresql and redis-server (scripts/setup installs both)",
)


@dataclass
class Deployment:
    a: ServiceProcess
    b: ServiceProcess
    redis: RedisServer
    pg: PostgresCluster

    @property
    def instances(self) -> tuple[ServiceProcess, ServiceProcess]:
        return self.a, self.b


@asynccontextmanager
async def two_instances(
    pg: PostgresCluster | None = None, *extra_args: str, reconnect_grace: float | None = None
) -> AsyncIterator[Deployment]:
    """Instances A and B (each with ``extra_args``) on a new database of ``pg`` (``None``: a
    PostgreSQL server of the deployment's own, stopped with it) and a Redis of their own."""
    server = pg if pg is not None else await asyncio.to_thread(PostgresCluster().start)
    started: list[ServiceProcess] = []
    redis: RedisServer | None = None
    try:
        redis = await asyncio.to_thread(RedisServer().start)
        url = await asyncio.to_thread(server.new_database)
        keys = "two:" + secrets.token_urlsafe(32)
        for _ in range(2):
            process = ServiceProcess(
                "--redis-url",
                redis.url,
                *extra_args,
                database_url=url,
                token_keys=keys,
                reconnect_grace=reconnect_grace,
                startup_timeout=60.0,  # the first runs every migration on PostgreSQL: slow on a busy machine
            )
            started.append(process)  # closed below even if it never became ready (its log file too)
            await asyncio.to_thread(process.start)
        yield Deployment(started[0], started[1], redis, server)
    finally:
        for process in started:
            await asyncio.to_thread(process.close)
        if redis is not None:
            await asyncio.to_thread(redis.stop)
        if pg is None:
            await asyncio.to_thread(server.stop)
