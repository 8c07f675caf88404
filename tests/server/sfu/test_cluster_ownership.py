"""Two service instances (one PostgreSQL, one Redis) and one Janus, where the instance that owns a
guest's Janus session holds no connection of the room: a change made at the other instance still
reaches Janus within 2 s (a hard mute mutes them in the mix, a kick ends their session: they neither
hear nor are heard). A guest whose app resumes at the other instance has their session there: the
old one ends, they are told ``sfu_moved`` and publish again, and the call goes on."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from app.core.protocol import Ack, Leave
from app.core.protocol import moderation as mod
from app.core.protocol.moderation import MediaControl
from app.core.protocol.sfu import SfuAnswer, SfuMoved
from tests.server.sfu.conftest import janus_args, needs_janus
from tests.server.sfu.sfu_client import SfuClient, band_share, new_room
from tests.support.deployment import needs_postgres_and_redis, two_instances
from tests.support.janus import JanusServer
from tests.support.postgres import PostgresCluster
from tests.support.service import ServiceProcess

HOST_TONE, GUEST_TONE = 500.0, 1100.0
GRACE_S = 30  # longer than the test: the owning instance's grace timer is not what ends the session
WITHIN_S = 2.0

pytestmark = [needs_janus, needs_postgres_and_redis]


@pytest.fixture
async def services(
    postgres: PostgresCluster, janus: JanusServer
) -> AsyncIterator[tuple[ServiceProcess, ServiceProcess]]:
    async with two_instances(postgres, *janus_args(janus), reconnect_grace=GRACE_S) as deployment:
        yield deployment.instances


def recent(client: SfuClient, hz: float) -> float:
    """The share of ``hz`` in the last half second of what ``client`` receives from the mix."""
    return band_share(client.mix.since(time.monotonic() - 0.5), hz)


async def until(what: str, check: Callable[[], Awaitable[bool]], within: float) -> None:
    deadline = time.monotonic() + within
    while not await check():
        assert time.monotonic() < deadline, f"{what}: not within {within} s"
        await asyncio.sleep(0.1)


async def hearing_each_other(host: SfuClient, guest: SfuClient, within: float = 10.0) -> None:
    async def both() -> bool:
        return recent(guest, HOST_TONE) > 0.3 and recent(host, GUEST_TONE) > 0.3

    await until("they hear each other", both, within)


async def guest_muted_in_mix(janus: JanusServer, participant_id: str) -> bool:
    handles = await janus.handles()
    mine = [h for h in handles if h.get("display") == participant_id and "muted" in h]
    return bool(mine) and all(h["muted"] for h in mine)


async def call_across(a: ServiceProcess, b: ServiceProcess) -> tuple[str, SfuClient, SfuClient]:
    """The host at A, the guest at B (their Janus session owned by B), hearing each other; the guest
    receives the host's video."""
    host = await SfuClient.join(a, "clinician")
    room = new_room(a, host.token, "admin_small")
    await host.host(room)
    guest = await SfuClient.join(b, "patient")
    await host.admit(room, guest)
    assert isinstance(await host.publish_audio(room, HOST_TONE), SfuAnswer)
    assert isinstance(await host.publish_video(room), SfuAnswer)
    assert isinstance(await guest.publish_audio(room, GUEST_TONE), SfuAnswer)
    await guest.wait_feeds(lambda feeds: host.participant_id in feeds, wait=15)
    assert isinstance(await guest.subscribe(room, host.participant_id), Ack)
    await hearing_each_other(host, guest)
    return room, host, guest


