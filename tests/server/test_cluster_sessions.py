"""A login revoked at one instance ends at every instance (decision 0016): two instances' session
registries joined by a real Redis; a logout at A closes the login's WebSocket held by B and B
refuses its access token from then on."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any, cast

import pytest

from app.core.errors import ErrorCode, ProtocolError
from server.edge.sessions import Sessions
from server.signaling.cluster import RedisCluster
from server.signaling.connection import Connection
from tests.support import redis as redis_support
from tests.support.recorder import eventually
from tests.support.redis import RedisServer

pytestmark = pytest.mark.skipif(not redis_support.available(), reason="needs redis-server (scripts/setup)")


@pytest.fixture
async def two() -> AsyncIterator[tuple[Sessions, Sessions]]:
    server = await asyncio.to_thread(RedisServer().start)
    clusters: list[RedisCluster] = []
    made: list[Sessions] = []
    try:
        for _ in range(2):
            sessions, cluster = Sessions(900), RedisCluster(server.url)
            sessions.bind()
            sessions.on_revoked = cluster.announce_revoked
            await cluster.start(lambda _c, _t: None, lambda f, s=sessions: s.revoke(f, announce=False))
            clusters.append(cluster)
            made.append(sessions)
        yield made[0], made[1]
    finally:
        for cluster in clusters:
            await cluster.close()
        await asyncio.to_thread(server.stop)


async def test_a_logout_at_one_instance_closes_the_login_at_the_other(two: tuple[Sessions, Sessions]) -> None:
    at_a, at_b = two
    on_b = Connection(cast(Any, None), max_queue=8)  # its writer never runs: only what is queued
    other = Connection(cast(Any, None), max_queue=8)
    at_b.attach("family-1", on_b)
    at_b.attach("family-2", other)

    await asyncio.to_thread(at_a.revoke, "family-1")  # as the refresh store does, from a worker thread

    await eventually(lambda: on_b.closing, what="the login's socket at B closed", timeout=5)
    with pytest.raises(ProtocolError) as refused:
        at_b.check("family-1")
    assert refused.value.code is ErrorCode.INVALID_TOKEN
    assert not other.closing  # another login is untouched
    at_b.check("family-2")
