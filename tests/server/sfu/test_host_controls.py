"""The host's controls act in Janus, not only in honest clients: a muted participant who keeps sending
is not in the mix, a picture turned off is not relayed, and whoever is kicked, leaves or is ended for
has no Janus session within 2 s; the end of the consultation destroys its Janus rooms."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from functools import partial

from app.core.protocol import Ack, Leave
from app.core.protocol import moderation as mod
from app.core.protocol.moderation import MediaControl
from app.core.protocol.sfu import SfuAnswer
from server.secret import Secret
from server.sfu.janus_client import JanusConnection
from server.sfu.janus_rooms import AUDIOBRIDGE, VIDEOROOM
from server.sfu.janus_session import JanusSession
from tests.server.sfu.conftest import GRACE_S, needs_janus
from tests.server.sfu.sfu_client import SfuClient, band_share, new_room
from tests.support.janus import JanusServer
from tests.support.service import ServiceProcess

pytestmark = needs_janus

TONE = 520.0


async def eventually(check: Callable[[], Awaitable[bool]], within: float) -> float:
    """Seconds until ``check`` holds (polled every 0.1 s); fails after ``within``."""
    start = time.monotonic()
    while not await check():
        assert time.monotonic() - start < within, f"not within {within} s"
        await asyncio.sleep(0.1)
    return time.monotonic() - start


def share(client: SfuClient, hz: float, seconds: float = 1.0) -> float:
    return band_share(client.mix.since(time.monotonic() - seconds), hz)


async def meeting(service: ServiceProcess, guests: int) -> tuple[str, SfuClient, list[SfuClient]]:
    host = await SfuClient.join(service, "clinician")
    room = new_room(service, host.token, "admin_small")
    await host.host(room)
    people = [await SfuClient.join(service, "patient") for _ in range(guests)]
    for guest in people:
        await host.admit(room, guest)
    return room, host, people


async def muted_in_janus(janus: JanusServer, participant_id: str) -> bool | None:
    for handle in await janus.handles():
        if handle.get("display") == participant_id and handle["plugin"] == AUDIOBRIDGE:
            return bool(handle["muted"])
    return None


async def test_host_mute_is_enforced_by_the_audio_bridge(
    sfu_service: ServiceProcess, janus: JanusServer
) -> None:
    room, host, (talker, listener) = await meeting(sfu_service, 2)
    assert isinstance(await talker.publish_audio(room, TONE), SfuAnswer)
    assert isinstance(await listener.publish_audio(room, None), SfuAnswer)
    await eventually(lambda: _true(share(listener, TONE) > 0.3), 10)
    moderate = mod.Moderate(
        id="", room_id=room, participant_id=talker.participant_id, audio=MediaControl.HARD_MUTE
    )
    assert isinstance(await host.request(moderate), Ack)
    took = await eventually(lambda: _true(share(listener, TONE, 0.5) < 0.02), 3)
    assert await muted_in_janus(janus, talker.participant_id) is True
    await asyncio.sleep(1.5)  # the talker's client keeps sending its tone all along
    assert share(listener, TONE) < 0.02
    refused = await talker.request(mod.SetMedia(id="", room_id=room, audio_on=True, video_on=True))
    assert refused.TYPE == "error"  # hard muted: not even their own unmute
    allow = mod.Moderate(id="", room_id=room, participant_id=talker.participant_id, audio=MediaControl.ALLOW)
    assert isinstance(await host.request(allow), Ack)
    assert isinstance(
        await talker.request(mod.SetMedia(id="", room_id=room, audio_on=True, video_on=True)), Ack
    )
    await eventually(lambda: _true(share(listener, TONE, 0.5) > 0.3), 5)
    assert took < 3
    for client in (host, talker, listener):
        await client.close()


async def test_host_video_off_stops_janus_relaying_it(sfu_service: ServiceProcess) -> None:
    room, host, (sender, viewer) = await meeting(sfu_service, 2)
    assert isinstance(await sender.publish_video(room), SfuAnswer)
    await viewer.wait_feeds(lambda feeds: sender.participant_id in feeds)
    assert (await viewer.subscribe(room, sender.participant_id)).TYPE == "ack"
    await eventually(lambda: _true(_recent(viewer, sender.participant_id, 1.0) >= 5), 10)
    off = mod.Moderate(
        id="", room_id=room, participant_id=sender.participant_id, video=MediaControl.HARD_MUTE
    )
    assert isinstance(await host.request(off), Ack)
    await asyncio.sleep(1.5)
    assert _recent(viewer, sender.participant_id, 1.0) == 0  # the sender's client still sends
    on = mod.Moderate(id="", room_id=room, participant_id=sender.participant_id, video=MediaControl.ALLOW)
    assert isinstance(await host.request(on), Ack)
    await eventually(lambda: _true(_recent(viewer, sender.participant_id, 0.5) >= 3), 5)
    for client in (host, sender, viewer):
        await client.close()


async def test_kick_leave_and_end_close_janus_sessions_and_rooms(
    sfu_service: ServiceProcess, janus: JanusServer
) -> None:
    room, host, guests = await meeting(sfu_service, 3)
    kicked, leaver, stayer = guests
    for client in (host, *guests):
        assert isinstance(await client.publish_audio(room, None), SfuAnswer)
    assert isinstance(await host.publish_video(room), SfuAnswer)  # in the VideoRoom too
    for client in (host, *guests):
        assert await janus.sessions_of(client.participant_id), client.name
    rooms = {h["room"] for h in await janus.handles() if h.get("display") == host.participant_id}

    kick = mod.Kick(id="", room_id=room, participant_id=kicked.participant_id, ban=False)
    assert isinstance(await host.request(kick), Ack)
    took = await eventually(lambda: _none(janus.sessions_of(kicked.participant_id)), 2)
    assert isinstance(await leaver.request(Leave(id="", room_id=room)), Ack)
    took = max(took, await eventually(lambda: _none(janus.sessions_of(leaver.participant_id)), 2))
    assert await janus.sessions_of(stayer.participant_id)  # the others are untouched

    assert isinstance(await host.request(mod.EndCall(id="", room_id=room)), Ack)
    for pid in (host.participant_id, stayer.participant_id):
        took = max(took, await eventually(partial(_gone, janus, pid), 2))
    assert len(rooms) == 2
    assert not await _rooms_exist(janus, rooms)
    assert took < 2
    for client in (host, *guests):
        await client.close()


async def _rooms_exist(janus: JanusServer, rooms: set[int]) -> bool:
    """Whether any of these AudioBridge / VideoRoom rooms still exists (asked with the API secret)."""
    conn = JanusConnection(janus.url, Secret(janus.api_secret))
    await conn.connect()
    try:
        session = await JanusSession.create(conn)
        found = False
        for plugin in (AUDIOBRIDGE, VIDEOROOM):
            handle = await session.attach(plugin)
            for room in rooms:
                data, _ = await handle.message({"request": "exists", "room": room})
                found = found or bool(data.get("exists"))
        await session.destroy()
        return found
    finally:
        await conn.close()


def _recent(client: SfuClient, feed: str, seconds: float) -> int:
    now = time.monotonic()
    return client.frames_between(feed, now - seconds, now)


async def _true(value: bool) -> bool:
    return value


async def _none(sessions: Awaitable[set[int]]) -> bool:
    return not await sessions


async def _gone(janus: JanusServer, participant_id: str) -> bool:
    return not await janus.sessions_of(participant_id)


async def test_a_participant_gone_past_the_grace_loses_their_janus_session(
    sfu_service: ServiceProcess, janus: JanusServer
) -> None:
    room, host, (gone,) = await meeting(sfu_service, 1)
    assert isinstance(await gone.publish_audio(room, None), SfuAnswer)
    assert await janus.sessions_of(gone.participant_id)
    await gone.ws.close()  # the app died; nobody said leave
    await asyncio.sleep(GRACE_S / 2)
    assert await janus.sessions_of(gone.participant_id)  # kept while they may come back
    await eventually(lambda: _none(janus.sessions_of(gone.participant_id)), GRACE_S + 2)
    for client in (host, gone):
        await client.close()
