"""Two service instances (one PostgreSQL, one Redis; decision 0016) and one Janus: the host connected
to instance A, the guest to instance B. They share the consultation's one pair of Janus rooms (A made
them, B finds them in Redis), each participant's Janus session is owned by the instance holding their
WebSocket, and a kick at A closes the guest's session at B within 2 s."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest

from app.core.protocol import Ack
from app.core.protocol import moderation as mod
from app.core.protocol.sfu import SfuAnswer
from tests.server.sfu.conftest import janus_args, needs_janus
from tests.server.sfu.sfu_client import SfuClient, band_share, new_room
from tests.support.deployment import needs_postgres_and_redis, two_instances
from tests.support.janus import JanusServer
from tests.support.postgres import PostgresCluster
from tests.support.service import ServiceProcess

pytestmark = [needs_janus, needs_postgres_and_redis]

HOST_TONE, GUEST_TONE = 500.0, 1100.0


@pytest.fixture
async def services(
    postgres: PostgresCluster, janus: JanusServer
) -> AsyncIterator[tuple[ServiceProcess, ServiceProcess]]:
    async with two_instances(postgres, *janus_args(janus), reconnect_grace=2) as deployment:
        yield deployment.instances


async def test_a_consultation_across_two_instances_shares_its_janus_rooms(
    services: tuple[ServiceProcess, ServiceProcess], janus: JanusServer
) -> None:
    a, b = services
    host = await SfuClient.join(a, "clinician")
    room = new_room(a, host.token, "admin_small")
    await host.host(room)
    guest = await SfuClient.join(b, "patient")
    await host.admit(room, guest)
    assert isinstance(await host.publish_audio(room, HOST_TONE), SfuAnswer)
    assert isinstance(await guest.publish_audio(room, GUEST_TONE), SfuAnswer)
    rooms = {(h["plugin"], h["room"]) for h in await janus.handles() if h.get("display")}
    assert len(rooms) == 1  # one AudioBridge room for both, though each instance joined its own
    deadline = time.monotonic() + 10
    while (
        band_share(guest.mix.since(time.monotonic() - 1.0), HOST_TONE) < 0.3
        or band_share(host.mix.since(time.monotonic() - 1.0), GUEST_TONE) < 0.3
    ):
        assert time.monotonic() < deadline, "they do not hear each other"
        await asyncio.sleep(0.25)

    # The guest's video, published at B, is offered to the host at A and received there.
    assert isinstance(await guest.publish_video(room), SfuAnswer)
    await host.wait_feeds(lambda feeds: feeds == [guest.participant_id])
    assert (await host.subscribe(room, guest.participant_id)).TYPE == "ack"
    deadline = time.monotonic() + 10
    while host.frames_between(guest.participant_id, time.monotonic() - 1.0, time.monotonic()) < 5:
        assert time.monotonic() < deadline, "no frames across the instances"
        await asyncio.sleep(0.25)

    guest_sessions = await janus.sessions_of(guest.participant_id)
    assert guest_sessions
    kick = mod.Kick(id="", room_id=room, participant_id=guest.participant_id, ban=False)
    assert isinstance(await host.request(kick), Ack)
    started = time.monotonic()
    while await janus.sessions_of(guest.participant_id):
        assert time.monotonic() - started < 2, "the kicked guest's session at B outlived 2 s"
        await asyncio.sleep(0.1)
    assert await janus.sessions_of(host.participant_id)  # the host's, at A, is untouched
    for client in (host, guest):
        await client.close()
