"""What a room change costs in Redis when it is handed on: the messages for connections held
elsewhere and the notice that the room changed go in one round trip, and the notice is sent only
where an instance has something to do with it (Janus sessions: a service with media servers)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable
from typing import Any

import pytest
import redis.asyncio as aredis

from server.signaling.cluster import CHANGED, CHANNEL, RedisCluster
from tests.support import redis as redis_support

pytestmark = pytest.mark.skipif(not redis_support.available(), reason="needs redis-server (scripts/setup)")


class CountingConnection(aredis.Connection):
    """A real connection that counts what it sends: one call, one round trip."""

    sent = 0

    async def send_packed_command(self, command: Any, check_health: bool = True) -> None:
        CountingConnection.sent += 1
        await super().send_packed_command(command, check_health)


async def heard(pubsub: aredis.client.PubSub, until: bytes) -> list[tuple[bytes, bytes]]:
    """What the subscriber got, in order, up to and with the message ``until``."""
    got: list[tuple[bytes, bytes]] = []
    while not got or got[-1][1] != until:
        message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=5)
        assert message is not None, got
        got.append((message["channel"], message["data"]))
    return got


async def change(cluster: RedisCluster, room_id: str, conn_ids: Iterable[str]) -> int:
    """A stored change of ``room_id`` with a message for each of ``conn_ids``: the round trips of
    handing it on (``flush``)."""
    async with cluster.room_lock(room_id):
        await cluster.bump(room_id)
        for conn_id in conn_ids:
            cluster.publish(conn_id, '{"t":"x"}')
        before = CountingConnection.sent
        await cluster.flush()
        return CountingConnection.sent - before


@pytest.mark.parametrize("media", [True, False])
async def test_messages_and_the_change_notice_go_in_one_round_trip(redis_url: str, media: bool) -> None:
    cluster = RedisCluster(redis_url, announce_changes=media, connection_class=CountingConnection)
    watcher = aredis.Redis.from_url(redis_url)
    pubsub = watcher.pubsub()
    await pubsub.subscribe(CHANNEL, CHANGED)
    await pubsub.get_message(timeout=1)
    await pubsub.get_message(timeout=1)
    try:
        assert await change(cluster, "room-1", ["c-1", "c-2"]) == 1
        await watcher.publish(CHANGED, "end")
        got = await heard(pubsub, b"end")
        batch = json.loads(got[0][1])
        assert got[0][0] == CHANNEL.encode() and [conn for conn, _ in batch] == ["c-1", "c-2"]
        notices = [data for channel, data in got[1:-1] if channel == CHANGED.encode()]
        assert notices == ([f"{cluster.instance} room-1".encode()] if media else [])
        assert len(got) == (3 if media else 2)
    finally:
        await pubsub.aclose()  # type: ignore[no-untyped-call]
        await watcher.aclose()
        await cluster.close()


async def test_a_change_without_messages_costs_a_round_trip_only_with_media_servers(redis_url: str) -> None:
    with_media = RedisCluster(redis_url, announce_changes=True, connection_class=CountingConnection)
    without = RedisCluster(redis_url, announce_changes=False, connection_class=CountingConnection)
    try:
        assert await change(with_media, "room-1", []) == 1
        assert await change(without, "room-2", []) == 0
    finally:
        await with_media.close()
        await without.close()


async def test_another_instance_with_media_servers_hears_the_change(redis_url: str) -> None:
    here = RedisCluster(redis_url, announce_changes=True)
    there = RedisCluster(redis_url, announce_changes=True)
    changed: asyncio.Queue[str] = asyncio.Queue()
    there.on_changed = changed.put_nowait
    try:
        await there.start(lambda conn, text: None, lambda family: None)
        await change(here, "room-9", [])
        assert await asyncio.wait_for(changed.get(), 5) == "room-9"
    finally:
        await here.close()
        await there.close()