async def test_a_hard_mute_and_a_kick_at_a_reach_a_session_owned_by_b_without_a_connection_there(
    services: tuple[ServiceProcess, ServiceProcess], janus: JanusServer
) -> None:
    a, b = services
    room, host, guest = await call_across(a, b)
    await guest.ws.close()  # the signalling drops; the media links stay up (B keeps the seat, in grace)
    await asyncio.sleep(0.5)
    assert await janus.sessions_of(guest.participant_id)

    mute = mod.Moderate(
        id="", room_id=room, participant_id=guest.participant_id, audio=MediaControl.HARD_MUTE
    )
    assert isinstance(await host.request(mute), Ack)
    await until("the guest muted in Janus", lambda: guest_muted_in_mix(janus, guest.participant_id), WITHIN_S)
    await asyncio.sleep(0.6)
    assert recent(host, GUEST_TONE) < 0.05, "the hard-muted guest is still heard"
    assert recent(guest, HOST_TONE) > 0.3  # still in the call: hears the host

    kick = mod.Kick(id="", room_id=room, participant_id=guest.participant_id, ban=True)
    assert isinstance(await host.request(kick), Ack)
    kicked = time.monotonic()

    async def gone() -> bool:
        return not await janus.sessions_of(guest.participant_id)

    await until("the banned guest's session at B ended", gone, WITHIN_S)
    await asyncio.sleep(max(0.0, kicked + WITHIN_S - time.monotonic()))
    assert recent(guest, HOST_TONE) < 0.05, "the banned guest still hears the host"
    now = time.monotonic()
    assert guest.frames_between(host.participant_id, now - 0.5, now) == 0, "still gets the host's video"
    assert await janus.sessions_of(host.participant_id)  # the host's own session goes on
    await guest.close_media()
    await host.close()


async def test_a_guest_resuming_at_a_gets_its_session_there_and_is_kicked_there(
    services: tuple[ServiceProcess, ServiceProcess], janus: JanusServer
) -> None:
    a, b = services
    room, host, guest = await call_across(a, b)
    old_sessions = await janus.sessions_of(guest.participant_id)
    # The app's new connection to A resumes before its old one to B is closed; media links stay up.
    old_ws = await guest.resume_at(a)
    await guest.event(SfuMoved, wait=WITHIN_S)  # its links go through A now

    async def old_gone() -> bool:
        return not (await janus.sessions_of(guest.participant_id)) & old_sessions

    await until("the session at B ended", old_gone, WITHIN_S)
    await old_ws.close()
    await guest.close_media()
    assert isinstance(await guest.publish_audio(room, GUEST_TONE), SfuAnswer)
    assert isinstance(await guest.subscribe(room, host.participant_id), Ack)
    await hearing_each_other(host, guest)

    kick = mod.Kick(id="", room_id=room, participant_id=guest.participant_id, ban=False)
    assert isinstance(await host.request(kick), Ack)

    async def gone() -> bool:
        return not await janus.sessions_of(guest.participant_id)

    await until("the kicked guest's session ended", gone, WITHIN_S)
    await guest.close_media()
    await guest.close()
    await host.close()


async def test_the_next_consultation_works_at_an_instance_that_held_no_connection_when_one_ended(
    services: tuple[ServiceProcess, ServiceProcess], janus: JanusServer
) -> None:
    a, b = services
    room, host, guest = await call_across(a, b)
    assert isinstance(await guest.request(Leave(id="", room_id=room)), Ack)  # B holds none of the call
    await guest.close_media()
    assert isinstance(await host.request(mod.EndCall(id="", room_id=room)), Ack)  # its rooms go, at A
    await host.close_media()

    await host.host(room)  # the next consultation in the same room, the guest again through B
    await host.admit(room, guest)
    assert isinstance(await guest.publish_audio(room, GUEST_TONE), SfuAnswer)
    assert isinstance(await host.publish_audio(room, HOST_TONE), SfuAnswer)
    assert isinstance(await host.publish_video(room), SfuAnswer)
    await guest.wait_feeds(lambda feeds: host.participant_id in feeds, wait=15)
    assert isinstance(await guest.subscribe(room, host.participant_id), Ack)
    await hearing_each_other(host, guest)
    for client in (host, guest):
        await client.close()
