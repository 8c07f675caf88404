"""Many rooms changing at once share a bounded pool of Redis connections: a change waits for a
connection to come free instead of failing as if Redis were away (which answered 935 of 1,000
first relays with ``service_unavailable`` in the load bench)."""

from __future__ import annotations

import asyncio

import pytest

from server.signaling.cluster import RedisCluster
from tests.support import redis as redis_support

pytestmark = pytest.mark.skipif(not redis_support.available(), reason="needs redis-server (scripts/setup)")


async def change(cluster: RedisCluster, room_id: str) -> int:
    async with cluster.room_lock(room_id):
        version = await cluster.bump(room_id)
        cluster.publish("conn-" + room_id, "{}")
        await cluster.flush()
        return version


async def test_fifty_rooms_changing_at_once_wait_for_four_connections(redis_url: str) -> None:
    cluster = RedisCluster(redis_url, max_connections=4)
    try:
        versions = await asyncio.gather(*(change(cluster, f"room-{i}") for i in range(50)))
        assert versions == [1] * 50
        assert await cluster.version("room-7") == 1
    finally:
        await cluster.close()


async def test_one_room_changed_fifty_times_at_once_keeps_every_change(redis_url: str) -> None:
    cluster = RedisCluster(redis_url, max_connections=4)
    try:
        versions = await asyncio.gather(*(change(cluster, "room-1") for _ in range(50)))
        assert sorted(versions) == list(range(1, 51))  # each change under the lock, none lost
    finally:
        await cluster.close()


def test_the_pool_size_is_a_flag() -> None:
    from server.__main__ import parse_args

    assert parse_args(["--dev", "--log-level", "WARNING"]).redis_max_connections == 50
    flags = ["--dev", "--redis-max-connections", "12", "--log-level", "WARNING"]
    assert parse_args(flags).redis_max_connections == 12
