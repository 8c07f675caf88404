"""The Janus rooms of a service instance killed with SIGKILL do not stay on Janus: nobody said
goodbye for it, so the instance at which the consultation then ends (here: the survivor, once the
host's reconnect grace ran out) destroys the pair recorded in Redis, though it never held it."""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import time
from pathlib import Path

import redis.asyncio as aredis

from server.secret import Secret
from server.sfu.janus_client import JanusConnection
from server.sfu.janus_rooms import AUDIOBRIDGE, VIDEOROOM
from server.sfu.janus_session import JanusSession
from tests.server.sfu.conftest import janus_args, needs_janus
from tests.server.sfu.sfu_client import SfuClient, new_room
from tests.support.deployment import needs_postgres_and_redis, two_instances
from tests.support.janus import JanusServer
from tests.support.postgres import PostgresCluster
from tests.support.service import ServiceProcess

pytestmark = [needs_janus, needs_postgres_and_redis]


async def recorded_pair(redis_url: str, room_id: str) -> dict[str, int] | None:
    """The consultation's Janus room ids as the deployment records them in Redis (``None``: none)."""
    client = aredis.Redis.from_url(redis_url)
    try:
        raw = await client.get(f"samtale:room:{room_id}:sfu")
    finally:
        await client.aclose()
    if raw is None:
        return None
    data = json.loads(raw)
    return {AUDIOBRIDGE: int(data["audio_room"]), VIDEOROOM: int(data["video_room"])}


async def existing(janus: JanusServer, rooms: dict[str, int]) -> set[str]:
    """Which of the plugins' rooms still exist on Janus (the ``exists`` request)."""
    conn = JanusConnection(janus.url, Secret(janus.api_secret))
    await conn.connect()
    try:
        session = await JanusSession.create(conn)
        found = set()
        for plugin, room in rooms.items():
            handle = await session.attach(plugin)
            data, _ = await handle.message({"request": "exists", "room": room})
            if data.get("exists"):
                found.add(plugin)
        await session.destroy()
        return found
    finally:
        await conn.close()


async def test_the_rooms_of_a_killed_instance_go_when_the_call_ends_at_another(
    postgres: PostgresCluster, janus: JanusServer
) -> None:
    async with two_instances(postgres, *janus_args(janus), reconnect_grace=2) as d:
        host = await SfuClient.join(d.a, "clinician")
        room = await asyncio.to_thread(new_room, d.a, host.token, "admin_small")
        await host.host(room)  # the call starts at A: A makes the Janus rooms
        pair = await recorded_pair(d.redis.url, room)
        assert pair is not None and await existing(janus, pair) == {AUDIOBRIDGE, VIDEOROOM}

        await asyncio.to_thread(d.a.kill)  # A says goodbye to nobody, Janus included
        with contextlib.suppress(Exception):
            await host.close()
        # B takes A's connections for dropped; the host does not come back; after the grace the call
        # is over at B, which never held the rooms.
        deadline = time.monotonic() + 30
        while await existing(janus, pair):
            assert time.monotonic() < deadline, "the killed instance's Janus rooms are still there"
            await asyncio.sleep(0.5)
        assert await recorded_pair(d.redis.url, room) is None
        assert "Traceback" not in d.b.stderr()


async def test_rooms_the_record_no_longer_names_go_when_the_call_moves_to_new_ones(
    postgres: PostgresCluster, janus: JanusServer
) -> None:
    """Redis restarts empty mid-call: the record of the consultation's rooms is gone, so the instance
    makes a new pair and moves the call there (``sfu_moved``); the old pair, which no instance uses
    any more, is destroyed instead of staying on Janus."""
    async with two_instances(postgres, *janus_args(janus), reconnect_grace=30) as d:
        host = await SfuClient.join(d.a, "clinician")
        room = await asyncio.to_thread(new_room, d.a, host.token, "admin_small")
        await host.host(room)
        old = await recorded_pair(d.redis.url, room)
        assert old is not None

        await asyncio.to_thread(d.redis.halt)
        await asyncio.sleep(1.0)
        await asyncio.to_thread(d.redis.start)  # back, and empty
        deadline = time.monotonic() + 30
        while (new := await recorded_pair(d.redis.url, room)) is None:
            assert time.monotonic() < deadline, "no new rooms recorded"
            await asyncio.sleep(0.3)
        assert new != old and await existing(janus, new) == {AUDIOBRIDGE, VIDEOROOM}
        while await existing(janus, old):
            assert time.monotonic() < deadline, "the rooms nobody uses any more are still on Janus"
            await asyncio.sleep(0.3)
        await host.close()
        assert "Traceback" not in d.a.stderr()


async def rooms_of(janus: JanusServer, participant_id: str) -> dict[str, int]:
    """The Janus rooms a participant's handles joined, by plugin."""
    return {h["plugin"]: int(h["room"]) for h in await janus.handles() if h.get("display") == participant_id}


async def test_a_service_alone_killed_and_restarted_destroys_the_rooms_its_last_run_made(
    janus: JanusServer, tmp_path: Path
) -> None:
    """One instance, no Redis: killed mid-call, it said goodbye to nobody; started again, it
    destroys the Janus rooms its killed run made (their sessions died with it) instead of leaving
    them on Janus for good."""
    keys = "alone:" + secrets.token_urlsafe(32)
    service = ServiceProcess(
        *janus_args(janus),
        database_url=f"sqlite:///{tmp_path / 'alone.db'}",
        token_keys=keys,
        reconnect_grace=2,
    )
    with service:
        host = await SfuClient.join(service, "clinician")
        room = await asyncio.to_thread(new_room, service, host.token, "admin_small")
        await host.host(room)
        await host.publish_audio(room, 500.0)
        deadline = time.monotonic() + 15
        while len(old := await rooms_of(janus, host.participant_id)) < 1:
            assert time.monotonic() < deadline, "the host joined no Janus room"
            await asyncio.sleep(0.2)
        assert await existing(janus, old) == set(old)

        await asyncio.to_thread(service.restart, True)  # SIGKILL, then the same command again
        with contextlib.suppress(Exception):
            await host.close()
        deadline = time.monotonic() + 30
        while await existing(janus, old):
            assert time.monotonic() < deadline, "the killed run's Janus rooms are still there"
            await asyncio.sleep(0.5)
        assert "Traceback" not in service.stderr()
